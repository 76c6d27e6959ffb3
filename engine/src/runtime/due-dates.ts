/**
 * When things fall due, by the runtime's clock: task SLAs (working days on the official calendar, an
 * ISO 8601 duration, or a district's parameter) and timers (durations, dates, cycles, parameters).
 * Calendar arithmetic is done in Beijing time (UTC+8, no daylight saving).
 *
 * @example
 *   addIsoDuration(new Date('2024-01-31T02:00:00Z'), 'P1M') // 2024-02-29T02:00:00Z
 */
import { addWorkingDaysAt, parseSla, type DurationUnit, type Parameter } from '@jingzhun/standards';

const BEIJING_OFFSET_MS = 8 * 3600_000;
const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Thrown when a duration, date or cycle cannot be read. */
export class DueDateError extends Error {
  readonly code = 'DUE_DATE_INVALID';
  constructor(readonly value: string) {
    super(`cannot read "${value}" as a duration, date or cycle`);
    this.name = 'DueDateError';
  }
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

/** `at` plus an ISO 8601 duration such as `P90D`, `P1M` or `PT24H`. */
export function addIsoDuration(at: Date, iso: string): Date {
  const m = ISO_DURATION.exec(iso.trim());
  if (!m || iso.trim() === 'P' || iso.trim().endsWith('T')) throw new DueDateError(iso);
  const [, y, mo, w, d, h, mi, s] = m.map((part) => (part === undefined ? 0 : Number(part)));
  let result = addMonths(at, (y ?? 0) * 12 + (mo ?? 0));
  const ms = (((w ?? 0) * 7 + (d ?? 0)) * 24 + (h ?? 0)) * 3600_000 + (mi ?? 0) * 60_000 + (s ?? 0) * 1000;
  result = new Date(result.getTime() + ms);
  return result;
}

/** `at` plus `n` of a parameter's unit. */
export function addInUnit(at: Date, n: number, unit: DurationUnit): Date {
  switch (unit) {
    case 'working_days':
      return addWorkingDaysAt(at, Math.max(0, Math.round(n)));
    case 'days':
      return new Date(at.getTime() + n * 86_400_000);
    case 'hours':
      return new Date(at.getTime() + n * 3600_000);
    case 'months':
      return addMonths(at, Math.round(n));
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
    if (sla?.kind === 'working_days') return addWorkingDaysAt(createdAt, sla.days);
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
      if (Number.isNaN(t)) throw new DueDateError(value);
      return new Date(t);
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
