/**
 * The simulated period: whole calendar months (in Beijing time) back from its end.
 *
 * @example
 *   monthsBefore(new Date('2026-11-30T16:00:00Z'), 12) // 2025-11-30T16:00:00Z, midnight of 2025-12-01 in Beijing
 */
const BEIJING = 8 * 3600_000;

export function monthsBefore(until: Date, months: number): Date {
  const local = new Date(until.getTime() + BEIJING);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay));
  return new Date(local.getTime() - BEIJING);
}
