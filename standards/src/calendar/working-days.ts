/**
 * The official mainland China working-day calendar: weekends and public holidays are days off, and the
 * weekend days the State Council declares working days (调休) are working days. Data for 2017–2026 come
 * from the `chinese-days` package (which tracks the State Council's yearly notices); a year published
 * later is added with `extendCalendar` (the API reads it from configuration). Dates are calendar days in
 * Beijing time (UTC+8, no daylight saving).
 *
 * @example
 *   addWorkingDays('2024-09-30', 1) // '2024-10-08' — the National Day holiday is skipped
 *   workingDaysBetween('2024-02-02', '2024-02-05') // 2: Sunday 2024-02-04 was a working day
 */
import chineseDays from 'chinese-days';

export type IsoDate = string;

/** A year's exceptions to the Monday–Friday rule, as published by the State Council. */
export interface CalendarYear {
  year: number;
  /** Days off that fall on weekdays (and any holiday day), 'YYYY-MM-DD'. */
  holidays: IsoDate[];
  /** Weekend days made working days (调休), 'YYYY-MM-DD'. */
  workdays: IsoDate[];
  /** Where the data came from, e.g. the notice's number. */
  source: string;
}

/** Years the packaged data covers. */
export const PACKAGED_YEARS = { from: 2017, to: 2026 } as const;

const extraHolidays = new Set<IsoDate>();
const extraWorkdays = new Set<IsoDate>();
const extendedYears = new Set<number>();

/** Adds (or corrects) a year, e.g. when the State Council publishes the next year's arrangement. */
export function extendCalendar(year: CalendarYear): void {
  for (const day of year.holidays) {
    extraHolidays.add(day);
    extraWorkdays.delete(day);
  }
  for (const day of year.workdays) {
    extraWorkdays.add(day);
    extraHolidays.delete(day);
  }
  extendedYears.add(year.year);
}

/** Whether the calendar has official data for `year` (packaged or added by configuration). */
export function isYearKnown(year: number): boolean {
  return (year >= PACKAGED_YEARS.from && year <= PACKAGED_YEARS.to) || extendedYears.has(year);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Beijing calendar day of an instant, or a 'YYYY-MM-DD' string checked and returned. */
export function beijingDate(value: Date | IsoDate): IsoDate {
  if (typeof value === 'string') {
    if (!ISO.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new RangeError(`not a date: ${value}`);
    return value;
  }
  return new Date(value.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function shift(day: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The packaged years' answers, day by day: every due date counts working days one by one, and
 * `chinese-days` parses the date at each question. At most one entry per day of the packaged years.
 */
const packagedDays = new Map<IsoDate, boolean>();

export function isWorkingDay(value: Date | IsoDate): boolean {
  const day = beijingDate(value);
  if (extraWorkdays.has(day)) return true;
  if (extraHolidays.has(day)) return false;
  const year = Number(day.slice(0, 4));
  if (year >= PACKAGED_YEARS.from && year <= PACKAGED_YEARS.to) {
    let working = packagedDays.get(day);
    if (working === undefined) {
      working = chineseDays.isWorkday(day);
      packagedDays.set(day, working);
    }
    return working;
  }
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The working day `n` working days after `start` (n ≥ 0). With n = 0, `start` itself if it is a
 * working day, else the next working day.
 */
export function addWorkingDays(start: Date | IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let day = beijingDate(start);
  if (n === 0) {
    while (!isWorkingDay(day)) day = shift(day, 1);
    return day;
  }
  let left = n;
  while (left > 0) {
    day = shift(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * Working days from `from` to `to`: the working days after `from` up to and including `to` (so the
 * same day is 0, and Friday to the next Monday is 1). Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: Date | IsoDate, to: Date | IsoDate): number {
  const a = beijingDate(from);
  const b = beijingDate(to);
  if (a === b) return 0;
  const [lo, hi, sign] = a < b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = shift(lo, 1); day <= hi; day = shift(day, 1)) if (isWorkingDay(day)) count += 1;
  return sign * count;
}

/**
 * The instant `n` working days after `start`, at the same Beijing time of day: the due date of an SLA
 * counted in working days.
 */
export function addWorkingDaysAt(start: Date, n: number): Date {
  const startDay = beijingDate(start);
  const dueDay = addWorkingDays(startDay, n);
  const offset = Date.parse(`${dueDay}T00:00:00Z`) - Date.parse(`${startDay}T00:00:00Z`);
  return new Date(start.getTime() + offset);
}
