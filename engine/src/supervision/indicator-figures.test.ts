import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { at, manualClock, playSupervisedHistory, silentLogger, storeTargets, SUPERVISED_INDICATORS, SUPERVISED_VERSION, type SupervisedHistory, type TestStore } from '../testing';
import { indicatorFigures, type Figure, type FigureFilter } from './indicator-figures';

describe.each(storeTargets())('indicator figures from a known history on $kind', (storeTarget) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2026-09-30T01:00:00.000Z');
  let history: SupervisedHistory;

  const figures = async (filter: Partial<FigureFilter> & Pick<FigureFilter, 'now'>) => {
    const all = await indicatorFigures(store, SUPERVISED_INDICATORS, { code: SUPERVISED_VERSION.code, from: '2026-09-01', to: '2026-11-30', simulated: 'exclude', limits: 'case', ...filter });
    return new Map(all.map((f) => [f.indicator.id, f]));
  };
  const only = (figure: Map<string, Figure> | undefined, key = '') => figure?.get(key);

  beforeAll(async () => {
    store = await storeTarget.open();
    runtime = createRuntime({ store, clock, logger: silentLogger });
    history = await playSupervisedHistory(runtime, clock);
  });
  afterAll(() => store.dispose());

  it('a duration in working days: the tightened limit, a holiday, a 调休 Saturday; breaching, pending and cancelled apart', async () => {
    const now = at('2026-10-12 12:00');
    // Own limits: A (东城, 2 working days: Oct 8, Oct 9 → due Oct 9 10:00) done Oct 9 10:00: met.
    // B (东城) done Sat Oct 10 09:00: breached. F (西城, 3 days → due Sat Oct 10 10:00) done Oct 8: met.
    // C (西城) due Oct 10 10:00, still open at Oct 12: breaching. D opened Oct 9 10:00, due Tue Oct 13
    // 10:00 (Oct 10, 12, 13): pending. E was cancelled. So 2 met of 4 judged: 50 %, below 90.
    const city = only((await figures({ now })).get('assessOnTime')?.groups);
    expect(city).toEqual({ numerator: 2, denominator: 4, value: 50, met: false, pending: 1, breaching: 1, cancelled: 1, void: 0 });

    const byDistrict = (await figures({ now, groupBy: 'district' })).get('assessOnTime')!.groups;
    expect(byDistrict.get('dongcheng')).toMatchObject({ numerator: 1, denominator: 2, value: 50, pending: 0, cancelled: 0 });
    expect(byDistrict.get('xicheng')).toMatchObject({ numerator: 1, denominator: 2, value: 50, pending: 1, breaching: 1, cancelled: 1 });

    // By the city's 3 working days, B (due Sat Oct 10 10:00, done 09:00) is on time: 东城 2 of 2.
    const cityLimits = (await figures({ now, groupBy: 'district', limits: 'city' })).get('assessOnTime')!.groups;
    expect(cityLimits.get('dongcheng')).toMatchObject({ numerator: 2, denominator: 2, value: 100, met: true });
    expect(cityLimits.get('xicheng')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });

    // org-a: A met (1 of 1); org-b: C breaching, D pending (0 of 1); none: F met, B breached, E cancelled.
    const byOrganisation = (await figures({ now, groupBy: 'organisation' })).get('assessOnTime')!.groups;
    expect(byOrganisation.get('org-a')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect(byOrganisation.get('org-b')).toMatchObject({ numerator: 0, denominator: 1, value: 0, pending: 1 });
    expect(byOrganisation.get('')).toMatchObject({ numerator: 1, denominator: 2, cancelled: 1 });

    // October alone holds only D (opened Oct 9): nothing judged yet.
    const october = only((await figures({ now, from: '2026-10-01', to: '2026-10-31' })).get('assessOnTime')?.groups);
    expect(october).toMatchObject({ numerator: 0, denominator: 0, value: null, met: null, pending: 1 });
  });

  it('a duration in hours on an optional path: cases that took the other way are void, not late', async () => {
    // A: assessed Oct 9 10:00, urgent visit Oct 10 09:00 (23 h): met. F: Oct 8 10:00 → Oct 9 11:00 (25 h):
    // breached. B (tier low) never goes that way: void. C and D are not assessed: nothing opened.
    const urgent = only((await figures({ now: at('2026-10-12 12:00') })).get('urgentIn24h')?.groups);
    expect(urgent).toEqual({ numerator: 1, denominator: 2, value: 50, met: false, pending: 0, breaching: 0, cancelled: 0, void: 1 });
  });

  describe('a month later', () => {
    beforeAll(() => history.playMonthLater());
    const now = at('2026-11-20 12:00');

    it('completion within 60 days of the start: ended cases met, running ones pending until their limit', async () => {
      // A and F ended (Nov 9, Nov 10) before Nov 29; B, C, D still run within their 60 days; E cancelled.
      expect(only((await figures({ now })).get('completedIn60')?.groups)).toEqual({
        numerator: 2, denominator: 2, value: 100, met: true, pending: 3, breaching: 0, cancelled: 1, void: 0,
      });
    });

    it('a field: the share of answers meeting the condition, and the mean of a number', async () => {
      const f = await figures({ now });
      // Satisfaction 5 (A) and 3 (F): one of two answers is ≥ 4.
      expect(only(f.get('satisfied')?.groups)).toMatchObject({ numerator: 1, denominator: 2, value: 50, met: false });
      // Scores 90 (F), 80 (A), 40 (B): mean 70, target ≥ 60.
      expect(only(f.get('meanScore')?.groups)).toMatchObject({ numerator: 210, denominator: 3, value: 70, met: true });
    });

    it('a count per month, against its monthly target', async () => {
      // Two visits, both in November: 2 in November (target 2: met); over September–November 2 in 3 months.
      const november = await figures({ now, from: '2026-11-01', to: '2026-11-30' });
      expect(only(november.get('visitsMonthly')?.groups)).toMatchObject({ numerator: 2, denominator: 1, value: 2, met: true });
      const quarter = await figures({ now });
      expect(only(quarter.get('visitsMonthly')?.groups)).toMatchObject({ numerator: 2, denominator: 3, met: false });
    });

    it('a recurrence: the activity at least every 35 days between the span’s points', async () => {
      // A: assessed Oct 9, visited Nov 9 (31 days), ended: met. F: Oct 8 → Nov 10 (33 days): met. B: assessed
      // Oct 10 09:00, no visit by Nov 14 09:00: breaching at Nov 20.
      expect(only((await figures({ now })).get('visitedEvery35')?.groups)).toMatchObject({ numerator: 2, denominator: 3, breaching: 1 });
    });

    it('conformance is not measured yet: never a number', async () => {
      const conformance = (await figures({ now })).get('conformance')!;
      expect(conformance.measured).toBe(false);
      expect(only(conformance.groups)).toMatchObject({ value: null, met: null });
    });
  });
});
