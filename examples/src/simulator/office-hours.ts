/**
 * When people work: office hours (09:00–17:30 Beijing time) on working days of the official calendar,
 * so that simulated arrivals and task completions fall where real ones do, and a task finished "over
 * the weekend" waits for Monday.
 *
 * @example
 *   const t = nextOfficeTime(Date.parse('2026-10-03T10:00:00+08:00'), rng); // after the National Day holiday
 */
import { isWorkingDay } from '@jingzhun/standards';
import type { Random } from '../random/seeded-random';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const BEIJING = 8 * HOUR;
const OPENS = 9 * HOUR;
const CLOSES = 17.5 * HOUR;

/** Milliseconds since Beijing midnight. */
function timeOfDay(t: number): number {
  return (((t + BEIJING) % DAY) + DAY) % DAY;
}

export function isOfficeTime(t: number): boolean {
  const tod = timeOfDay(t);
  return tod >= OPENS && tod < CLOSES && isWorkingDay(new Date(t));
}

/** `t` if it is office time, else a time in the first working morning after it. */
export function nextOfficeTime(t: number, rng: Random): number {
  if (isOfficeTime(t)) return t;
  let midnight = t - timeOfDay(t);
  if (timeOfDay(t) >= OPENS) midnight += DAY;
  while (!isWorkingDay(new Date(midnight + OPENS))) midnight += DAY;
  return midnight + OPENS + Math.floor(rng.next() * 3 * HOUR);
}

/** A moment in [from, to), in office hours unless `anyTime`. */
export function randomMoment(rng: Random, from: number, to: number, anyTime = false): number {
  for (let attempt = 0; attempt < 200; attempt++) {
    const t = from + Math.floor(rng.next() * (to - from));
    if (anyTime || isOfficeTime(t)) return t;
  }
  return from;
}
