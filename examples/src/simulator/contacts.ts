/**
 * The contacts (服务记录) a caseworker makes while a long step is open — home visits, calls, interviews —
 * drawn for a simulated case from its behaviour's rhythm: about one every `meanDays`, in office hours,
 * all before the step is done, and at least as many as the step needs to be completed (`std:minRecords`).
 * A district that takes its time contacts its families less often, and some intervals run past a month.
 *
 * @example
 *   const made = contactsWhile({ least: 2, meanDays: 18, kinds: { home_visit: 3, phone: 2 } }, rng, createdAt, doneAt);
 *   // [{ at: 1767…, kind: 'home_visit', minutes: 75, notes: '…' }, …]
 */
import type { ServiceRecordKind } from '@jingzhun/standards';
import type { Random } from '../random/seeded-random';
import { nextOfficeTime } from './office-hours';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** How a behaviour's caseworkers keep in touch while a step is open. */
export interface ContactRhythm {
  /** Contacts the step needs before it is done (its `std:minRecords`, of the kinds below). */
  least: number;
  /** The mean time between two contacts, in days. */
  meanDays: number;
  /** The kinds of contact, weighted. */
  kinds: Partial<Record<ServiceRecordKind, number>>;
  /** What the notes of a contact say, one drawn per contact. */
  notes: readonly string[];
}

/** One contact to record: when, what kind, how long, what was done. */
export interface PlannedContact {
  at: number;
  kind: ServiceRecordKind;
  minutes: number;
  notes: string;
}

/** How long a contact of each kind takes, in minutes (least, most). */
const MINUTES: Record<ServiceRecordKind, readonly [number, number]> = {
  home_visit: [40, 120],
  phone: [5, 30],
  office: [30, 90],
  group: [60, 180],
  volunteer: [30, 120],
};

/**
 * The contacts of one step open from `createdAt` to `doneAt`, in time order. The rhythm's draws come
 * first; if they are fewer than the step needs, the missing ones fall evenly in the time it is open.
 */
export function contactsWhile(rhythm: ContactRhythm, rng: Random, createdAt: number, doneAt: number, officeHours = true): PlannedContact[] {
  const times: number[] = [];
  for (let at = createdAt; ; ) {
    at += Math.max(30 * MINUTE, Math.round(rng.exponential(rhythm.meanDays * DAY)));
    const when = officeHours ? nextOfficeTime(at, rng) : at;
    if (when >= doneAt - MINUTE) break;
    times.push(when);
    at = when;
  }
  for (let k = times.length; k < rhythm.least; k++) times.push(createdAt + Math.round(((doneAt - createdAt) * (k + 1)) / (rhythm.least + 1)));
  const kinds = Object.fromEntries(Object.entries(rhythm.kinds).map(([kind, weight]) => [kind, weight ?? 0])) as Record<string, number>;
  return times
    .sort((a, b) => a - b)
    .map((at) => {
      const kind = rng.weighted(kinds) as ServiceRecordKind;
      const [least, most] = MINUTES[kind];
      return { at, kind, minutes: rng.int(least, most), notes: rng.pick(rhythm.notes) };
    });
}
