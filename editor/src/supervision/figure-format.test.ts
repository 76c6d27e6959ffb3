import { durationParts, formatAmount, formatCount, formatPercent, formatTarget, formatValue, isPercent, roundForDisplay } from './figure-format';

const share = { unit: { zh: '百分比', en: 'percent' }, target: 95, comparator: '>=' as const };
const perMonth = { unit: { zh: '次/月', en: 'per month' }, target: 200, comparator: '>=' as const };
const mean = { unit: { zh: '平均值', en: 'mean' }, target: 4, comparator: '>=' as const };

describe('figures as a supervisor reads them', () => {
  it('shows a share as a percentage with one decimal, whole numbers too', () => {
    expect(isPercent(share)).toBe(true);
    expect(formatValue(share, 83.01886792452831, 'zh-CN')).toBe('83.0%');
    expect(formatValue(share, 100, 'zh-CN')).toBe('100.0%');
    expect(formatValue(share, 66.66666, 'en')).toBe('66.7%');
  });

  it('shows counts with their unit in the reader’s language, and means as plain numbers', () => {
    expect(formatValue(perMonth, 4.916666666666667, 'zh-CN')).toBe('4.92 次/月');
    expect(formatValue(perMonth, 0.6, 'en')).toBe('0.6 per month');
    expect(formatValue(perMonth, 1250, 'en')).toBe('1,250 per month');
    expect(formatValue(mean, 3.853, 'zh-CN')).toBe('3.85');
  });

  it('shows a dash, never a number, where nothing was measured', () => {
    expect(formatValue(share, null, 'zh-CN')).toBe('—');
    expect(formatValue(share, Number.NaN, 'zh-CN')).toBe('—');
    expect(formatPercent(null, 'zh-CN')).toBe('—');
    expect(formatCount(null, 'zh-CN')).toBe('—');
  });

  it('writes the target with its comparator and unit', () => {
    expect(formatTarget(share, 'zh-CN')).toBe('≥ 95%');
    expect(formatTarget(perMonth, 'zh-CN')).toBe('≥ 200 次/月');
    expect(formatTarget({ ...share, comparator: '<=', target: 7.5 }, 'en')).toBe('≤ 7.5%');
  });

  it('keeps in a notice the value as it was shown', () => {
    expect(roundForDisplay(share, 83.01886792452831)).toBe(83);
    expect(roundForDisplay(share, 66.66666)).toBe(66.7);
    expect(roundForDisplay(perMonth, 4.916666666666667)).toBe(4.92);
    expect(roundForDisplay(share, null)).toBeNull();
  });

  it('says how long something took in minutes, hours or days', () => {
    expect(durationParts(0)).toEqual({ amount: '0', unit: 'minutes' });
    expect(durationParts(35 * 60_000)).toEqual({ amount: '35', unit: 'minutes' });
    expect(durationParts(83_888_909)).toEqual({ amount: '23.3', unit: 'hours' });
    expect(durationParts(47.96 * 3_600_000)).toEqual({ amount: '48', unit: 'hours' });
    expect(durationParts(843_000_638)).toEqual({ amount: '9.8', unit: 'days' });
    expect(durationParts(30 * 86_400_000)).toEqual({ amount: '30', unit: 'days' });
  });

  it('counts with the reader’s thousands separator', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatPercent(17.171717, 'zh-CN')).toBe('17.2%');
    expect(formatAmount(13)).toBe('13');
    expect(formatAmount(41.5)).toBe('41.50');
  });
});
