import { createRuntime, type Runtime } from './create-runtime';
import { manualClock, silentLogger, storeTargets, versionFixture, type TestStore } from '../testing';

const DAY = 86_400_000;

const FOLLOW_UP = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="plan" />
    <bpmn:userTask id="plan" name="制定计划" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f2" sourceRef="plan" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait" name="三个月后回访">
      <bpmn:timerEventDefinition id="wait_timer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P90D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="wait" targetRef="followup" />
    <bpmn:userTask id="followup" name="跟踪回访" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f4" sourceRef="followup" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const MESSAGES = `<bpmn:message id="Msg_review" name="review-done" /><bpmn:message id="Msg_withdrawn" name="withdrawn" />`;

const MESSAGE_CATCH = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="await" />
    <bpmn:intermediateCatchEvent id="await" name="等待审核结果">
      <bpmn:messageEventDefinition id="await_def" messageRef="Msg_review" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="await" targetRef="decide" />
    <bpmn:exclusiveGateway id="decide" default="f4" />
    <bpmn:sequenceFlow id="f3" sourceRef="decide" targetRef="approved">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">approved = true</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="decide" targetRef="refused" />
    <bpmn:endEvent id="approved" /><bpmn:endEvent id="refused" />`;

const RECEIVE = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visit" />
    <bpmn:userTask id="visit" name="入户探访" std:role="worker" std:form="note" />
    <bpmn:boundaryEvent id="withdrawnMeanwhile" attachedToRef="visit">
      <bpmn:messageEventDefinition id="wm_def" messageRef="Msg_withdrawn" />
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="visit" targetRef="awaitReview" />
    <bpmn:receiveTask id="awaitReview" name="等待审核" messageRef="Msg_review" />
    <bpmn:sequenceFlow id="f3" sourceRef="awaitReview" targetRef="end" />
    <bpmn:sequenceFlow id="f4" sourceRef="withdrawnMeanwhile" targetRef="endWithdrawn" />
    <bpmn:endEvent id="end" /><bpmn:endEvent id="endWithdrawn" />`;

const EVENT_GATEWAY = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="either" />
    <bpmn:eventBasedGateway id="either" />
    <bpmn:sequenceFlow id="f2" sourceRef="either" targetRef="withdrawn" />
    <bpmn:sequenceFlow id="f3" sourceRef="either" targetRef="twoWeeks" />
    <bpmn:intermediateCatchEvent id="withdrawn"><bpmn:messageEventDefinition id="withdrawn_def" messageRef="Msg_withdrawn" /></bpmn:intermediateCatchEvent>
    <bpmn:intermediateCatchEvent id="twoWeeks">
      <bpmn:timerEventDefinition id="twoWeeks_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P14D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f4" sourceRef="withdrawn" targetRef="endWithdrawn" />
    <bpmn:sequenceFlow id="f5" sourceRef="twoWeeks" targetRef="remind" />
    <bpmn:userTask id="remind" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f6" sourceRef="remind" targetRef="end" />
    <bpmn:endEvent id="endWithdrawn" /><bpmn:endEvent id="end" />`;

const PARALLEL = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="income" />
    <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="health" />
    <bpmn:userTask id="income" name="收入核查" std:role="worker" std:form="note" />
    <bpmn:userTask id="health" name="身心状况" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f4" sourceRef="income" targetRef="join" />
    <bpmn:sequenceFlow id="f5" sourceRef="health" targetRef="join" />
    <bpmn:parallelGateway id="join" />
    <bpmn:sequenceFlow id="f6" sourceRef="join" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const BOUNDARY = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visit" />
    <bpmn:userTask id="visit" name="入户探访" std:role="worker" std:form="note" std:sla="PT48H" />
    <bpmn:boundaryEvent id="late" name="超时督办" attachedToRef="visit" cancelActivity="false">
      <bpmn:timerEventDefinition id="late_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT48H</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:boundaryEvent id="lapsed" name="超期结案" attachedToRef="visit">
      <bpmn:timerEventDefinition id="lapsed_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="visit" targetRef="end" />
    <bpmn:sequenceFlow id="f3" sourceRef="late" targetRef="escalate" />
    <bpmn:userTask id="escalate" name="督办" std:nameEn="Escalation" std:role="supervisor" std:form="note" />
    <bpmn:sequenceFlow id="f4" sourceRef="escalate" targetRef="escalated" />
    <bpmn:sequenceFlow id="f5" sourceRef="lapsed" targetRef="closedLapsed" />
    <bpmn:endEvent id="end" /><bpmn:endEvent id="escalated" /><bpmn:endEvent id="closedLapsed" />`;

