import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { manualClock, silentLogger, storeTargets, versionFixture, type TestStore } from '../testing';

// A safety assessment decides on emergency protection; the monthly contact may send the case back to
// another assessment. Protection "within 24 hours of the assessment" concerns the assessments that
// found danger, and one found safe is no pass of it, though a later assessment could lead there.
const SAFETY_LOOP = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="assess" />
    <bpmn:userTask id="assess" name="安全评估" std:role="worker" std:form="assess" />
    <bpmn:sequenceFlow id="f2" sourceRef="assess" targetRef="danger" />
    <bpmn:exclusiveGateway id="danger" default="f4" />
    <bpmn:sequenceFlow id="f3" sourceRef="danger" targetRef="protect"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "high"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="danger" targetRef="plan" />
    <bpmn:userTask id="protect" name="紧急保护" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f5" sourceRef="protect" targetRef="plan" />
    <bpmn:userTask id="plan" name="计划" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f6" sourceRef="plan" targetRef="again" />
    <bpmn:exclusiveGateway id="again" default="f8" />
    <bpmn:sequenceFlow id="f7" sourceRef="again" targetRef="assess"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "key"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f8" sourceRef="again" targetRef="end" />
    <bpmn:endEvent id="end" />`;

describe.each(storeTargets())('indicator occurrences kept by the commands on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2026-03-02T01:00:00.000Z');
  beforeEach(async () => {
    store = await target.open();
    runtime = createRuntime({ store, clock, logger: silentLogger });
    await runtime.registerVersion(
      versionFixture(SAFETY_LOOP, {
        indicators: [
          { id: 'protectedIn24h', kind: 'duration', title: { zh: '24小时内保护', en: 'Protected in 24 h' }, from: { element: 'assess', edge: 'end' }, to: { element: 'protect', edge: 'end' }, unit: 'hours', limit: 24, target: 100, comparator: '>=' },
        ],
      }),
    );
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
  });
  afterEach(() => store.dispose());

  const occurrences = async () =>
    (await store.query<{ seq: number; outcome: string }>(`SELECT seq, outcome FROM indicator_occurrences WHERE indicator = 'protectedIn24h' ORDER BY seq`)).rows;
  const completeOpen = async (caseId: string, data: Record<string, unknown>) => {
    const [task] = await runtime.listTasks({ caseId, status: 'open' });
    await runtime.completeTask({ taskId: task!.id, data, actor: 'sw' });
  };

  it('an assessment that found no danger is not a pass, though a loop could lead back to protection', async () => {
    const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'K', data: { name: '小明' }, actor: 'op' });
    await completeOpen(c.id, { tier: 'general' }); // safe: to the plan
    expect(await occurrences()).toEqual([{ seq: 1, outcome: 'void' }]);
    await completeOpen(c.id, { tier: 'key' }); // the plan sends it back to another assessment
    clock.advance(3600_000);
    await completeOpen(c.id, { tier: 'high' }); // this one finds danger
    clock.advance(3600_000);
    await completeOpen(c.id, {}); // protected two hours later
    expect(await occurrences()).toEqual([
      { seq: 1, outcome: 'void' },
      { seq: 2, outcome: 'met' },
    ]);
  });
});

// Visits after an intake, as often as the worker decides (tier "key": another visit), then a closing.
const VISITS = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="intake" />
    <bpmn:userTask id="intake" name="接案" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f2" sourceRef="intake" targetRef="merge" />
    <bpmn:exclusiveGateway id="merge" />
    <bpmn:sequenceFlow id="f3" sourceRef="merge" targetRef="visit" />
    <bpmn:userTask id="visit" name="回访" std:role="worker" std:form="assess" />
    <bpmn:sequenceFlow id="f4" sourceRef="visit" targetRef="again" />
    <bpmn:exclusiveGateway id="again" default="f6" />
    <bpmn:sequenceFlow id="f5" sourceRef="again" targetRef="merge"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "key"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f6" sourceRef="again" targetRef="close" />
    <bpmn:userTask id="close" name="结案" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f7" sourceRef="close" targetRef="end" />
    <bpmn:endEvent id="end" />`;

describe.each(storeTargets())('a recurrence counted interval by interval on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  const DAY = 86_400_000;
  const clock = manualClock('2026-03-02T01:00:00.000Z');
  beforeEach(async () => {
    clock.reset();
    store = await target.open();
    runtime = createRuntime({ store, clock, logger: silentLogger });
    await runtime.registerVersion(
      versionFixture(VISITS, {
        indicators: [
          { id: 'visitedEvery35', kind: 'recurrence', title: { zh: '定期回访', en: 'Visited regularly' }, activity: 'visit', everyDays: 35, span: { from: 'intake', to: 'close' }, target: 95, comparator: '>=' },
        ],
      }),
    );
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
  });
  afterEach(() => store.dispose());

  const intervals = async (caseId: string) =>
    (await store.query<{ seq: number; outcome: string }>(
      `SELECT seq, outcome FROM indicator_occurrences WHERE case_id = $1 AND indicator = 'visitedEvery35' ORDER BY seq`,
      [caseId],
    )).rows.map(({ seq, outcome }) => `${seq} ${outcome}`);
  const after = async (caseId: string, days: number, data: Record<string, unknown>) => {
    clock.advance(days * DAY);
    const [task] = await runtime.listTasks({ caseId, status: 'open' });
    await runtime.completeTask({ taskId: task!.id, data, actor: 'sw' });
  };

  it('each gap between visits is judged on its own; the last one counts at the closing only if it ran out', async () => {
    const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'R1', data: { name: '王奶奶' }, actor: 'op' });
    await after(c.id, 0, {}); // intake: the first interval opens
    expect(await intervals(c.id)).toEqual(['1 open']);
    await after(c.id, 30, { tier: 'key' }); // visited 30 days on: met, the next opens
    await after(c.id, 40, { tier: 'key' }); // 40 days: that gap was too long
    await after(c.id, 10, { tier: 'general' }); // 10 days: met; to the closing
    expect(await intervals(c.id)).toEqual(['1 met', '2 breached', '3 met', '4 open']);
    await after(c.id, 5, {}); // closed 5 days after the last visit: no visit was due
    expect(await intervals(c.id)).toEqual(['1 met', '2 breached', '3 met', '4 void']);
  });

  it('a closing after the next visit was due is a breach of that interval', async () => {
    const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'R2', data: { name: '李爷爷' }, actor: 'op' });
    await after(c.id, 0, {});
    await after(c.id, 50, { tier: 'general' }); // the first visit 50 days after the intake
    await after(c.id, 40, {}); // closed 40 days later, with no visit since
    expect(await intervals(c.id)).toEqual(['1 breached', '2 breached']);
  });
});
