/**
 * What BJ-SW-CHILD promises a civil-affairs official, checked on the shipped folder: the safety clock
 * runs from the report, the indicators are ones the process can keep, a child's case ends only after
 * a closing assessment and a follow-up that finds the child safe, and the forms tie answers together.
 */
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { loadExampleCaseData } from '../load';
import { timedCases } from '../testing/timed-cases';

jest.setTimeout(120_000);

const walkthrough = loadExampleCaseData().get('BJ-SW-CHILD')!.walkthroughs['main']!;
const sample = loadExampleCaseData().get('BJ-SW-CHILD')!.samples['improper-guardianship']!;
const first = (form: string) => walkthrough.answers[form]![0]!;

describe.each(storeTargets())('a BJ-SW-CHILD case on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('counts the 24 hours of the safety assessment from the report, not from registration', async () => {
    const cases = await timedCases(store, ['BJ-SW-CHILD']);
    // Reported on a Monday morning; the file and the assessment both wait from the report.
    const reported = await cases.start('BJ-SW-CHILD', sample, '2026-03-02T09:00:00+08:00');
    expect(await cases.openTasks(reported)).toEqual(['Task_Registration', 'Task_SafetyAssessment']);
    // Registered the next morning, assessed that afternoon: within a day of registration, 30 hours after the report.
    await cases.answer(reported, 'Task_Registration', first('registration'), '2026-03-03T10:00:00+08:00');
    await cases.answer(reported, 'Task_SafetyAssessment', first('safety-assessment'), '2026-03-03T15:00:00+08:00');
    expect(await cases.outcomes(reported, 'safetyAssessedIn24h')).toEqual(['breached']);

    // Assessed before the file is set up, within the day: met.
    const quick = await cases.start('BJ-SW-CHILD', sample, '2026-03-02T09:00:00+08:00');
    await cases.answer(quick, 'Task_SafetyAssessment', first('safety-assessment'), '2026-03-02T17:00:00+08:00');
    expect(await cases.outcomes(quick, 'safetyAssessedIn24h')).toEqual(['met']);
  });
});