const PARENT = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="refer" />
    <bpmn:callActivity id="refer" name="转介老年人服务" calledElement="BJ-TEST-CHILD" />
    <bpmn:sequenceFlow id="f2" sourceRef="refer" targetRef="review" />
    <bpmn:userTask id="review" name="转介后复核" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const CHILD = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="serve" />
    <bpmn:userTask id="serve" name="提供服务" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f2" sourceRef="serve" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const SUB_PROCESS = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="care" />
    <bpmn:subProcess id="care" name="站内照料">
      <bpmn:startEvent id="careStart" />
      <bpmn:sequenceFlow id="g1" sourceRef="careStart" targetRef="split" />
      <bpmn:parallelGateway id="split" />
      <bpmn:sequenceFlow id="g2" sourceRef="split" targetRef="tracing" />
      <bpmn:sequenceFlow id="g3" sourceRef="split" targetRef="casework" />
      <bpmn:userTask id="tracing" name="寻亲" std:role="worker" std:form="note" />
      <bpmn:userTask id="casework" name="个案服务" std:role="worker" std:form="note" />
      <bpmn:sequenceFlow id="g4" sourceRef="tracing" targetRef="joined" />
      <bpmn:sequenceFlow id="g5" sourceRef="casework" targetRef="joined" />
      <bpmn:parallelGateway id="joined" />
      <bpmn:sequenceFlow id="g6" sourceRef="joined" targetRef="careEnd" />
      <bpmn:endEvent id="careEnd" />
    </bpmn:subProcess>
    <bpmn:boundaryEvent id="stayLimit" name="在站满10天" attachedToRef="care" cancelActivity="false">
      <bpmn:timerEventDefinition id="stayLimit_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P10D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="stayLimit" targetRef="review" />
    <bpmn:userTask id="review" name="超期审查" std:role="supervisor" std:form="note" />
    <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="reviewed" />
    <bpmn:endEvent id="reviewed" />
    <bpmn:sequenceFlow id="f4" sourceRef="care" targetRef="handoff" />
    <bpmn:userTask id="handoff" name="交接" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f5" sourceRef="handoff" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const REMINDERS = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visit" />
    <bpmn:userTask id="visit" name="入户探访" std:role="worker" std:form="note" />
    <bpmn:boundaryEvent id="remind" name="每小时提醒" attachedToRef="visit" cancelActivity="false">
      <bpmn:timerEventDefinition id="remind_def"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="remind" targetRef="notify" />
    <bpmn:serviceTask id="notify" name="提醒社工" std:service="notify" />
    <bpmn:sequenceFlow id="f3" sourceRef="notify" targetRef="reminded" />
    <bpmn:endEvent id="reminded" />
    <bpmn:sequenceFlow id="f4" sourceRef="visit" targetRef="end" />
    <bpmn:endEvent id="end" />`;

// The same race with the timer drawn first: resuming the case, the engine meets the timer before
// the message it races against.
const TIMER_FIRST = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="either" />
    <bpmn:eventBasedGateway id="either" />
    <bpmn:sequenceFlow id="f3" sourceRef="either" targetRef="twoWeeks" />
    <bpmn:sequenceFlow id="f2" sourceRef="either" targetRef="withdrawn" />
    <bpmn:intermediateCatchEvent id="twoWeeks">
      <bpmn:timerEventDefinition id="twoWeeks_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P14D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:intermediateCatchEvent id="withdrawn"><bpmn:messageEventDefinition id="withdrawn_def" messageRef="Msg_withdrawn" /></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f4" sourceRef="withdrawn" targetRef="endWithdrawn" />
    <bpmn:sequenceFlow id="f5" sourceRef="twoWeeks" targetRef="remind" />
    <bpmn:userTask id="remind" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f6" sourceRef="remind" targetRef="end" />
    <bpmn:endEvent id="endWithdrawn" /><bpmn:endEvent id="end" />`;

