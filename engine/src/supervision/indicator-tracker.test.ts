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
