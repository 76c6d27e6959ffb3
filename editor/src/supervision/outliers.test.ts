import { outlierFlags, quantile, tukeyFences } from './outliers';

describe('districts that stand out on an indicator', () => {
  it('interpolates quartiles between ranks, as spreadsheets do', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([7], 0.5)).toBe(7);
    expect(tukeyFences([1, 2, 3, 4])).toEqual({ q1: 1.75, q3: 3.25, low: -0.5, high: 5.5 });
  });

  it('marks a district far below the others low, and one far above high', () => {
    const values = [84, 86, 88, 90, 91, 92, 93, 95, 12, 100];
    const flags = outlierFlags(values);
    expect(flags[8]).toBe('low');
    expect(flags.filter(Boolean)).toEqual(['low']);
    expect(outlierFlags([1, 1.2, 0.9, 1.1, 1, 9])).toEqual([null, null, null, null, null, 'high']);
  });

  it('marks nothing where districts are alike, or too few to judge', () => {
    expect(outlierFlags([100, 100, 100, 100, 100])).toEqual([null, null, null, null, null]);
    expect(outlierFlags([5, 90, 91])).toEqual([null, null, null]);
  });

  it('leaves districts without a figure out of the quartiles and unmarked', () => {
    expect(outlierFlags([null, 84, 86, null, 88, 90, 10])).toEqual([null, null, null, null, null, null, 'low']);
  });
});
