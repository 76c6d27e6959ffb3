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

/**
 * Days are counted as whole days since 1970-01-01 ('YYYY-MM-DD' read as UTC), so that stepping through a
 * range is arithmetic rather than parsing and printing a date at every step.
 */
type DayNumber = number;
const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3600_000;

const extraHolidays = new Set<DayNumber>();
const extraWorkdays = new Set<DayNumber>();
const extendedYears = new Set<number>();

/** Adds (or corrects) a year, e.g. when the State Council publishes the next year's arrangement. */
export function extendCalendar(year: CalendarYear): void {
  // Every date is checked before any is applied: a year with a typo changes nothing.
  const holidays = year.holidays.map((iso) => dayNumber(beijingDate(iso)));
  const workdays = year.workdays.map((iso) => dayNumber(beijingDate(iso)));
  for (const day of holidays) {
    extraHolidays.add(day);
    extraWorkdays.delete(day);
  }
  for (const day of workdays) {
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
    // Date.parse rolls 2024-02-30 over into March: a real date prints back as itself.
    if (!ISO.test(value) || isoDate(dayNumber(value)) !== value) throw new RangeError(`not a date: ${value}`);
    return value;
  }
  return isoDate(dayOf(value));
}

function dayNumber(day: IsoDate): DayNumber {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function isoDate(day: DayNumber): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of an instant's Beijing calendar day, or of a checked 'YYYY-MM-DD' string. */
function dayOf(value: Date | IsoDate): DayNumber {
  return typeof value === 'string' ? dayNumber(beijingDate(value)) : Math.floor((value.getTime() + BEIJING_OFFSET_MS) / DAY_MS);
}

/**
 * The packaged years' answers, day by day (`chinese-days` parses the date at each question): at most one
 * entry per day of those years. Other days follow Monday to Friday. Exceptions added by configuration
 * are checked first.
 */
const packagedAnswers = new Map<DayNumber, boolean>();
const PACKAGED_DAYS = { from: dayNumber(`${PACKAGED_YEARS.from}-01-01`), to: dayNumber(`${PACKAGED_YEARS.to}-12-31`) };

function isWorkingDayNumber(day: DayNumber): boolean {
  if (extraWorkdays.has(day)) return true;
  if (extraHolidays.has(day)) return false;
  if (day < PACKAGED_DAYS.from || day > PACKAGED_DAYS.to) {
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
    return weekday !== 0 && weekday !== 6;
  }
  let working = packagedAnswers.get(day);
  if (working === undefined) {
    working = chineseDays.isWorkday(isoDate(day));
    packagedAnswers.set(day, working);
  }
  return working;
}

export function isWorkingDay(value: Date | IsoDate): boolean {
  return isWorkingDayNumber(dayOf(value));
}

/**
 * The working day `n` working days after `start` (n ≥ 0). With n = 0, `start` itself if it is a
 * working day, else the next working day.
 */
export function addWorkingDays(start: Date | IsoDate, n: number): IsoDate {
  return isoDate(addWorkingDayNumbers(dayOf(start), n));
}

function addWorkingDayNumbers(start: DayNumber, n: number): DayNumber {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let day = start;
  if (n === 0) {
    while (!isWorkingDayNumber(day)) day += 1;
    return day;
  }
  let left = n;
  while (left > 0) {
    day += 1;
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return day;
}

/**
 * Working days from `from` to `to`: the working days after `from` up to and including `to` (so the
 * same day is 0, and Friday to the next Monday is 1). Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: Date | IsoDate, to: Date | IsoDate): number {
  const a = dayOf(from);
  const b = dayOf(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day += 1) if (isWorkingDayNumber(day)) count += 1;
  return sign * count;
}

/**
 * The instant `n` working days after `start`, at the same Beijing time of day: the due date of an SLA
 * counted in working days.
 */
export function addWorkingDaysAt(start: Date, n: number): Date {
  const startDay = dayOf(start);
  return new Date(start.getTime() + (addWorkingDayNumbers(startDay, n) - startDay) * DAY_MS);
}
