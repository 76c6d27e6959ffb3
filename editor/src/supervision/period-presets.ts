/**
 * The periods a supervisor reads figures for: this year so far (the API's default), a year, a quarter,
 * a month, or a range of days — each newest first, counted from today in Beijing — and how a choice
 * travels in the page's address and in the API's query (`period=2026-Q3`, or `from`/`to`).
 *
 * @example
 *   const today = beijingToday(new Date());          // '2026-12-07'
 *   periodOptions('quarter', today)[0];               // { value: '2026-Q4', year: 2026, quarter: 4 }
 *   periodQuery({ kind: 'quarter', period: '2026-Q4' }); // { period: '2026-Q4' }
 */

export type PeriodKind = 'ytd' | 'year' | 'quarter' | 'month' | 'custom';
export const PERIOD_KINDS: readonly PeriodKind[] = ['ytd', 'year', 'quarter', 'month', 'custom'];

export interface PeriodChoice {
  kind: PeriodKind;
  /** `2026`, `2026-Q3` or `2026-06` for a year, quarter or month. */
  period?: string;
  /** Beijing days of a custom range, inclusive. */
  from?: string;
  to?: string;
}

export interface PeriodOption {
  value: string;
  year: number;
  quarter?: number;
  month?: number;
}

/** How far back the lists reach. */
const YEARS = 5;
const QUARTERS = 8;
const MONTHS = 24;
/** The API refuses longer custom ranges. */
const MAX_RANGE_DAYS = 3 * 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Beijing, `YYYY-MM-DD`. */
export function beijingToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The choices of a kind, the newest first. */
export function periodOptions(kind: PeriodKind, today: string): PeriodOption[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (kind) {
    case 'year':
      return Array.from({ length: YEARS }, (_, i) => ({ value: String(year - i), year: year - i }));
    case 'quarter': {
      const current = year * 4 + Math.ceil(month / 3) - 1;
      return Array.from({ length: QUARTERS }, (_, i) => {
        const q = current - i;
        const y = Math.floor(q / 4);
        return { value: `${y}-Q${(q % 4) + 1}`, year: y, quarter: (q % 4) + 1 };
      });
    }
    case 'month': {
      const current = year * 12 + month - 1;
      return Array.from({ length: MONTHS }, (_, i) => {
        const m = current - i;
        const y = Math.floor(m / 12);
        return { value: `${y}-${pad((m % 12) + 1)}`, year: y, month: (m % 12) + 1 };
      });
    }
    default:
      return [];
  }
}

/** The choice a person gets on switching to a kind: the newest period of it; a range starts with this year so far. */
export function firstChoice(kind: PeriodKind, today: string): PeriodChoice {
  if (kind === 'custom') return { kind, from: `${today.slice(0, 4)}-01-01`, to: today };
  if (kind === 'ytd') return { kind };
  return { kind, period: periodOptions(kind, today)[0]!.value };
}

/** The kind of an API period value, or null for anything else. */
function kindOf(period: string): PeriodKind | null {
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return 'month';
  return null;
}

/** The choice an address holds (`?period=2026-Q3` or `?from=…&to=…`); anything unreadable is this year so far. */
export function periodFromQuery(query: URLSearchParams): PeriodChoice {
  const period = query.get('period');
  if (period) {
    const kind = kindOf(period);
    return kind ? { kind, period } : { kind: 'ytd' };
  }
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  if (DAY.test(from) && DAY.test(to)) return { kind: 'custom', from, to };
  return { kind: 'ytd' };
}

/** The choice as query parameters, of the address and of the API alike; this year so far is the default and says nothing. */
export function periodQuery(choice: PeriodChoice): { period?: string; from?: string; to?: string } {
  if ((choice.kind === 'year' || choice.kind === 'quarter' || choice.kind === 'month') && choice.period) return { period: choice.period };
  if (choice.kind === 'custom' && choice.from && choice.to) return { from: choice.from, to: choice.to };
  return {};
}

/** Why a custom range cannot be asked for, or null when it can. */
export function rangeProblem(from: string, to: string): 'incomplete' | 'reversed' | 'tooLong' | null {
  if (!DAY.test(from) || !DAY.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return 'incomplete';
  if (to < from) return 'reversed';
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS) return 'tooLong';
  return null;
}
