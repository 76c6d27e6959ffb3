/**
 * A known history for the tests of supervision: a small standard with an indicator of every kind, and
 * cases played through the engine with a hand-moved clock across the 2026 National Day holiday and its
 * 调休 Saturday, in two districts (东城 with a tightened variant), with two organisations, a cancelled
 * case, cases past and within their limits. The figures it must give are worked out in the comments of
 * `engine/src/supervision/indicator-figures.test.ts`.
 *
 * @example
 *   const history = await playSupervisedHistory(runtime, clock);
 *   history.cases.get('A'); // the case id of case A
 */
import type { Indicator } from '@jingzhun/standards';
import type { Runtime } from '../runtime/create-runtime';
import { versionFixture, type ManualClock } from './standard-fixtures';

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
export const SUPERVISED_INDICATORS: Indicator[] = [
  { id: 'assessOnTime', kind: 'duration', ...title('评估及时'), from: { element: 'intake', edge: 'end' }, to: { element: 'assess', edge: 'end' }, unit: 'working_days', limit: { parameter: 'assessDays' }, ...target },
  { id: 'urgentIn24h', kind: 'duration', ...title('紧急探访'), from: { element: 'assess', edge: 'end' }, to: { element: 'urgent', edge: 'end' }, unit: 'hours', limit: 24, target: 100, comparator: '>=' },
  { id: 'completedIn60', kind: 'completion', ...title('结案'), element: 'end', withinDays: 60, target: 80, comparator: '>=' },
  { id: 'satisfied', kind: 'field', ...title('满意'), form: 'visit', field: '/satisfaction', aggregate: 'share', condition: 'value >= 4', ...target },
  { id: 'meanScore', kind: 'field', ...title('评分'), form: 'assess', field: '/score', aggregate: 'mean', target: 60, comparator: '>=' },
  { id: 'visitsMonthly', kind: 'count', ...title('回访数'), element: 'visit', period: 'month', target: 2, comparator: '>=' },
  { id: 'visitedEvery35', kind: 'recurrence', ...title('定期回访'), activity: 'visit', everyDays: 35, span: { from: 'assess', to: 'end' }, ...target },
  { id: 'conformance', kind: 'conformance', ...title('符合度'), ...target },
];

export const SUPERVISED_VERSION = versionFixture(PROCESS, {
  code: 'BJ-TEST-SUPERVISED',
  indicators: SUPERVISED_INDICATORS,
  parameters: [{ id: 'assessDays', title: { zh: '评估时限', en: 'Assessment' }, kind: 'duration', unit: 'working_days', default: 3, min: 1, max: 10, tighter: 'lower' }],
  forms: {
    note: { type: 'object', properties: { text: { type: 'string' } } },
    assess: { type: 'object', properties: { tier: { enum: ['high', 'low'] }, score: { type: 'integer', minimum: 0, maximum: 100 } }, required: ['tier', 'score'] },
    visit: { type: 'object', properties: { satisfaction: { type: 'integer', minimum: 1, maximum: 5 } }, required: ['satisfaction'] },
  },
});

/** A Beijing wall-clock time as an instant: `at('2026-10-09 10:00')`. */
export const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

export interface SupervisedHistory {
  /** Case ids by their key (A–F). */
  cases: Map<string, string>;
  /** Fires what is due and completes the month-later visits of A and F (the second part of the history). */
  playMonthLater(): Promise<void>;
}

/** Publishes the standard to 东城 and 西城 and plays the history up to 10 October 2026. */
export async function playSupervisedHistory(runtime: Runtime, clock: ManualClock): Promise<SupervisedHistory> {
  const cases = new Map<string, string>();
  const code = SUPERVISED_VERSION.code;
  const start = async (key: string, district: string, organisation: string | null, when: string) => {
    clock.set(at(when));
    const c = await runtime.startCase({ code, district, organisation, caseKey: key, data: { name: key }, actor: 'op' });
    cases.set(key, c.id);
  };
  const complete = async (key: string, elementId: string, when: string, data: Record<string, unknown> = {}) => {
    clock.set(at(when));
    const [task] = await runtime.listTasks({ caseId: cases.get(key)!, status: 'open' });
    if (task?.elementId !== elementId) throw new Error(`case ${key} waits at ${task?.elementId ?? 'nothing'}, not ${elementId}`);
    await runtime.completeTask({ taskId: task.id, data, actor: 'sw' });
  };

  await runtime.registerVersion(SUPERVISED_VERSION);
  await runtime.deploy({ code, version: 1, districts: ['dongcheng', 'xicheng'], actor: 'officer' });
  // 东城 tightens the assessment to 2 working days; 西城 keeps the city's 3.
  await runtime.setVariant({ code, district: 'dongcheng', values: { assessDays: 2 }, actor: 'op' });

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
  clock.set(at('2026-10-08 10:30'));
  await runtime.cancelCase({ caseId: cases.get('E')!, reason: '迁出', actor: 'op' });
  await complete('A', 'assess', '2026-10-09 10:00', { tier: 'high', score: 80 });
  await complete('F', 'urgent', '2026-10-09 11:00');
  await complete('B', 'assess', '2026-10-10 09:00', { tier: 'low', score: 40 });
  await complete('A', 'urgent', '2026-10-10 09:00');

  return {
    cases,
    async playMonthLater() {
      // F's thirty days end Nov 8 11:00, A's and B's Nov 9 09:00; A and F are visited, B's visit waits.
      clock.set(at('2026-11-08 11:00'));
      await runtime.runDue();
      clock.set(at('2026-11-09 09:00'));
      await runtime.runDue();
      await complete('A', 'visit', '2026-11-09 10:00', { satisfaction: 5 });
      await complete('F', 'visit', '2026-11-10 10:00', { satisfaction: 3 });
    },
  };
}
