import type { Runtime } from './create-runtime';
import { LOOP_WITHOUT_WAIT, manualClock, runtimeEachTest, storeTargets, versionFixture, type TestStore } from '../testing';

const DAY = 86_400_000;

// Only conditional flows and no default: a tier the standard did not foresee leaves no way on.
const NO_WAY_ON = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="assess" />
    <bpmn:userTask id="assess" std:role="worker" std:form="assess" />
    <bpmn:sequenceFlow id="f2" sourceRef="assess" targetRef="route" />
    <bpmn:exclusiveGateway id="route" />
    <bpmn:sequenceFlow id="f3" sourceRef="route" targetRef="high"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "high"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="route" targetRef="key"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "key"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:endEvent id="high" /><bpmn:endEvent id="key" />`;

const TIMER_THEN_ROUTE = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition id="wait_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="route" />
    <bpmn:exclusiveGateway id="route" />
    <bpmn:sequenceFlow id="f3" sourceRef="route" targetRef="high"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "high"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="route" targetRef="key"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "key"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:endEvent id="high" /><bpmn:endEvent id="key" />`;

const SERVICES = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="tell" />
    <bpmn:serviceTask id="tell" name="通知社区" std:nameEn="Notify the community" std:service="notify" />
    <bpmn:sequenceFlow id="f2" sourceRef="tell" targetRef="refer" />
    <bpmn:serviceTask id="refer" name="登记转介" std:service="record-referral" />
    <bpmn:sequenceFlow id="f3" sourceRef="refer" targetRef="end" />
    <bpmn:endEvent id="end" />`;

describe.each(storeTargets())('incidents and services on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  runtimeEachTest(target, { clock, maxAttempts: 3 }, (s, r) => {
    [store, runtime] = [s, r];
  });

  async function deploy(body: string) {
    await runtime.registerVersion(versionFixture(body));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
  }
  const start = (caseKey = 'K-1', data: Record<string, unknown> = { name: '王五' }) =>
    runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey, data, actor: 'op' });

  it('a step with no way on stops the case with an incident; retry with corrected data goes on', async () => {
    await deploy(NO_WAY_ON);
    const c = await start();
    const task = await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'general' }, actor: 'sw' });
    expect(task.status).toBe('completed');
    const stopped = await runtime.getCase(c.id);
    expect(stopped).toMatchObject({ status: 'running', incident: true });
    expect(stopped.incidents).toEqual([expect.objectContaining({ elementId: 'route', status: 'open', attempts: 1 })]);
    expect((await runtime.listCases({ status: 'incident' })).items.map((x) => x.id)).toEqual([c.id]);

    const again = await runtime.retryIncident({ incidentId: stopped.incidents[0]!.id, actor: 'op' });
    expect(again.incidents.filter((i) => i.status === 'open')).toEqual([expect.objectContaining({ attempts: 2 })]);

    const open = again.incidents.find((i) => i.status === 'open')!;
    await expect(runtime.retryIncident({ incidentId: open.id, actor: 'op' }, { district: 'xicheng' })).rejects.toMatchObject({ code: 'INCIDENT_NOT_FOUND' });
    const fixed = await runtime.retryIncident({ incidentId: open.id, actor: 'op', variables: { tier: 'key' } });
    expect(fixed).toMatchObject({ status: 'completed', incident: false });
    expect(fixed.position.completed).toContain('key');
    expect(fixed.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['incident_raised', 'incident_resolved']));
    await expect(runtime.retryIncident({ incidentId: open.id, actor: 'op' })).rejects.toMatchObject({ code: 'INCIDENT_NOT_FOUND' });
  });

  it('a loop without a wait is stopped as a runaway incident instead of spinning', async () => {
    await deploy(LOOP_WITHOUT_WAIT);
    const c = await start('K-1', { name: '赵六', retry: true } as Record<string, unknown>);
    expect(c.incident).toBe(true);
    expect(c.incidents[0]).toMatchObject({ cause: 'RUNAWAY', status: 'open' });
    const fixed = await runtime.retryIncident({ incidentId: c.incidents[0]!.id, actor: 'op', variables: { retry: false } });
    expect(fixed.status).toBe('completed');
  });

  it('a failing timer is retried with backoff and becomes an incident after the last try', async () => {
    await deploy(TIMER_THEN_ROUTE);
    const c = await start('K-1', { name: '孙七', tier: 'none' });
    clock.advance(DAY);
    expect(await runtime.runDue()).toMatchObject({ claimed: 1, fired: 0, retried: 1 });
    expect(await runtime.runDue()).toMatchObject({ claimed: 0 });
    clock.advance(10_000);
    expect(await runtime.runDue()).toMatchObject({ claimed: 1, retried: 1 });
    clock.advance(20_000);
    expect(await runtime.runDue()).toMatchObject({ claimed: 1, incidents: 1 });
    const stopped = await runtime.getCase(c.id);
    expect(stopped.incident).toBe(true);
    expect(stopped.incidents[0]).toMatchObject({ elementId: 'route', attempts: 3 });
    expect(await runtime.runDue(new Date(clock.now().getTime() + 30 * DAY))).toMatchObject({ claimed: 0 });
    const fixed = await runtime.retryIncident({ incidentId: stopped.incidents[0]!.id, actor: 'op', variables: { tier: 'high' } });
    expect(fixed.status).toBe('completed');
    expect(fixed.timeline.filter((e) => e.kind === 'timer_fired')).toHaveLength(1);
  });

  it('built-in services write their notification and referral in the case transaction', async () => {
    await deploy(SERVICES);
    const c = await start('K-1', { name: '周八', referralTarget: '区就业服务中心' });
    expect(c.status).toBe('completed');
    const notes = await store.query<{ title: unknown; district: string }>('SELECT title, district FROM notifications WHERE case_id = $1', [c.id]);
    expect(notes.rows).toEqual([{ title: { zh: '通知社区', en: 'Notify the community' }, district: 'dongcheng' }]);
    const refs = await store.query<{ target: string }>('SELECT target FROM referrals WHERE case_id = $1', [c.id]);
    expect(refs.rows).toEqual([{ target: '区就业服务中心' }]);
    expect(c.timeline.filter((e) => e.kind === 'service_called').map((e) => e.elementId)).toEqual(['tell', 'refer']);
  });
});
