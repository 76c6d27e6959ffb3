/**
 * The figures of a standard's indicators for a period, per district, organisation or month: closed
 * occurrences summed from the daily rollups (so a year's figure costs the same whatever the history
 * behind it), open ones counted from their index and judged against now — past their deadline a
 * breach, within it pending. Periods are Beijing days; an occurrence belongs to the day it opened.
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

/** Sums of closed occurrences, or counts of open ones, for one indicator in one district, organisation and month. */
interface Cell {
  indicator: string;
  district: string;
  organisation: string;
  /** Index of the month in the period's months (0: the month of `from`). */
  month: number;
}

interface ClosedRow extends Cell {
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

interface OpenRow extends Cell {
  breaching: number;
  pending: number;
}

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

/** The first day of each month the days `from`–`to` touch, from the month of `from` on (`YYYY-MM-01`). */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); `${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7); m === 12 ? ((m = 1), (y += 1)) : (m += 1)) {
    months.push(`${y}-${String(m).padStart(2, '0')}-01`);
  }
  return months;
}

/** A cell's key in the grouping asked for. */
function keyOf(groupBy: GroupBy | undefined, cell: Cell, months: readonly string[]): string {
  const month = () => months[cell.month]!.slice(0, 7);
  switch (groupBy) {
    case 'district':
      return cell.district;
    case 'organisation':
      return cell.organisation;
    case 'month':
      return month();
    case 'district-month':
      return `${cell.district}|${month()}`;
    default:
      return '';
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

/**
 * The period's figures in cells of (indicator, district, organisation, month), from which every
 * grouping is summed: one statement per table, whatever the grouping. The open occurrences are read
 * from the index of open occurrences by opening (migration 0053), which carries every column read here.
 */
async function readCells(q: Queryable, filter: FigureFilter): Promise<{ closed: ClosedRow[]; open: OpenRow[] }> {
  const months = monthsOf(filter.from, filter.to);
  const closedParams: unknown[] = [filter.code, filter.from, filter.to, months];
  const closedSql = `SELECT indicator, district, organisation, width_bucket(day, $4::date[]) - 1 AS month,
      sum(met)::int AS met, sum(breached)::int AS breached, sum(city_met)::int AS city_met, sum(city_breached)::int AS city_breached,
      sum(void)::int AS void, sum(cancelled)::int AS cancelled, sum(ok)::int AS ok, sum(value_sum)::float8 AS value_sum, sum(value_n)::int AS value_n
    FROM indicator_rollups WHERE code = $1 AND day BETWEEN $2::date AND $3::date${scopeWhere(filter, closedParams, 'rollups')}
    GROUP BY 1, 2, 3, 4`;
  // Months begin at Beijing midnight: instants compared with instants, no time zone per row.
  const openParams: unknown[] = [filter.code, beijingMidnight(filter.from), beijingMidnight(nextDay(filter.to)), filter.now, months.map((m) => beijingMidnight(m))];
  const deadline = filter.limits === 'city' ? 'city_deadline_at' : 'deadline_at';
  const openSql = `SELECT indicator, district, COALESCE(organisation, '') AS organisation, width_bucket(opened_at, $5::timestamptz[]) - 1 AS month,
      count(*) FILTER (WHERE ${deadline} < $4)::int AS breaching, count(*) FILTER (WHERE ${deadline} IS NULL OR ${deadline} >= $4)::int AS pending
    FROM indicator_occurrences WHERE code = $1 AND outcome = 'open' AND opened_at >= $2 AND opened_at < $3${scopeWhere(filter, openParams, 'occurrences')}
    GROUP BY 1, 2, 3, 4`;
  const [closed, open] = await Promise.all([q.query<ClosedRow>(closedSql, closedParams), q.query<OpenRow>(openSql, openParams)]);
  return { closed: closed.rows, open: open.rows };
}

/**
 * Reads of the same cells already under way, per store: a report asks for its rows and for the
 * city's figure at once, with the same filter but for the grouping, and both are summed from one read.
 * Only reads in flight are shared, so an answer never predates its request.
 */
const reading = new WeakMap<Queryable, Map<string, Promise<{ closed: ClosedRow[]; open: OpenRow[] }>>>();

function cellsOf(q: Queryable, filter: FigureFilter): Promise<{ closed: ClosedRow[]; open: OpenRow[] }> {
  const cellFilter: FigureFilter = { ...filter, groupBy: undefined };
  const key = JSON.stringify(cellFilter);
  let inFlight = reading.get(q);
  if (!inFlight) reading.set(q, (inFlight = new Map()));
  const shared = inFlight.get(key);
  if (shared) return shared;
  const read = readCells(q, cellFilter).finally(() => inFlight.delete(key));
  inFlight.set(key, read);
  return read;
}

const CLOSED_SUMS = ['met', 'breached', 'city_met', 'city_breached', 'void', 'cancelled', 'ok', 'value_sum', 'value_n'] as const;
const OPEN_SUMS = ['breaching', 'pending'] as const;

/** Adds a cell's numbers to the group of `key`. */
function addTo<T extends Cell>(groups: Map<string, T>, key: string, cell: T, sums: ReadonlyArray<keyof T>): void {
  const group = groups.get(key);
  if (!group) groups.set(key, { ...cell });
  else for (const name of sums) (group[name] as number) += cell[name] as number;
}

/** Every indicator's figures for the filter, one per group. */
export async function indicatorFigures(q: Queryable, indicators: readonly Indicator[], filter: FigureFilter): Promise<IndicatorFigures[]> {
  const months = monthsOf(filter.from, filter.to);
  const { closed, open } = await cellsOf(q, filter);
  return indicators.map((indicator) => {
    const measured = indicator.kind !== 'conformance';
    const closedBy = new Map<string, ClosedRow>();
    const openBy = new Map<string, OpenRow>();
    for (const cell of closed) if (cell.indicator === indicator.id) addTo(closedBy, keyOf(filter.groupBy, cell, months), cell, CLOSED_SUMS);
    for (const cell of open) if (cell.indicator === indicator.id) addTo(openBy, keyOf(filter.groupBy, cell, months), cell, OPEN_SUMS);
    const keys = new Set([...closedBy.keys(), ...openBy.keys()]);
    if (!filter.groupBy) keys.add('');
    const groups = new Map<string, Figure>();
    for (const key of [...keys].sort()) groups.set(key, figureOf(indicator, closedBy.get(key), openBy.get(key), filter));
    return { indicator, measured, groups };
  });
}
