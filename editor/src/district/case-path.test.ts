import { casePathMarkers, casePositionIds } from './case-path';

describe('a case drawn on its diagram', () => {
  it('marks where it is, the steps done and the flows taken', () => {
    expect(casePathMarkers({ active: ['Visit'], completed: ['Start', 'Intake'], flows: ['Flow_1', 'Flow_2'] })).toEqual({
      Start: ['case-completed'],
      Intake: ['case-completed'],
      Flow_1: ['case-flow'],
      Flow_2: ['case-flow'],
      Visit: ['case-active'],
    });
  });

  it('shows a step it is back at, after a loop, as where it is now', () => {
    expect(casePathMarkers({ active: ['Visit'], completed: ['Visit'], flows: [] }).Visit).toEqual(['case-active']);
  });

  it('looks first at where the case is, or, once it has ended, at its last step', () => {
    expect(casePositionIds({ active: ['Visit', 'Timer'], completed: ['Start', 'Intake'], flows: [] })).toEqual(['Visit', 'Timer']);
    expect(casePositionIds({ active: [], completed: ['Start', 'Intake', 'End'], flows: ['Flow_1'] })).toEqual(['End']);
    expect(casePositionIds({ active: [], completed: [], flows: [] })).toEqual([]);
  });
});
