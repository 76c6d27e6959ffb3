import { heatLegend, heatStep } from './heat-scale';

const DAY = 86_400_000;

describe('the heatmap’s colour steps', () => {
  it('puts an element in a step by its share of late tasks', () => {
    expect(heatStep('lateShare', { lateShare: 0, medianMs: 1 })).toBe(0);
    expect(heatStep('lateShare', { lateShare: 5, medianMs: 1 })).toBe(1);
    expect(heatStep('lateShare', { lateShare: 17.17, medianMs: 1 })).toBe(2);
    expect(heatStep('lateShare', { lateShare: 27.1, medianMs: 1 })).toBe(2);
    expect(heatStep('lateShare', { lateShare: 30, medianMs: 1 })).toBe(3);
  });

  it('puts an element in a step by its median time', () => {
    expect(heatStep('median', { lateShare: null, medianMs: 3 * 3_600_000 })).toBe(0);
    expect(heatStep('median', { lateShare: null, medianMs: 2 * DAY })).toBe(1);
    expect(heatStep('median', { lateShare: null, medianMs: 9.8 * DAY })).toBe(3);
  });

  it('judges time on tasks only: a timer waits by design', () => {
    expect(heatStep('median', { lateShare: null, medianMs: 30 * DAY }, 'bpmn:IntermediateCatchEvent')).toBeNull();
    expect(heatStep('median', { lateShare: 17, medianMs: 9.8 * DAY }, 'bpmn:UserTask')).toBe(3);
  });

  it('leaves out what it cannot judge: no task completed, nothing timed', () => {
    expect(heatStep('lateShare', { lateShare: null, medianMs: 5 })).toBeNull();
    expect(heatStep('median', { lateShare: 3, medianMs: null })).toBeNull();
  });

  it('makes the legend from the same steps', () => {
    expect(heatLegend('lateShare')).toEqual([
      { step: 0, from: 0, to: 5 },
      { step: 1, from: 5, to: 15 },
      { step: 2, from: 15, to: 30 },
      { step: 3, from: 30, to: null },
    ]);
    const legend = heatLegend('median');
    expect(legend.map((s) => heatStep('median', { lateShare: null, medianMs: s.from }))).toEqual([0, 1, 2, 3]);
  });
});
