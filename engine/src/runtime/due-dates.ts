/**
 * When things fall due, by the runtime's clock: task SLAs (working days on the official calendar, an
 * ISO 8601 duration, or a district's parameter) and timers (durations, dates, cycles, parameters).
 * Calendar arithmetic is done in Beijing time (UTC+8, no daylight saving).
 *
 * Validation keeps every time of a standard within its bounds (`TIME_BOUNDS` of the standards); here,
 * as a guard only, no computed due time leaves unless it is a real instant from 1970 to a hundred years
 * after the moment it is counted from: anything else throws DueDateOutOfRangeError (an unreadable value
 * DueDateInvalidError), which a run turns into an incident, never an Invalid Date in the store.
 *
 * @example
 *   addIsoDuration(new Date('2024-01-31T02:00:00Z'), 'P1M') // 2024-02-29T02:00:00Z
 */
import { addWorkingDaysAt, parseIsoDuration, parseSla, type DurationUnit, type Parameter } from '@jingzhun/standards';
import { DueDateInvalidError, DueDateOutOfRangeError } from '../errors';

const BEIJING_OFFSET_MS = 8 * 3600_000;
/** How far ahead a due time may lie: ten times what validation allows a timer. */
const HORIZON_YEARS = 100;
const HORIZON_MS = HORIZON_YEARS * 366 * 86_400_000;

/** `due`, when it is a real instant from 1970 to the horizon after `from`; else DueDateOutOfRangeError. */
function checked(due: Date, from: Date, value: string): Date {
  const t = due.getTime();
  if (!Number.isFinite(t) || t < 0 || !Number.isFinite(from.getTime()) || t > from.getTime() + HORIZON_MS) throw new DueDateOutOfRangeError(value, from);
  return due;
}

function addMonths(at: Date, months: number): Date {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + months);
  // The 31st plus a month is the last day of the shorter month, not a day of the month after.
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay));
  return new Date(local.getTime() - BEIJING_OFFSET_MS);
}

/** `at` plus an ISO 8601 duration such as `P90D`, `P1M` or `PT24H` (read as the standards read it). */
export function addIsoDuration(at: Date, iso: string): Date {
  const d = parseIsoDuration(iso);
  if (!d) throw new DueDateInvalidError(iso);
  const months = d.years * 12 + d.months;
  // Far beyond the horizon already: refused before any arithmetic on it.
  if (months > HORIZON_YEARS * 12) throw new DueDateOutOfRangeError(iso, at);
  const ms = (((d.weeks * 7 + d.days) * 24 + d.hours) * 3600 + d.minutes * 60 + d.seconds) * 1000;
  return checked(new Date(addMonths(at, months).getTime() + ms), at, iso);
}

/** `at` plus `n` of a parameter's unit. */
export function addInUnit(at: Date, n: number, unit: DurationUnit): Date {
  const value = `${n} ${unit}`;
  if (!Number.isFinite(n)) throw new DueDateOutOfRangeError(value, at);
  switch (unit) {
    case 'working_days': {
      const days = Math.max(0, Math.round(n));
      // Counted day by day: a count beyond the horizon is refused before the count begins.
      if (days > HORIZON_YEARS * 366) throw new DueDateOutOfRangeError(value, at);
      return checked(addWorkingDaysAt(at, days), at, value);
    }
    case 'days':
      return checked(new Date(at.getTime() + n * 86_400_000), at, value);
    case 'hours':
      return checked(new Date(at.getTime() + n * 3600_000), at, value);
    case 'months':
      if (Math.abs(n) > HORIZON_YEARS * 12) throw new DueDateOutOfRangeError(value, at);
      return checked(addMonths(at, Math.round(n)), at, value);
  }
}

/** What a user task's SLA is made of, as read from its `std:` attributes. */
export interface SlaSpec {
  sla?: string | undefined;
  slaParameter?: string | undefined;
}

/**
 * The due time of a task created at `createdAt`: the district's parameter value when the SLA names a
 * parameter, else `std:sla` (working days or an ISO duration); null when the task has no SLA.
 */
export function taskDueAt(
  spec: SlaSpec,
  createdAt: Date,
  parameters: Record<string, number>,
  definitions: readonly Parameter[],
): Date | null {
  if (spec.slaParameter) {
    const def = definitions.find((p) => p.id === spec.slaParameter);
    const value = parameters[spec.slaParameter] ?? def?.default;
    if (def && value !== undefined) return addInUnit(createdAt, value, def.unit ?? 'working_days');
  }
  if (spec.sla) {
    const sla = parseSla(spec.sla);
    if (sla?.kind === 'working_days') return addInUnit(createdAt, sla.days, 'working_days');
    if (sla?.kind === 'duration') return addIsoDuration(createdAt, sla.iso);
  }
  return null;
}

export type TimerType = 'timeDuration' | 'timeDate' | 'timeCycle';

/**
 * The due time of a timer armed at `now`. A `std:durationParameter` wins over the BPMN value, so a
 * district's tighter visit interval applies; a cycle's next due time is one period away.
 */
export function timerDueAt(
  now: Date,
  timer: { type: TimerType | undefined; value: string | undefined; durationParameter?: string | undefined },
  parameters: Record<string, number>,
  definitions: readonly Parameter[],
): Date {
  if (timer.durationParameter) {
    const def = definitions.find((p) => p.id === timer.durationParameter);
    const value = parameters[timer.durationParameter] ?? def?.default;
    if (def && value !== undefined) return addInUnit(now, value, def.unit ?? 'days');
  }
  const value = (timer.value ?? '').trim();
  switch (timer.type) {
    case 'timeDate': {
      const t = Date.parse(value);
      if (Number.isNaN(t)) throw new DueDateInvalidError(value);
      return checked(new Date(t), now, value);
    }
    case 'timeCycle': {
      const period = value.split('/').pop() ?? '';
      return addIsoDuration(now, period);
    }
    case 'timeDuration':
      return addIsoDuration(now, value);
    default:
      return now;
  }
}
