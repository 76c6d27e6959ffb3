import type { Runtime } from './create-runtime';
import { manualClock, runtimeEachTest, storeTargets, versionFixture } from '../testing';

const DAY = 86_400_000;

/** Intake by a caseworker, a month's wait, a visit; the district's approval beside the intake. */
const FOLLOW_UP = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="split" />
    <bpmn:parallelGateway id="split" />
    <bpmn:sequenceFlow id="f2" sourceRef="split" targetRef="intake" />
    <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="approve" />
    <bpmn:userTask id="intake" name="接案登记" std:nameEn="Intake" std:role="worker" std:form="note" std:sla="5" />
    <bpmn:userTask id="approve" name="区民政局审批" std:nameEn="District approval" std:role="operator" std:form="note" std:sla="10" />
    <bpmn:sequenceFlow id="f4" sourceRef="intake" targetRef="join" />
    <bpmn:sequenceFlow id="f5" sourceRef="approve" targetRef="join" />
    <bpmn:parallelGateway id="join" />
    <bpmn:sequenceFlow id="f6" sourceRef="join" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait" name="等待回访" std:nameEn="Waiting for the follow-up">
      <bpmn:timerEventDefinition id="wait_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f7" sourceRef="wait" targetRef="visit" />
    <bpmn:userTask id="visit" name="回访" std:nameEn="Follow-up visit" std:role="worker" std:form="note" std:sla="3" />
    <bpmn:sequenceFlow id="f8" sourceRef="visit" targetRef="end" />
    <bpmn:endEvent id="end" />`;

/** A wait drawn without a name: the case lists cannot say it by its id. */
const UNNAMED_WAIT = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Timer_0x7f" />
    <bpmn:intermediateCatchEvent id="Timer_0x7f">
      <bpmn:timerEventDefinition id="t_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P7D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="Timer_0x7f" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const ELIGIBILITY = {
  type: 'object',
  properties: { clientName: { type: 'string', minLength: 1 }, street: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
  required: ['clientName'],
};

describe.each(storeTargets())('the case lists and the workload on $kind', (target) => {
  let runtime: Runtime;
  const clock = manualClock('2024-03-04T01:00:00.000Z'); // a Monday
  runtimeEachTest(target, { clock }, async (_store, r) => {
    runtime = r;
    await runtime.registerVersion(versionFixture(FOLLOW_UP, { eligibility: ELIGIBILITY }));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng', 'xicheng'], actor: 'admin' });
  });

  const start = (caseKey: string, clientName: string, street: string, district = 'dongcheng') =>
    runtime.startCase({ code: 'BJ-TEST-CASE', district, caseKey, data: { clientName, street, age: 80 }, actor: 'op-1' });
  const intakeOf = (c: { openTasks: Array<{ id: string; elementId: string }> }) => c.openTasks.find((t) => t.elementId === 'intake')!.id;
  const keys = async (filter: Parameters<Runtime['listCases']>[0], scope = { district: 'dongcheng' }) =>
    (await runtime.listCases(filter, scope)).items.map((c) => c.caseKey).sort();

  it('lists each case with its client, the steps it waits at by name, who holds them and when it is next due', async () => {
    const c = await start('DC-1', '张桂兰', '交道口街道');
    await runtime.claimTask({ taskId: intakeOf(c), actor: 'sw-1' });

    const [item] = (await runtime.listCases({}, { district: 'dongcheng' })).items;
    const intake = c.openTasks.find((t) => t.elementId === 'intake')!;
    const approve = c.openTasks.find((t) => t.elementId === 'approve')!;
    expect(item).toMatchObject({ caseKey: 'DC-1', client: '张桂兰', street: '交道口街道', status: 'running', nextDueAt: intake.dueAt });
    // The task due first leads; each says its holder and due time.
    expect(item!.steps).toEqual([
      { elementId: 'intake', name: { zh: '接案登记', en: 'Intake' }, kind: 'task', taskId: intake.id, assignee: 'sw-1', dueAt: intake.dueAt },
      { elementId: 'approve', name: { zh: '区民政局审批', en: 'District approval' }, kind: 'task', taskId: approve.id, assignee: null, dueAt: approve.dueAt },
    ]);

    // Both tasks done, the case waits for a date: that is when it is next due.
    await runtime.completeTask({ taskId: intake.id, data: {}, actor: 'sw-1' });
    await runtime.completeTask({ taskId: approve.id, data: {}, actor: 'op-1' });
    const [waiting] = (await runtime.listCases({}, { district: 'dongcheng' })).items;
    expect(waiting!.steps).toEqual([{ elementId: 'wait', name: { zh: '等待回访', en: 'Waiting for the follow-up' }, kind: 'timer', taskId: null, assignee: null, dueAt: null }]);
    expect(waiting!.nextDueAt).toBe(new Date(clock.now().getTime() + 30 * DAY).toISOString());
  });

  it('says neither a step drawn without a name by its id, nor a client where the data names none', async () => {
    await runtime.registerVersion(versionFixture(UNNAMED_WAIT, { code: 'BJ-TEST-PLAIN' }));
    await runtime.deploy({ code: 'BJ-TEST-PLAIN', version: 1, districts: ['dongcheng'], actor: 'admin' });
    await runtime.startCase({ code: 'BJ-TEST-PLAIN', district: 'dongcheng', caseKey: 'DC-9', data: { name: '赵某' }, actor: 'op-1' });
    const [item] = (await runtime.listCases({}, { district: 'dongcheng' })).items;
    expect(item).toMatchObject({ client: null, street: null, steps: [{ elementId: 'Timer_0x7f', name: null, kind: 'timer' }] });
  });

  it('finds cases by part of the client’s name or of the case number, and by street, status, overdue and holder', async () => {
    const a = await start('DC-2024-0001', '张桂兰', '交道口街道');
    clock.advance(60_000);
    const b = await start('DC-2024-0002', '李建国', '景山街道');
    clock.advance(60_000);
    const c = await start('DC-2024-0003', '王桂英', '交道口街道');
    await start('XC-2024-0001', '张桂兰', '月坛街道', 'xicheng');
    await runtime.claimTask({ taskId: intakeOf(a), actor: 'sw-1' });
    await runtime.claimTask({ taskId: intakeOf(b), actor: 'sw-2' });

    expect(await keys({ q: '桂' })).toEqual(['DC-2024-0001', 'DC-2024-0003']);
    expect(await keys({ q: '张桂兰' })).toEqual(['DC-2024-0001']);
    expect(await keys({ q: '0002' })).toEqual(['DC-2024-0002']);
    // What a person types is text, never a pattern.
    expect(await keys({ q: '%' })).toEqual([]);
    expect(await keys({ street: '交道口街道' })).toEqual(['DC-2024-0001', 'DC-2024-0003']);
    expect(await keys({ assignee: 'sw-1' })).toEqual(['DC-2024-0001']);
    expect(await keys({ street: '交道口街道', assignee: 'sw-2' })).toEqual([]);

    // Six working days on, the intakes are overdue; the one done late no longer is.
    clock.advance(8 * DAY);
    await runtime.completeTask({ taskId: intakeOf(c), data: {}, actor: 'sw-1' });
    expect(await keys({ overdue: true })).toEqual(['DC-2024-0001', 'DC-2024-0002']);
    expect(await keys({ overdue: false })).toEqual(['DC-2024-0003']);
    await runtime.cancelCase({ caseId: b.id, reason: '迁出本区', actor: 'op-1' });
    expect(await keys({ status: 'cancelled' })).toEqual(['DC-2024-0002']);
    expect(await keys({ status: 'running', overdue: true })).toEqual(['DC-2024-0001']);

    // A filtered list pages like the whole one, newest first.
    const first = await runtime.listCases({ street: '交道口街道', limit: 1 }, { district: 'dongcheng' });
    const second = await runtime.listCases({ street: '交道口街道', limit: 1, cursor: first.nextCursor! }, { district: 'dongcheng' });
    expect([...first.items, ...second.items].map((i) => i.caseKey)).toEqual(['DC-2024-0003', 'DC-2024-0001']);
    expect(second.nextCursor).toBeNull();
  });

  it('lists each task of an inbox with its case’s client', async () => {
    await start('DC-1', '张桂兰', '交道口街道');
    const inbox = await runtime.listTasks({ assignTo: 'caseworker', status: 'open' }, { district: 'dongcheng' });
    expect(inbox).toEqual([expect.objectContaining({ caseKey: 'DC-1', elementId: 'intake', client: '张桂兰' })]);
  });

  it('counts the open and overdue tasks of each holder of a role in the district, and those nobody holds', async () => {
    const [a, b, c, d] = [
      await start('DC-1', '张桂兰', '交道口街道'),
      await start('DC-2', '李建国', '景山街道'),
      await start('DC-3', '王桂英', '交道口街道'),
      await start('DC-4', '赵秀兰', '东四街道'),
    ];
    await start('XC-1', '钱某', '月坛街道', 'xicheng');
    await runtime.claimTask({ taskId: intakeOf(a), actor: 'sw-1' });
    await runtime.claimTask({ taskId: intakeOf(b), actor: 'sw-1' });
    clock.advance(8 * DAY);
    const late = await start('DC-5', '孙某', '景山街道');
    await runtime.claimTask({ taskId: intakeOf(c), actor: 'sw-2' });
    await runtime.claimTask({ taskId: intakeOf(late), actor: 'sw-1' });
    await runtime.completeTask({ taskId: intakeOf(d), data: {}, actor: 'sw-2' });

    const load = await runtime.taskWorkload('caseworker', { district: 'dongcheng' });
    const byHolder = Object.fromEntries(load.map((l) => [l.assignee ?? 'nobody', { open: l.open, overdue: l.overdue }]));
    expect(byHolder).toEqual({ 'sw-1': { open: 3, overdue: 2 }, 'sw-2': { open: 1, overdue: 1 } });
    // The district's approvals are another role's work.
    const approvals = await runtime.taskWorkload('district_operator', { district: 'dongcheng' });
    expect(approvals).toEqual([{ assignee: null, open: 5, overdue: 0 }]);
  });

  it('hands an open task to another caseworker: theirs from then on, and the case’s timeline says who handed it on', async () => {
    const c = await start('DC-1', '张桂兰', '交道口街道');
    const taskId = intakeOf(c);
    await runtime.claimTask({ taskId, actor: 'sw-1' });
    const scope = { district: 'dongcheng' };

    const moved = await runtime.reassignTask({ taskId, assignee: 'sw-2', assigneeRole: 'caseworker', actor: 'op-1' }, scope);
    expect(moved).toMatchObject({ id: taskId, assignee: 'sw-2', status: 'open' });
    expect((await runtime.listTasks({ assignee: 'sw-2', status: 'open' }, scope)).map((t) => t.id)).toEqual([taskId]);
    expect(await runtime.listTasks({ assignee: 'sw-1', status: 'open' }, scope)).toEqual([]);
    const file = await runtime.getCase(c.id, scope);
    expect(file.timeline.filter((e) => e.kind === 'task_reassigned')).toEqual([
      expect.objectContaining({ taskId, elementId: 'intake', actor: 'op-1', data: { assignee: 'sw-2', previous: 'sw-1' } }),
    ]);
    // The new holder works it as if they had claimed it; the former cannot.
    await expect(runtime.completeTask({ taskId, data: {}, actor: 'sw-1' })).rejects.toMatchObject({ code: 'TASK_CLAIMED' });
    // Handing it to whoever holds it already changes nothing.
    await runtime.reassignTask({ taskId, assignee: 'sw-2', assigneeRole: 'caseworker', actor: 'op-1' }, scope);
    expect((await runtime.getCase(c.id, scope)).timeline.filter((e) => e.kind === 'task_reassigned')).toHaveLength(1);
    await runtime.completeTask({ taskId, data: {}, actor: 'sw-2' });
  });

  it('refuses to hand on a task done, one of another district, or one of another role, and writes nothing', async () => {
    const c = await start('DC-1', '张桂兰', '交道口街道');
    const intake = intakeOf(c);
    const approve = c.openTasks.find((t) => t.elementId === 'approve')!.id;
    const scope = { district: 'dongcheng' };
    const handOn = (taskId: string, s: { district: string }) => runtime.reassignTask({ taskId, assignee: 'sw-2', assigneeRole: 'caseworker', actor: 'op-1' }, s);

    await expect(handOn(intake, { district: 'xicheng' })).rejects.toMatchObject({ code: 'TASK_NOT_FOUND' });
    await expect(handOn(approve, scope)).rejects.toMatchObject({ code: 'TASK_NOT_FOR_ROLE' });
    await runtime.completeTask({ taskId: intake, data: {}, actor: 'sw-1' });
    await expect(handOn(intake, scope)).rejects.toMatchObject({ code: 'TASK_NOT_OPEN' });
    expect((await runtime.getCase(c.id, scope)).timeline.filter((e) => e.kind === 'task_reassigned')).toEqual([]);
    expect((await runtime.getTask(approve, scope)).assignee).toBeNull();
  });
});
