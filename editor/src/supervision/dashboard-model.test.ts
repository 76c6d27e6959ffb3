import type { FigureRow, IndicatorReportItem } from '../api';
import { groupRows, lowerIsBetter, monthsBetween, ranking, trendSeries } from './dashboard-model';

const name = (zh: string, en = zh) => ({ zh, en });
function row(key: string, value: number | null, met: boolean | null = value === null ? null : value >= 95): FigureRow {
  return { key, label: name(key), numerator: value === null ? 0 : value, denominator: value === null ? 0 : 100, value, met, pending: 0, breaching: 0, cancelled: 0, void: 0 };
}
function indicator(id: string, rows: FigureRow[], extra: Partial<IndicatorReportItem> = {}): IndicatorReportItem {
  return {
    id,
    kind: 'duration',
    title: name(id),
    definition: name(''),
    cohort: name(''),
    unit: { zh: '百分比', en: 'percent' },
    target: 95,
    comparator: '>=',
    measured: true,
    city: row('', 90),
    rows,
    ...extra,
  };
}

describe('the dashboard’s table and charts', () => {
  const report = {
    indicators: [indicator('firstVisit', [row('haidian', 76.2), row('dongcheng', 100)]), indicator('plan', [row('xicheng', 87.5), row('dongcheng', 100)])],
  };

  it('puts every indicator of a district side by side, districts in the city’s order, deployed ones without figures too', () => {
    const rows = groupRows(report, { include: [{ key: 'yanqing', label: name('延庆区') }], order: ['dongcheng', 'xicheng', 'haidian', 'yanqing'] });
    expect(rows.map((r) => r.key)).toEqual(['dongcheng', 'xicheng', 'haidian', 'yanqing']);
    expect(rows[0]!.figures.map((f) => f?.value)).toEqual([100, 100]);
    expect(rows[1]!.figures.map((f) => f?.value ?? null)).toEqual([null, 87.5]);
    expect(rows[3]!.figures).toEqual([null, null]);
  });

  it('ranks districts best first, those without a figure last, and marks the outlier', () => {
    const rows = groupRows({ indicators: [indicator('x', ['a', 'b', 'c', 'd', 'e', 'f'].map((k, i) => row(k, [92, 94, 96, 95, 20, 93][i]!)))] }, { include: [{ key: 'g', label: name('g') }] });
    const bars = ranking(report.indicators[0]!, 0, rows);
    expect(bars.map((b) => b.key)).toEqual(['c', 'd', 'b', 'f', 'a', 'e', 'g']);
    expect(bars.filter((b) => b.outlier).map((b) => [b.key, b.outlier])).toEqual([['e', 'low']]);
    expect(bars.find((b) => b.key === 'c')!.met).toBe(true);
  });

  it('ranks lowest first where the target is a ceiling', () => {
    const ceiling = indicator('days', [row('a', 3), row('b', 9), row('c', 5)], { comparator: '<=', target: 7 });
    expect(lowerIsBetter(ceiling)).toBe(true);
    expect(ranking(ceiling, 0, groupRows({ indicators: [ceiling] })).map((b) => b.key)).toEqual(['a', 'c', 'b']);
  });

  it('ranks nothing by value for what is not measured yet', () => {
    const conformance = indicator('conformance', [row('a', 50)], { kind: 'conformance', measured: false });
    expect(ranking(conformance, 0, groupRows({ indicators: [conformance] })).map((b) => b.value)).toEqual([null]);
  });

  it('lists the months a period touches', () => {
    expect(monthsBetween('2026-08-15', '2026-11-30')).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(monthsBetween('2025-12-01', '2026-01-31')).toEqual(['2025-12', '2026-01']);
  });

  it('draws each district’s figure month by month, with gaps where it had none', () => {
    const monthly = indicator('x', [row('haidian|2026-09', 50), row('haidian|2026-11', 60), row('dongcheng|2026-10', 100)]);
    const names = new Map([['dongcheng', name('东城区', 'Dongcheng')], ['haidian', name('海淀区', 'Haidian')]]);
    expect(trendSeries(monthly, ['2026-09', '2026-10', '2026-11'], names, ['dongcheng', 'haidian'])).toEqual([
      { key: 'dongcheng', label: name('东城区', 'Dongcheng'), values: [null, 100, null] },
      { key: 'haidian', label: name('海淀区', 'Haidian'), values: [50, null, 60] },
    ]);
  });
});
