import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { at, manualClock, playSupervisedHistory, silentLogger, storeTargets, type TestStore } from '../testing';

describe.each(storeTargets())('indicator facts rebuilt from the event log on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2026-09-30T01:00:00.000Z');
  beforeAll(async () => {
    store = await target.open();
    runtime = createRuntime({ store, clock, logger: silentLogger });
    const history = await playSupervisedHistory(runtime, clock);
    await history.playMonthLater();
    clock.set(at('2026-11-20 12:00'));
  });
  afterAll(() => store.dispose());

  const occurrences = async () =>
    (
      await store.query(
        `SELECT case_id, indicator, seq, kind, opened_at, closed_at, deadline_at, city_deadline_at, last_at, outcome, city_outcome, value, ok
           FROM indicator_occurrences ORDER BY case_id, indicator, seq`,
      )
    ).rows;
  const rollups = async () =>
    (
      await store.query(
        `SELECT indicator, day::text, district, organisation, sum(met)::int met, sum(breached)::int breached, sum(city_met)::int city_met,
                sum(city_breached)::int city_breached, sum(void)::int void, sum(cancelled)::int cancelled, sum(ok)::int ok,
                sum(value_sum)::float8 value_sum, sum(value_n)::int value_n
           FROM indicator_rollups GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      )
    ).rows;

  it('replays every case’s commands into the same occurrences and rollups, once', async () => {
    const kept = { occurrences: await occurrences(), rollups: await rollups() };
    expect(kept.occurrences.length).toBeGreaterThan(15);
    // As a store from before the facts existed: the history without them.
    await store.query('DELETE FROM indicator_occurrences');
    await store.query('DELETE FROM indicator_rollups');
    expect(await runtime.supervision.buildMissingFacts()).toEqual({ cases: 6 });
    expect(await occurrences()).toEqual(kept.occurrences);
    expect(await rollups()).toEqual(kept.rollups);
    // The store remembers: a second start builds nothing.
    expect(await runtime.supervision.buildMissingFacts()).toEqual({ cases: 0 });
    expect(await rollups()).toEqual(kept.rollups);
  });
});
