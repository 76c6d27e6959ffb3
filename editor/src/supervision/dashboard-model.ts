/**
 * The dashboard's numbers arranged for its table and charts: one row per district (or organisation)
 * with every indicator's figure side by side — deployed districts without figures included, so none
 * goes missing — the ranking of the rows on one indicator with its outliers, and each district's
 * figure month by month.
 *
 * @example
 *   const rows = groupRows(report, { include: deployed, order: districtCodes });
 *   const bars = ranking(report.indicators[0], 0, rows);
 *   const trend = trendSeries(monthly.indicators[0], monthsBetween('2026-08-01', '2026-11-30'), names);
 */
import type { Figure, FigureRow, IndicatorReport, IndicatorReportItem, LocalizedText } from '../api';
import { outlierFlags, type Outlier } from './outliers';

export interface GroupRow {
  key: string;
  label: LocalizedText;
  /** One per indicator of the report, in its order; null where the group has no figure. */
  figures: (FigureRow | null)[];
}

/**
 * Every group of the report, and the `include`d ones it has no figures for; in `order` (the city's
 * order of districts) where given, the rest after them by key.
 */
export function groupRows(report: Pick<IndicatorReport, 'indicators'>, options: { include?: readonly { key: string; label: LocalizedText }[]; order?: readonly string[] } = {}): GroupRow[] {
  const labels = new Map<string, LocalizedText>();
  for (const g of options.include ?? []) labels.set(g.key, g.label);
  for (const indicator of report.indicators) for (const row of indicator.rows) labels.set(row.key, row.label);
  const rank = new Map((options.order ?? []).map((k, i) => [k, i]));
  const keys = [...labels.keys()].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b));
  return keys.map((key) => ({
    key,
    label: labels.get(key)!,
    figures: report.indicators.map((i) => i.rows.find((r) => r.key === key) ?? null),
  }));
}

export interface RankedBar {
  key: string;
  label: LocalizedText;
  value: number | null;
  met: boolean | null;
  outlier: Outlier | null;
  figure: Figure | null;
}

/** Whether a lower value is the better one (a limit not to exceed). */
export function lowerIsBetter(indicator: Pick<IndicatorReportItem, 'comparator'>): boolean {
  return indicator.comparator === '<=' || indicator.comparator === '<';
}

/** The rows on one indicator, best first, those without a figure last; outliers among the rows marked. */
export function ranking(indicator: Pick<IndicatorReportItem, 'comparator' | 'measured'>, index: number, rows: readonly GroupRow[]): RankedBar[] {
  const values = rows.map((r) => (indicator.measured ? (r.figures[index]?.value ?? null) : null));
  const flags = outlierFlags(values);
  const bars = rows.map((r, i) => ({ key: r.key, label: r.label, value: values[i]!, met: r.figures[index]?.met ?? null, outlier: flags[i]!, figure: r.figures[index] ?? null }));
  const sign = lowerIsBetter(indicator) ? 1 : -1;
  return bars.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
    return sign * (a.value - b.value);
  });
}

/** The months `YYYY-MM` that the days `from`–`to` touch, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const start = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1;
  const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let m = start; m <= end && months.length < 120; m++) months.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  return months;
}

export interface TrendSeries {
  key: string;
  label: LocalizedText;
  /** One per month; null where the district had no figure that month. */
  values: (number | null)[];
}

/**
 * One series per district of an indicator grouped by district and month (`dongcheng|2026-09`), in
 * `order` where given; `names` gives the districts' names.
 */
export function trendSeries(indicator: Pick<IndicatorReportItem, 'rows' | 'measured'>, months: readonly string[], names: ReadonlyMap<string, LocalizedText>, order: readonly string[] = []): TrendSeries[] {
  const byDistrict = new Map<string, Map<string, number | null>>();
  for (const row of indicator.rows) {
    const [district = '', month = ''] = row.key.split('|');
    if (!byDistrict.has(district)) byDistrict.set(district, new Map());
    byDistrict.get(district)!.set(month, indicator.measured ? row.value : null);
  }
  const rank = new Map(order.map((k, i) => [k, i]));
  return [...byDistrict.keys()]
    .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b))
    .map((key) => ({ key, label: names.get(key) ?? { zh: key, en: key }, values: months.map((m) => byDistrict.get(key)!.get(m) ?? null) }));
}
