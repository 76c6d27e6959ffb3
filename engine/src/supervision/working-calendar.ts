/**
 * The working-day calendar in SQL: `working_calendar` holds a row per Beijing day with the running
 * number of working days up to and including it, made from the standards' calendar (official holidays
 * off, 调休 makeup days on), so SQL counts working days as the engine's due dates do:
 * `to.number - from.number` is `workingDaysBetween(from, to)`.
 *
 * @example
 *   await syncWorkingCalendar(store); // once per process, before supervision reads
 */
import { beijingDate, isWorkingDay } from '@jingzhun/standards';
import type { Queryable } from '../store';

const DAY_MS = 86_400_000;

/** The days the table covers: from the policy's first year to two years after `now`. */
export function calendarSpan(now: Date): { from: string; to: string } {
  return { from: '2015-01-01', to: `${Number(beijingDate(now).slice(0, 4)) + 2}-12-31` };
}

/** The calendar's rows for the span: each day, whether it is a working day, and the running count. */
export function calendarRows(span: { from: string; to: string }): { days: string[]; working: boolean[]; numbers: number[] } {
  const days: string[] = [];
  const working: boolean[] = [];
  const numbers: number[] = [];
  let count = 0;
  for (let t = Date.parse(`${span.from}T00:00:00Z`); t <= Date.parse(`${span.to}T00:00:00Z`); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const isWorking = isWorkingDay(day);
    if (isWorking) count += 1;
    days.push(day);
    working.push(isWorking);
    numbers.push(count);
  }
  return { days, working, numbers };
}

/** Writes the calendar for the span around `now` where it differs from what the table holds. */
export async function syncWorkingCalendar(q: Queryable, now: Date = new Date()): Promise<void> {
  const rows = calendarRows(calendarSpan(now));
  await q.query(
    `INSERT INTO working_calendar (day, working, number)
     SELECT * FROM unnest($1::date[], $2::boolean[], $3::int[])
     ON CONFLICT (day) DO UPDATE SET working = EXCLUDED.working, number = EXCLUDED.number
      WHERE working_calendar.working IS DISTINCT FROM EXCLUDED.working OR working_calendar.number IS DISTINCT FROM EXCLUDED.number`,
    [rows.days, rows.working, rows.numbers],
  );
}
