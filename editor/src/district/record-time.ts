/**
 * The time of a contact as a person enters it on a phone or a desk: a `datetime-local` value read as
 * Beijing wall-clock time (the platform's day, whatever the device's zone), and back.
 *
 * @example
 *   beijingLocalInput(new Date('2026-06-01T01:30:00Z')); // '2026-06-01T09:30'
 *   fromBeijingLocalInput('2026-06-01T09:30');            // '2026-06-01T09:30:00+08:00'
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The instant as a `datetime-local` value in Beijing time, to the minute. */
export function beijingLocalInput(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Beijing time, as the API takes it; undefined when it is not one. */
export function fromBeijingLocalInput(value: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+08:00` : undefined;
}
