import type { Indicator } from '@jingzhun/standards';
import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { manualClock, silentLogger, storeTargets, versionFixture, type TestStore } from '../testing';
import { indicatorFigures, type Figure, type FigureFilter } from './indicator-figures';

// Intake, a home assessment (its tier decides whether an urgent visit follows), thirty days, a visit.
const PROCESS = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="intake" />
    <bpmn:userTask id="intake" name="接案" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f2" sourceRef="intake" targetRef="assess" />
    <bpmn:userTask id="assess" name="入户评估" std:role="worker" std:form="assess" std:slaParameter="assessDays" />
    <bpmn:sequenceFlow id="f3" sourceRef="assess" targetRef="tier" />
    <bpmn:exclusiveGateway id="tier" default="f5" />
    <bpmn:sequenceFlow id="f4" sourceRef="tier" targetRef="urgent"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "high"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f5" sourceRef="tier" targetRef="merge" />
    <bpmn:userTask id="urgent" name="紧急探访" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f6" sourceRef="urgent" targetRef="merge" />
    <bpmn:exclusiveGateway id="merge" />
    <bpmn:sequenceFlow id="f7" sourceRef="merge" targetRef="month" />
    <bpmn:intermediateCatchEvent id="month" name="三十天后">
      <bpmn:timerEventDefinition id="month_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f8" sourceRef="month" targetRef="visit" />
    <bpmn:userTask id="visit" name="回访" std:role="worker" std:form="visit" />
    <bpmn:sequenceFlow id="f9" sourceRef="visit" targetRef="end" />
    <bpmn:endEvent id="end" name="结案" />`;

const target = { target: 90, comparator: '>=' } as const;
const title = (zh: string) => ({ title: { zh, en: zh } });
const INDICATORS: Indicator[] = [
  { id: 'assessOnTime', kind: 'duration', ...title('评估及时'), from: { element: 'intake', edge: 'end' }, to: { element: 'assess', edge: 'end' }, unit: 'working_days', limit: { parameter: 'assessDays' }, ...target },
  { id: 'urgentIn24h', kind: 'duration', ...title('紧急探访'), from: { element: 'assess', edge: 'end' }, to: { element: 'urgent', edge: 'end' }, unit: 'hours', limit: 24, target: 100, comparator: '>=' },
  { id: 'completedIn60', kind: 'completion', ...title('结案'), element: 'end', withinDays: 60, target: 80, comparator: '>=' },
  { id: 'satisfied', kind: 'field', ...title('满意'), form: 'visit', field: '/satisfaction', aggregate: 'share', condition: 'value >= 4', ...target },
  { id: 'meanScore', kind: 'field', ...title('评分'), form: 'assess', field: '/score', aggregate: 'mean', target: 60, comparator: '>=' },
  { id: 'visitsMonthly', kind: 'count', ...title('回访数'), element: 'visit', period: 'month', target: 2, comparator: '>=' },
  { id: 'visitedEvery35', kind: 'recurrence', ...title('定期回访'), activity: 'visit', everyDays: 35, span: { from: 'assess', to: 'end' }, ...target },
  { id: 'conformance', kind: 'conformance', ...title('符合度'), ...target },
];

const VERSION = versionFixture(PROCESS, {
  code: 'BJ-TEST-SUPERVISED',
  indicators: INDICATORS,
  parameters: [{ id: 'assessDays', title: { zh: '评估时限', en: 'Assessment' }, kind: 'duration', unit: 'working_days', default: 3, min: 1, max: 10, tighter: 'lower' }],
  forms: {
    note: { type: 'object', properties: { text: { type: 'string' } } },
    assess: { type: 'object', properties: { tier: { enum: ['high', 'low'] }, score: { type: 'integer', minimum: 0, maximum: 100 } }, required: ['tier', 'score'] },
    visit: { type: 'object', properties: { satisfaction: { type: 'integer', minimum: 1, maximum: 5 } }, required: ['satisfaction'] },
  },
});

/** A Beijing wall-clock time as an instant: `at('2026-10-09 10:00')`. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

describe.each(storeTargets())('indicator figures from a known history on $kind', (storeTarget) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2026-09-30T01:00:00.000Z');
  const cases = new Map<string, string>();

  async function start(key: string, district: string, organisation: string | null, when: string) {
    clock.set(at(when));
    const c = await runtime.startCase({ code: VERSION.code, district, organisation, caseKey: key, data: { name: key }, actor: 'op' });
    cases.set(key, c.id);
  }
  async function complete(key: string, elementId: string, when: string, data: Record<string, unknown> = {}) {
    clock.set(at(when));
    const [task] = await runtime.listTasks({ caseId: cases.get(key)!, status: 'open' });
    expect(task?.elementId).toBe(elementId);
    await runtime.completeTask({ taskId: task!.id, data, actor: 'sw' });
  }
  async function fireUntil(when: string) {
    clock.set(at(when));
    await runtime.runDue();
  }

  const figures = async (filter: Partial<FigureFilter> & Pick<FigureFilter, 'now'>) => {
    const all = await indicatorFigures(store, INDICATORS, { code: VERSION.code, from: '2026-09-01', to: '2026-11-30', simulated: 'exclude', limits: 'case', ...filter });
    return new Map(all.map((f) => [f.indicator.id, f]));
  };
  const only = (figure: Map<string, Figure> | undefined, key = '') => figure?.get(key);

  beforeAll(async () => {
    store = await storeTarget.open();
    runtime = createRuntime({ store, clock, logger: silentLogger });
    await runtime.registerVersion(VERSION);
    await runtime.deploy({ code: VERSION.code, version: 1, districts: ['dongcheng', 'xicheng'], actor: 'officer' });
    // 东城 tightens the assessment to 2 working days; 西城 keeps the city's 3.
    await runtime.setVariant({ code: VERSION.code, district: 'dongcheng', values: { assessDays: 2 }, actor: 'op' });

    // 2026: 25 Sep (Fri) Mid-Autumn and 1–7 Oct National Day are holidays; Sat 10 Oct is a 调休 working day.
    await start('A', 'dongcheng', 'org-a', '2026-09-30 09:00');
    await start('B', 'dongcheng', null, '2026-09-30 09:00');
    await start('C', 'xicheng', 'org-b', '2026-09-30 09:00');
    await start('E', 'xicheng', null, '2026-09-30 09:00');
    await start('F', 'xicheng', null, '2026-09-30 09:00');
    for (const key of ['A', 'B', 'C', 'E', 'F']) await complete(key, 'intake', '2026-09-30 10:00');
    await start('D', 'xicheng', 'org-b', '2026-10-09 09:00');
    await complete('D', 'intake', '2026-10-09 10:00');

    await complete('F', 'assess', '2026-10-08 10:00', { tier: 'high', score: 90 });
    await runtime.cancelCase({ caseId: cases.get('E')!, reason: '迁出', actor: 'op' });
    await complete('A', 'assess', '2026-10-09 10:00', { tier: 'high', score: 80 });
    await complete('F', 'urgent', '2026-10-09 11:00');
    await complete('B', 'assess', '2026-10-10 09:00', { tier: 'low', score: 40 });
    await complete('A', 'urgent', '2026-10-10 09:00');
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
    beforeAll(async () => {
      // F's thirty days end Nov 8 11:00, A's and B's Nov 9 09:00; A and F are visited, B's visit waits.
      await fireUntil('2026-11-08 11:00');
      await fireUntil('2026-11-09 09:00');
      await complete('A', 'visit', '2026-11-09 10:00', { satisfaction: 5 });
      await complete('F', 'visit', '2026-11-10 10:00', { satisfaction: 3 });
    });
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
