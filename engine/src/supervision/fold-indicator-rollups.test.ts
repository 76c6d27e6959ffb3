import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { at, manualClock, playSupervisedHistory, silentLogger, storeTargets, SUPERVISED_INDICATORS, SUPERVISED_VERSION, type TestStore } from '../testing';
import { indicatorFigures, type GroupBy } from './indicator-figures';

describe.each(storeTargets())('indicator rollups folded on $kind', (storeTarget) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2026-09-30T01:00:00.000Z');

  beforeAll(async () => {
    store = await storeTarget.open();
    runtime = createRuntime({ store, clock, logger: silentLogger });
    const history = await playSupervisedHistory(runtime, clock);
    await history.playMonthLater();
  });
  afterAll(() => store.dispose());

  const figures = async () => {
    const all: unknown[] = [];
    for (const groupBy of [undefined, 'district', 'organisation', 'district-month'] satisfies Array<GroupBy | undefined>) {
      for (const limits of ['case', 'city'] as const) {
        const read = await indicatorFigures(store, SUPERVISED_INDICATORS, {
          code: SUPERVISED_VERSION.code, from: '2026-09-01', to: '2026-11-30', simulated: 'exclude', limits, groupBy, now: at('2026-11-20 12:00'),
        });
        all.push(read.map((f) => [f.indicator.id, [...f.groups]]));
      }
    }
    return all;
  };
  const rows = async () => (await store.query<{ rows: number; keys: number }>(
    `SELECT count(*)::int AS rows, count(DISTINCT (code, version, district, organisation, indicator, day, simulated))::int AS keys FROM indicator_rollups`,
  )).rows[0]!;

  it('with the element rollups: one row per key and day, the figures unchanged', async () => {
    const before = await figures();
    const deltas = await rows();
    // Each closing command appended its own delta: several rows for some keys.
    expect(deltas.rows).toBeGreaterThan(deltas.keys);

    expect(await runtime.compactRollups()).toBeGreaterThanOrEqual(deltas.rows - deltas.keys);
    expect(await rows()).toEqual({ rows: deltas.keys, keys: deltas.keys });
    expect(await figures()).toEqual(before);
  });
});
