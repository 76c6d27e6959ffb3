/**
 * The figures of a standard's indicators for a period, per district, organisation or month: closed
 * occurrences summed from the daily rollups (so a year's figure costs the same whatever the history
 * behind it), open ones read one by one and judged against now — past their deadline a breach, within
 * it pending. Periods are Beijing days; an occurrence belongs to the day it opened.
 *
 * @example
 *   const figures = await indicatorFigures(store, standard.indicators, { code, from: '2026-06-01', to: '2026-06-30', groupBy: 'district', simulated: 'exclude', limits: 'case', now });
 */
import type { Comparator, Indicator } from '@jingzhun/standards';
import type { Queryable } from '../store';

export type SimulatedFilter = 'exclude' | 'include' | 'only';
/** How figures are split: by district, organisation, month, or district and month (`dongcheng|2026-06`). */
export type GroupBy = 'district' | 'organisation' | 'month' | 'district-month';

export interface FigureFilter {
  code: string;
  /** First and last Beijing day of the period, inclusive (`YYYY-MM-DD`). */
  from: string;
  to: string;
  version?: number | undefined;
  district?: string | undefined;
  organisation?: string | undefined;
  simulated: SimulatedFilter;
  /** Judge by the limits each case ran with (its district's variant) or by the city standard's. */
  limits: 'case' | 'city';
  groupBy?: GroupBy | undefined;
  now: Date;
}

/** One figure: what is counted, how it compares with the target, and what is left out of it. */
export interface Figure {
  numerator: number | null;
  denominator: number | null;
  /** A percent for shares, a mean, or a count per period; null when nothing was measured. */
  value: number | null;
  met: boolean | null;
  /** Open and within their limit: not in the denominator. */
  pending: number;
  /** Open and past their limit: breaches, in the denominator. */
  breaching: number;
  cancelled: number;
  /** Took another way (a duration's `to` no longer reachable): not in the denominator. */
  void: number;
}

export interface IndicatorFigures {
  indicator: Indicator;
  /** False for what is not measured yet (conformance): never a number. */
  measured: boolean;
  /** One figure per group key (district code, organisation id or '' for none, month `YYYY-MM`, `district|YYYY-MM`, or '' ungrouped). */
  groups: Map<string, Figure>;
}

interface ClosedRow {
  indicator: string;
  key: string;
  met: number;
  breached: number;
  city_met: number;
  city_breached: number;
  void: number;
  cancelled: number;
  ok: number;
  value_sum: number;
  value_n: number;
}

interface OpenRow {
  indicator: string;
  key: string;
  breaching: number;
  pending: number;
}

const BEIJING = `((%s AT TIME ZONE 'UTC') + interval '8 hours')`;

/** The instant a Beijing day begins. */
export function beijingMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** How many of an indicator's periods (months, quarters, years) the days `from`–`to` touch. */
export function periodsIn(from: string, to: string, period: 'month' | 'quarter' | 'year'): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  const size = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  return Math.max(1, Math.ceil(months / size));
}

export function compare(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= target;
    case '<=':
      return value <= target;
    case '>':
      return value > target;
    case '<':
      return value < target;
    case '=':
      return value === target;
  }
}

function keyOf(groupBy: GroupBy | undefined, table: 'rollups' | 'occurrences'): string {
  switch (groupBy) {
    case 'district':
      return 'district';
    case 'organisation':
      return table === 'rollups' ? 'organisation' : "COALESCE(organisation, '')";
    case 'month':
      return table === 'rollups' ? "to_char(day, 'YYYY-MM')" : `to_char(${BEIJING.replace('%s', 'opened_at')}, 'YYYY-MM')`;
    case 'district-month':
      return `district || '|' || ${keyOf('month', table)}`;
    default:
      return "''";
  }
}

/** The WHERE clause of the filters both tables share, with its parameters appended to `params`. */
function scopeWhere(filter: FigureFilter, params: unknown[], table: 'rollups' | 'occurrences'): string {
  let where = '';
  const add = (column: string, value: unknown) => {
    params.push(value);
    where += ` AND ${column} = $${params.length}`;
  };
  if (filter.version !== undefined) add('version', filter.version);
  if (filter.district !== undefined) add('district', filter.district);
  if (filter.organisation !== undefined) add(table === 'rollups' ? 'organisation' : "COALESCE(organisation, '')", filter.organisation);
  if (filter.simulated !== 'include') where += ` AND ${filter.simulated === 'only' ? '' : 'NOT '}simulated`;
  return where;
}

