/**
 * The simulation's clock: the runtime reads it as "now", the simulation sets it to each moment it plays.
 *
 * @example
 *   const clock = movableClock(Date.parse('2025-12-01T01:00:00Z'));
 *   createRuntime({ store, clock, logger }); clock.set(clock.now().getTime() + 3600_000);
 */
export interface MovableClock {
  now(): Date;
  set(ms: number): void;
}

export function movableClock(start: number): MovableClock {
  let now = start;
  return {
    now: () => new Date(now),
    set(ms) {
      now = ms;
    },
  };
}
