import fc from 'fast-check';
import { workingDaysBetween } from '@jingzhun/standards';
import { storeTargets, type TestStore } from '../testing';
import { syncWorkingCalendar } from './working-calendar';

const DAY = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2017, 0, 1) + n * DAY).toISOString().slice(0, 10);

describe.each(storeTargets())('the working-day calendar in SQL on $kind', (target) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await target.open();
    await syncWorkingCalendar(store, new Date('2026-12-07T00:00:00Z'));
  });
  afterAll(() => store.dispose());

  const between = async (from: string, to: string) => {
    const { rows } = await store.query<{ n: number }>(
      'SELECT (SELECT number FROM working_calendar WHERE day = $2::date) - (SELECT number FROM working_calendar WHERE day = $1::date) AS n',
      [from, to],
    );
    return rows[0]!.n;
  };

  it('counts the National Day holiday out and the 调休 Saturday in, as the engine does', async () => {
    // 30 Sep 2026 (Wed) to 12 Oct (Mon): Oct 8, 9, 10 (a Saturday made a working day) and 12.
    expect(await between('2026-09-30', '2026-10-12')).toBe(4);
    expect(workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4);
  });

  it('agrees with the engine’s calendar on any two days of the packaged years', async () => {
    const pairs = fc.sample(fc.tuple(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 60 })), { seed: 7, numRuns: 300 });
    for (const [start, span] of pairs) {
      const from = day(start);
      const to = day(start + span);
      expect({ from, to, days: await between(from, to) }).toEqual({ from, to, days: workingDaysBetween(from, to) });
    }
  });

  it('leaves the table as it was when run again', async () => {
    const before = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM working_calendar');
    await syncWorkingCalendar(store, new Date('2026-12-07T00:00:00Z'));
    const after = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM working_calendar');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});
