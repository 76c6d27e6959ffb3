/**
 * Figures as a supervisor reads them: shares as percentages with one decimal (`83.0%`), means and
 * counts as numbers with their unit (`4.92 次/月`), targets with their comparator (`≥ 95%`), and times
 * in human units (minutes, hours, days). The value a 督办 notice keeps is the value as shown.
 *
 * @example
 *   formatValue(indicator, 83.01886, 'zh-CN');  // '83.0%'
 *   formatTarget(indicator, 'zh-CN');           // '≥ 95%'
 *   durationParts(843_000_638);                 // { amount: '9.8', unit: 'days' }
 */
import type { IndicatorReportItem } from '../api';
import type { Comparator } from '../api/types-standard';

type Described = Pick<IndicatorReportItem, 'unit'>;
type Lang = 'zh-CN' | 'en' | string;

const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** Whether the indicator's value is a share, in percent (the API says so in its unit). */
export function isPercent(indicator: Described): boolean {
  return indicator.unit.en === 'percent';
}

/** A mean carries no unit of its own: its unit names the aggregate. */
function isMean(indicator: Described): boolean {
  return indicator.unit.en === 'mean';
}

function decimals(indicator: Described): { min: number; max: number } {
  return isPercent(indicator) ? { min: 1, max: 1 } : { min: 0, max: 2 };
}

/** The value rounded as the page shows it: what a 督办 notice keeps as the figure. */
export function roundForDisplay(indicator: Described, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** decimals(indicator).max;
  return Math.round(value * f) / f;
}

function number(value: number, d: { min: number; max: number }, lang: Lang): string {
  return value.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { minimumFractionDigits: d.min, maximumFractionDigits: d.max });
}

/** The unit after a number, in the reader's language; none for percentages (the sign says it) and means. */
function unitSuffix(indicator: Described, lang: Lang): string {
  if (isPercent(indicator) || isMean(indicator)) return '';
  const unit = lang === 'en' ? indicator.unit.en : indicator.unit.zh;
  return unit ? ` ${unit}` : '';
}

/** A figure's value: `83.0%`, `4.92 次/月`, `3.85`; a dash when nothing was measured. */
export function formatValue(indicator: Described, value: number | null, lang: Lang): string {
  const v = roundForDisplay(indicator, value);
  if (v === null) return '—';
  const text = number(v, decimals(indicator), lang);
  return isPercent(indicator) ? `${text}%` : `${text}${unitSuffix(indicator, lang)}`;
}

/** The target with its comparator: `≥ 95%`, `≥ 200 次/月`. */
export function formatTarget(indicator: Described & Pick<IndicatorReportItem, 'target' | 'comparator'>, lang: Lang): string {
  const text = number(indicator.target, { min: 0, max: 2 }, lang);
  return `${COMPARATOR_SIGNS[indicator.comparator] ?? indicator.comparator} ${isPercent(indicator) ? `${text}%` : `${text}${unitSuffix(indicator, lang)}`}`;
}

/** A numerator or denominator: whole for counts of occurrences, two decimals for a sum of answers (a mean's numerator). */
export function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** A share in percent with one decimal (the heatmap's late share). */
export function formatPercent(value: number | null, lang: Lang): string {
  return value === null || !Number.isFinite(value) ? '—' : `${number(value, { min: 1, max: 1 }, lang)}%`;
}

/** A count with the reader's thousands separator. */
export function formatCount(value: number | null, lang: Lang): string {
  return value === null ? '—' : number(value, { min: 0, max: 0 }, lang);
}

export type DurationUnit = 'minutes' | 'hours' | 'days';

/**
 * A duration in the unit a person would say it in: minutes under an hour, hours under two days, days
 * beyond; one decimal for hours and days. The unit's word comes from the translations.
 */
export function durationParts(ms: number): { amount: string; unit: DurationUnit } {
  const minutes = ms / 60_000;
  if (minutes < 60) return { amount: String(Math.round(minutes)), unit: 'minutes' };
  const hours = minutes / 60;
  if (hours < 48) return { amount: trimmed(hours), unit: 'hours' };
  return { amount: trimmed(hours / 24), unit: 'days' };
}

function trimmed(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