// One branch decides between two visits; the join waits for whichever was chosen.
const CHOICE_IN_BRANCH = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="income" />
    <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="how" />
    <bpmn:userTask id="income" name="收入核查" std:role="worker" std:form="note" />
    <bpmn:exclusiveGateway id="how" default="f5" />
    <bpmn:sequenceFlow id="f4" sourceRef="how" targetRef="homeVisit"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "high"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f5" sourceRef="how" targetRef="phoneCall" />
    <bpmn:userTask id="homeVisit" name="入户探访" std:role="worker" std:form="note" />
    <bpmn:userTask id="phoneCall" name="电话回访" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f6" sourceRef="homeVisit" targetRef="visited" />
    <bpmn:sequenceFlow id="f7" sourceRef="phoneCall" targetRef="visited" />
    <bpmn:exclusiveGateway id="visited" />
    <bpmn:sequenceFlow id="f8" sourceRef="visited" targetRef="join" />
    <bpmn:sequenceFlow id="f9" sourceRef="income" targetRef="join" />
    <bpmn:parallelGateway id="join" />
    <bpmn:sequenceFlow id="f10" sourceRef="join" targetRef="end" />
    <bpmn:endEvent id="end" />`;

// A visit interrupted after three days, with a reminder inside it that is then no longer due.
const INTERRUPTED = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visiting" />
    <bpmn:subProcess id="visiting" name="探访">
      <bpmn:startEvent id="visitStart" />
      <bpmn:sequenceFlow id="g1" sourceRef="visitStart" targetRef="split" />
      <bpmn:parallelGateway id="split" />
      <bpmn:sequenceFlow id="g2" sourceRef="split" targetRef="visit" />
      <bpmn:sequenceFlow id="g3" sourceRef="split" targetRef="weekLater" />
      <bpmn:userTask id="visit" name="入户探访" std:role="worker" std:form="note" />
      <bpmn:intermediateCatchEvent id="weekLater">
        <bpmn:timerEventDefinition id="weekLater_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P7D</bpmn:timeDuration></bpmn:timerEventDefinition>
      </bpmn:intermediateCatchEvent>
      <bpmn:sequenceFlow id="g4" sourceRef="visit" targetRef="joined" />
      <bpmn:sequenceFlow id="g5" sourceRef="weekLater" targetRef="joined" />
      <bpmn:parallelGateway id="joined" />
      <bpmn:sequenceFlow id="g6" sourceRef="joined" targetRef="visitEnd" />
      <bpmn:endEvent id="visitEnd" />
    </bpmn:subProcess>
    <bpmn:boundaryEvent id="tooLong" attachedToRef="visiting">
      <bpmn:timerEventDefinition id="tooLong_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P3D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="visiting" targetRef="end" />
    <bpmn:sequenceFlow id="f3" sourceRef="tooLong" targetRef="escalate" />
    <bpmn:userTask id="escalate" name="督办" std:role="supervisor" std:form="note" />
    <bpmn:sequenceFlow id="f4" sourceRef="escalate" targetRef="escalated" />
    <bpmn:endEvent id="end" /><bpmn:endEvent id="escalated" />`;