function figureOf(indicator: Indicator, closed: ClosedRow | undefined, open: OpenRow | undefined, filter: FigureFilter): Figure {
  const city = filter.limits === 'city';
  const met = (city ? closed?.city_met : closed?.met) ?? 0;
  const breached = (city ? closed?.city_breached : closed?.breached) ?? 0;
  const breaching = open?.breaching ?? 0;
  const figure: Figure = {
    numerator: null,
    denominator: null,
    value: null,
    met: null,
    pending: open?.pending ?? 0,
    breaching,
    cancelled: closed?.cancelled ?? 0,
    void: closed?.void ?? 0,
  };
  switch (indicator.kind) {
    case 'duration':
    case 'recurrence':
    case 'completion':
      figure.numerator = met;
      figure.denominator = met + breached + breaching;
      figure.value = figure.denominator ? (100 * met) / figure.denominator : null;
      break;
    case 'field':
      if (indicator.aggregate === 'mean') {
        figure.numerator = closed?.value_sum ?? 0;
        figure.denominator = closed?.value_n ?? 0;
        figure.value = figure.denominator ? figure.numerator / figure.denominator : null;
      } else {
        figure.numerator = closed?.ok ?? 0;
        figure.denominator = closed?.value_n ?? 0;
        figure.value = figure.denominator ? (100 * figure.numerator) / figure.denominator : null;
      }
      break;
    case 'count':
      figure.numerator = met;
      figure.denominator = periodsIn(filter.from, filter.to, indicator.period);
      figure.value = met / figure.denominator;
      break;
    case 'conformance':
      return figure;
  }
  if (figure.value !== null) figure.met = compare(figure.value, indicator.comparator, indicator.target);
  return figure;
}

/** Every indicator's figures for the filter, one per group. */
export async function indicatorFigures(q: Queryable, indicators: readonly Indicator[], filter: FigureFilter): Promise<IndicatorFigures[]> {
  const closedParams: unknown[] = [filter.code, filter.from, filter.to];
  const closedSql = `SELECT indicator, ${keyOf(filter.groupBy, 'rollups')} AS key,
      sum(met)::int AS met, sum(breached)::int AS breached, sum(city_met)::int AS city_met, sum(city_breached)::int AS city_breached,
      sum(void)::int AS void, sum(cancelled)::int AS cancelled, sum(ok)::int AS ok, sum(value_sum)::float8 AS value_sum, sum(value_n)::int AS value_n
    FROM indicator_rollups WHERE code = $1 AND day BETWEEN $2::date AND $3::date${scopeWhere(filter, closedParams, 'rollups')}
    GROUP BY 1, 2`;
  const openParams: unknown[] = [filter.code, beijingMidnight(filter.from), beijingMidnight(nextDay(filter.to)), filter.now];
  const deadline = filter.limits === 'city' ? 'city_deadline_at' : 'deadline_at';
  const openSql = `SELECT indicator, ${keyOf(filter.groupBy, 'occurrences')} AS key,
      count(*) FILTER (WHERE ${deadline} < $4)::int AS breaching, count(*) FILTER (WHERE ${deadline} IS NULL OR ${deadline} >= $4)::int AS pending
    FROM indicator_occurrences WHERE code = $1 AND outcome = 'open' AND opened_at >= $2 AND opened_at < $3${scopeWhere(filter, openParams, 'occurrences')}
    GROUP BY 1, 2`;
  const [closed, open] = await Promise.all([q.query<ClosedRow>(closedSql, closedParams), q.query<OpenRow>(openSql, openParams)]);

  return indicators.map((indicator) => {
    const measured = indicator.kind !== 'conformance';
    const keys = new Set<string>();
    const closedBy = new Map<string, ClosedRow>();
    const openBy = new Map<string, OpenRow>();
    for (const row of closed.rows) {
      if (row.indicator !== indicator.id) continue;
      closedBy.set(row.key, row);
      keys.add(row.key);
    }
    for (const row of open.rows) {
      if (row.indicator !== indicator.id) continue;
      openBy.set(row.key, row);
      keys.add(row.key);
    }
    if (!filter.groupBy) keys.add('');
    const groups = new Map<string, Figure>();
    for (const key of [...keys].sort()) groups.set(key, figureOf(indicator, closedBy.get(key), openBy.get(key), filter));
    return { indicator, measured, groups };
  });
}