describe.each(storeTargets())('wait states on $kind', (target) => {
  let store: TestStore;
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  const fresh = (): Runtime => createRuntime({ store, clock, logger: silentLogger });

  beforeEach(async () => {
    store = await target.open();
    clock.set('2024-03-04T01:00:00.000Z');
  });
  afterEach(() => store.dispose());

  async function deployed(body: string, code = 'BJ-TEST-CASE', definitions = ''): Promise<Runtime> {
    const runtime = fresh();
    await runtime.registerVersion(versionFixture(body, { code, definitions }));
    await runtime.deploy({ code, version: 1, districts: ['dongcheng'], actor: 'admin' });
    return runtime;
  }

  const start = (runtime: Runtime, caseKey = 'K-1', code = 'BJ-TEST-CASE', data: Record<string, unknown> = { name: '李四' }) =>
    runtime.startCase({ code, district: 'dongcheng', caseKey, data, actor: 'op' });

  async function stateBytes(caseId: string): Promise<number> {
    const { rows } = await store.query<{ n: number }>('SELECT octet_length(state) AS n FROM cases WHERE id = $1', [caseId]);
    return rows[0]?.n ?? 0;
  }

  it('timer: a P90D wait is a job; it fires once the clock passes it, in a fresh runtime', async () => {
    const first = await deployed(FOLLOW_UP);
    const c = await start(first);
    await first.completeTask({ taskId: c.openTasks[0]!.id, data: {}, actor: 'sw' });
    const waiting = await first.getCase(c.id);
    expect(waiting.position.active).toEqual(['wait']);
    expect(waiting.timers).toEqual([{ elementId: 'wait', dueAt: '2024-06-02T01:00:00.000Z' }]);
    expect(await stateBytes(c.id)).toBeLessThanOrEqual(4096);

    const second = fresh();
    clock.advance(89 * DAY);
    expect(await second.runDue()).toMatchObject({ claimed: 0, fired: 0 });
    clock.advance(DAY);
    // Two workers at once: the due time fires once.
    const [x, y] = await Promise.all([second.runDue(), fresh().runDue()]);
    expect(x.fired + y.fired).toBe(1);
    expect(await second.runDue()).toMatchObject({ claimed: 0, fired: 0 });
    const after = await second.getCase(c.id);
    expect(after.openTasks.map((t) => t.elementId)).toEqual(['followup']);
    expect(after.timers).toEqual([]);
    expect(after.timeline.filter((e) => e.kind === 'timer_fired')).toHaveLength(1);
  });

  it('message catch: waits, then a fresh runtime delivers the message by case key; the payload becomes variables', async () => {
    const first = await deployed(MESSAGE_CATCH, 'BJ-TEST-CASE', MESSAGES);
    const c = await start(first);
    expect(c.position.active).toEqual(['await']);
    const second = fresh();
    await expect(second.correlateMessage({ caseKey: 'K-1', messageName: 'withdrawn' })).rejects.toMatchObject({ code: 'MESSAGE_NOT_CORRELATED' });
    await expect(second.correlateMessage({ caseKey: 'K-1', messageName: 'review-done' }, { district: 'xicheng' })).rejects.toMatchObject({
      code: 'MESSAGE_NOT_CORRELATED',
    });
    expect(await second.correlateMessage({ caseKey: 'K-1', messageName: 'review-done', payload: { approved: true } })).toEqual({ caseId: c.id });
    const done = await second.getCase(c.id);
    expect(done.status).toBe('completed');
    expect(done.variables).toMatchObject({ approved: true });
    expect(done.position.completed).toContain('approved');
    expect(done.timeline.some((e) => e.kind === 'message_correlated')).toBe(true);
  });

  it('receive task and boundary message: a message ends the task early, another one is awaited after it', async () => {
    const first = await deployed(RECEIVE, 'BJ-TEST-CASE', MESSAGES);
    const a = await start(first, 'A');
    const b = await start(first, 'B');
    await fresh().correlateMessage({ caseKey: 'A', messageName: 'withdrawn' });
    const aDone = await fresh().getCase(a.id);
    expect(aDone.status).toBe('completed');
    expect(aDone.position.completed).toContain('endWithdrawn');
    expect((await fresh().getTask(a.openTasks[0]!.id)).status).toBe('cancelled');

    await fresh().completeTask({ taskId: b.openTasks[0]!.id, data: {}, actor: 'sw' });
    expect((await fresh().getCase(b.id)).position.active).toEqual(['awaitReview']);
    await expect(fresh().correlateMessage({ caseKey: 'B', messageName: 'withdrawn' })).rejects.toMatchObject({ code: 'MESSAGE_NOT_CORRELATED' });
    await fresh().correlateMessage({ caseKey: 'B', messageName: 'review-done' });
    expect((await fresh().getCase(b.id)).status).toBe('completed');
  });

  it('event-based gateway: the message wins and the timer is dropped, or the timer wins after a restart', async () => {
    const first = await deployed(EVENT_GATEWAY, 'BJ-TEST-CASE', MESSAGES);
    const a = await start(first, 'A');
    const b = await start(first, 'B');
    expect(a.position.active.sort()).toEqual(['either', 'twoWeeks', 'withdrawn'].sort());
    expect(a.timers).toHaveLength(1);

    const second = fresh();
    await second.correlateMessage({ caseKey: 'A', messageName: 'withdrawn' });
    const aDone = await second.getCase(a.id);
    expect(aDone.status).toBe('completed');
    expect(aDone.position.completed).toContain('endWithdrawn');
    expect(aDone.timers).toEqual([]);

    clock.advance(14 * DAY);
    expect(await fresh().runDue()).toMatchObject({ fired: 1 });
    const bNow = await fresh().getCase(b.id);
    expect(bNow.openTasks.map((t) => t.elementId)).toEqual(['remind']);
    await expect(fresh().correlateMessage({ caseKey: 'B', messageName: 'withdrawn' })).rejects.toMatchObject({ code: 'MESSAGE_NOT_CORRELATED' });
  });

  it('parallel join: a choice inside one branch does not let the join go on before the chosen task is done', async () => {
    const first = await deployed(CHOICE_IN_BRANCH);
    const c = await start(first, 'K-1', 'BJ-TEST-CASE', { name: '李四', tier: 'high' });
    expect(c.openTasks.map((t) => t.elementId).sort()).toEqual(['homeVisit', 'income']);
    await fresh().completeTask({ taskId: c.openTasks.find((t) => t.elementId === 'income')!.id, data: {}, actor: 'sw' });
    const half = await fresh().getCase(c.id);
    expect(half.status).toBe('running');
    expect(half.position.completed).not.toContain('join');
    expect(half.openTasks.map((t) => t.elementId)).toEqual(['homeVisit']);
    await fresh().completeTask({ taskId: c.openTasks.find((t) => t.elementId === 'homeVisit')!.id, data: {}, actor: 'sw' });
    const done = await fresh().getCase(c.id);
    expect(done.status).toBe('completed');
    expect(done.timeline.filter((e) => e.kind === 'element_entered' && e.elementId === 'join')).toHaveLength(1);
  });

  it('event-based gateway: when the timer wins in a later command, the message it raced against no longer waits', async () => {
    const first = await deployed(TIMER_FIRST, 'BJ-TEST-CASE', MESSAGES);
    const c = await start(first);
    clock.advance(14 * DAY);
    expect(await fresh().runDue()).toMatchObject({ fired: 1 });
    const after = await fresh().getCase(c.id);
    expect(after.position.active).toEqual(['remind']);
    expect(after.timeline.filter((e) => e.kind === 'element_left' && e.elementId === 'withdrawn')).toHaveLength(1);
  });

  it('boundary timer on a sub-process: interrupting it cancels the task and the timer inside it', async () => {
    const first = await deployed(INTERRUPTED);
    const c = await start(first);
    expect(c.timers.map((t) => t.elementId).sort()).toEqual(['tooLong', 'weekLater']);
    clock.advance(3 * DAY);
    expect(await fresh().runDue()).toMatchObject({ fired: 1, incidents: 0 });
    const after = await fresh().getCase(c.id);
    expect(after.position.active).toEqual(['escalate']);
    expect(after.openTasks.map((t) => t.elementId)).toEqual(['escalate']);
    expect(after.timers).toEqual([]);
    expect((await fresh().getTask(c.openTasks[0]!.id)).status).toBe('cancelled');
    clock.advance(7 * DAY);
    expect(await fresh().runDue()).toMatchObject({ claimed: 0 });
    await fresh().completeTask({ taskId: after.openTasks[0]!.id, data: {}, actor: 'sup' });
    expect((await fresh().getCase(c.id)).status).toBe('completed');
  });

  it('parallel join: one branch done, a fresh runtime completes the other and the join lets the case end', async () => {
    const first = await deployed(PARALLEL);
    const c = await start(first);
    expect(c.openTasks.map((t) => t.elementId).sort()).toEqual(['health', 'income']);
    await first.completeTask({ taskId: c.openTasks.find((t) => t.elementId === 'income')!.id, data: {}, actor: 'sw' });
    const half = await first.getCase(c.id);
    expect(half.status).toBe('running');
    expect(half.openTasks.map((t) => t.elementId)).toEqual(['health']);

    const second = fresh();
    await second.completeTask({ taskId: c.openTasks.find((t) => t.elementId === 'health')!.id, data: {}, actor: 'sw' });
    const done = await second.getCase(c.id);
    expect(done.status).toBe('completed');
    expect(done.timeline.filter((e) => e.kind === 'element_entered' && e.elementId === 'end')).toHaveLength(1);
  });

  it('boundary timers: an overdue visit escalates to a supervisor task; the interrupting one closes the case later', async () => {
    const first = await deployed(BOUNDARY);
    const c = await start(first);
    expect(c.timers.map((t) => t.elementId).sort()).toEqual(['lapsed', 'late']);
    expect(c.openTasks[0]!.dueAt).toBe('2024-03-06T01:00:00.000Z');

    clock.advance(2 * DAY);
    expect(await fresh().runDue()).toMatchObject({ fired: 1 });
    const escalated = await fresh().getCase(c.id);
    expect(escalated.openTasks.map((t) => [t.elementId, t.assignTo])).toEqual(
      expect.arrayContaining([
        ['visit', 'caseworker'],
        ['escalate', 'supervisor'],
      ]),
    );
    expect(escalated.timers.map((t) => t.elementId)).toEqual(['lapsed']);

    clock.advance(28 * DAY);
    expect(await fresh().runDue()).toMatchObject({ fired: 1 });
    const lapsed = await fresh().getCase(c.id);
    expect(lapsed.openTasks.map((t) => t.elementId)).toEqual(['escalate']);
    expect(lapsed.position.completed).toContain('closedLapsed');
    const visit = await fresh().getTask(c.openTasks[0]!.id);
    expect(visit.status).toBe('cancelled');
    await expect(fresh().completeTask({ taskId: visit.id, data: {}, actor: 'sw' })).rejects.toMatchObject({ code: 'TASK_NOT_OPEN' });
  });

  it('boundary timer: completing the task in time drops its timers', async () => {
    const first = await deployed(BOUNDARY);
    const c = await start(first);
    clock.advance(DAY);
    await fresh().completeTask({ taskId: c.openTasks[0]!.id, data: {}, actor: 'sw' });
    const done = await fresh().getCase(c.id);
    expect(done.status).toBe('completed');
    expect(done.timeline.filter((e) => e.kind === 'timer_cancelled')).toHaveLength(2);
    clock.advance(60 * DAY);
    expect(await fresh().runDue()).toMatchObject({ claimed: 0 });
  });

  it('sub-process: parallel tasks inside one with a boundary timer are completed one by one, in fresh runtimes', async () => {
    const first = await deployed(SUB_PROCESS);
    const c = await start(first);
    expect(c.openTasks.map((t) => t.elementId).sort()).toEqual(['casework', 'tracing']);
    expect(c.timers.map((t) => t.elementId)).toEqual(['stayLimit']);
    await fresh().completeTask({ taskId: c.openTasks.find((t) => t.elementId === 'tracing')!.id, data: {}, actor: 'sw' });
    const half = await fresh().getCase(c.id);
    expect(half.incidents).toEqual([]);
    expect(half.openTasks.map((t) => t.elementId)).toEqual(['casework']);

    // The stay limit passes while casework goes on: the review starts beside it.
    clock.advance(10 * DAY);
    expect(await fresh().runDue()).toMatchObject({ fired: 1, incidents: 0 });
    const reviewing = await fresh().getCase(c.id);
    expect(reviewing.openTasks.map((t) => t.elementId).sort()).toEqual(['casework', 'review']);

    await fresh().completeTask({ taskId: c.openTasks.find((t) => t.elementId === 'casework')!.id, data: {}, actor: 'sw' });
    const after = await fresh().getCase(c.id);
    expect(after.incidents).toEqual([]);
    expect(after.openTasks.map((t) => t.elementId).sort()).toEqual(['handoff', 'review']);
    for (const task of after.openTasks) await fresh().completeTask({ taskId: task.id, data: {}, actor: 'sw' });
    expect((await fresh().getCase(c.id)).status).toBe('completed');
  });

  it('sub-process: a case stranded by a completion that found no waiting task goes on when its incident is retried', async () => {
    const runtime = await deployed(SUB_PROCESS);
    const c = await start(runtime);
    const tracing = c.openTasks.find((t) => t.elementId === 'tracing')!;
    const { rows } = await store.query<{ execution_id: string }>('SELECT execution_id FROM tasks WHERE id = $1', [tracing.id]);
    const executionId = rows[0]!.execution_id;
    // What a completion wrote when the runtime looked for the task among the top-level waits only:
    // the task taken with its answer, the case stopped with an incident to signal it again.
    await store.query(`UPDATE tasks SET status = 'completed', data = '{"text":"已联系家属"}', completed_at = now(), completed_by = 'sw' WHERE id = $1`, [tracing.id]);
    await store.query(`UPDATE cases SET incident = true, variables = variables || '{"text":"已联系家属"}' WHERE id = $1`, [c.id]);
    await store.query(
      `INSERT INTO incidents (id, case_id, element_id, cause, message, command, status, attempts, created_at)
       VALUES (gen_random_uuid(), $1, NULL, 'RUN_ERROR', $2, $3, 'open', 1, now())`,
      [c.id, `nothing waits at execution ${executionId}`, JSON.stringify({ kind: 'signal', executionId })],
    );
    const [incident] = (await fresh().getCase(c.id)).incidents;

    const repaired = await fresh().retryIncident({ incidentId: incident!.id, actor: 'admin' });
    expect(repaired).toMatchObject({ status: 'running', incident: false });
    expect(repaired.openTasks.map((t) => t.elementId)).toEqual(['casework']);
    expect(repaired.position.completed).toContain('tracing');
    expect(repaired.variables).toMatchObject({ text: '已联系家属' });
  });

  it('timer cycle: a non-interrupting R3/PT1H reminder fires once an hour, three times, then no more', async () => {
    const first = await deployed(REMINDERS);
    const c = await start(first);
    expect(c.timers).toEqual([{ elementId: 'remind', dueAt: '2024-03-04T02:00:00.000Z' }]);
    for (const hour of [2, 3, 4]) {
      clock.set(`2024-03-04T0${hour}:00:00.000Z`);
      // Two passes of the worker at the same time fire the round once.
      expect(await fresh().runDue()).toMatchObject({ fired: 1, incidents: 0 });
      expect(await fresh().runDue()).toMatchObject({ claimed: 0 });
      const now = await fresh().getCase(c.id);
      expect(now.timeline.filter((e) => e.kind === 'service_called')).toHaveLength(hour - 1);
      expect(now.timers).toEqual(hour < 4 ? [{ elementId: 'remind', dueAt: `2024-03-04T0${hour + 1}:00:00.000Z` }] : []);
    }
    clock.set('2024-03-05T00:00:00.000Z');
    expect(await fresh().runDue()).toMatchObject({ claimed: 0 });
    await fresh().completeTask({ taskId: c.openTasks[0]!.id, data: {}, actor: 'sw' });
    expect((await fresh().getCase(c.id)).status).toBe('completed');
  });

  it('call to another standard: the child case runs in the same district, its end resumes the parent', async () => {
    const first = fresh();
    await first.registerVersion(versionFixture(CHILD, { code: 'BJ-TEST-CHILD' }));
    await expect(
      (async () => {
        await first.registerVersion(versionFixture(PARENT, { code: 'BJ-TEST-PARENT' }));
        await first.deploy({ code: 'BJ-TEST-PARENT', version: 1, districts: ['dongcheng'], actor: 'admin' });
      })(),
    ).resolves.toBeUndefined();
    // The parent is deployed before the child: the referral waits as an incident until the child is.
    const parent = await start(first, 'P-1', 'BJ-TEST-PARENT');
    expect(parent.incident).toBe(true);
    expect(parent.incidents[0]).toMatchObject({ cause: 'NOT_DEPLOYED', elementId: 'refer', status: 'open' });
    await first.deploy({ code: 'BJ-TEST-CHILD', version: 1, districts: ['dongcheng'], actor: 'admin' });
    const retried = await fresh().retryIncident({ incidentId: parent.incidents[0]!.id, actor: 'op' });
    expect(retried.incident).toBe(false);
    const [referral] = retried.referrals;
    expect(referral).toMatchObject({ direction: 'to', standard: { code: 'BJ-TEST-CHILD', version: 1 }, status: 'running', elementId: 'refer' });

    // Its number reads as the referring case's and the referred standard's.
    const child = await fresh().getCase(referral!.caseId);
    expect(child).toMatchObject({ district: 'dongcheng', parentCaseId: parent.id, caseKey: 'P-1/BJ-TEST-CHILD' });
    expect(child.referrals).toEqual([expect.objectContaining({ direction: 'from', caseId: parent.id })]);
    await fresh().completeTask({ taskId: child.openTasks[0]!.id, data: {}, actor: 'sw' });

    const resumed = await fresh().getCase(parent.id);
    expect(resumed.openTasks.map((t) => t.elementId)).toEqual(['review']);
    expect(resumed.referrals[0]).toMatchObject({ status: 'completed' });
    expect(resumed.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['referral_started', 'referral_completed']));
  });

  it('cancelling a parent cancels the case it referred to', async () => {
    const runtime = fresh();
    await runtime.registerVersion(versionFixture(CHILD, { code: 'BJ-TEST-CHILD' }));
    await runtime.registerVersion(versionFixture(PARENT, { code: 'BJ-TEST-PARENT' }));
    await runtime.deploy({ code: 'BJ-TEST-CHILD', version: 1, districts: ['dongcheng'], actor: 'admin' });
    await runtime.deploy({ code: 'BJ-TEST-PARENT', version: 1, districts: ['dongcheng'], actor: 'admin' });
    const parent = await start(runtime, 'P-2', 'BJ-TEST-PARENT');
    const childId = parent.referrals[0]!.caseId;
    await runtime.cancelCase({ caseId: parent.id, reason: '撤回', actor: 'op' });
    expect((await runtime.getCase(childId)).status).toBe('cancelled');
    expect((await runtime.listTasks({ status: 'open' })).length).toBe(0);
  });
});
