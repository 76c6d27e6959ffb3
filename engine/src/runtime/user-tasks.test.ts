import type { Runtime } from './create-runtime';
import { manualClock, runtimeEachTest, storeTargets, versionFixture, type TestStore } from '../testing';

const INTAKE = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="assess" />
    <bpmn:userTask id="assess" name="入户评估" std:nameEn="Home assessment" std:role="worker" std:form="assess" std:sla="5" />
    <bpmn:sequenceFlow id="f2" sourceRef="assess" targetRef="tier" />
    <bpmn:exclusiveGateway id="tier" default="f4" />
    <bpmn:sequenceFlow id="f3" sourceRef="tier" targetRef="review">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "high" and score &gt; 80</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="tier" targetRef="done" />
    <bpmn:userTask id="review" name="督导复核" std:nameEn="Supervisor review" std:role="supervisor" std:form="note" std:slaParameter="assessDays" />
    <bpmn:sequenceFlow id="f5" sourceRef="review" targetRef="done" />
    <bpmn:endEvent id="done" name="结案" />`;

describe.each(storeTargets())('user tasks on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2024-09-27T02:00:00.000Z'); // a Friday, before the National Day holiday
  runtimeEachTest(target, { clock }, async (s, r) => {
    [store, runtime] = [s, r];
    await runtime.registerVersion(versionFixture(INTAKE));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng', 'xicheng'], actor: 'admin' });
  });

  const start = (caseKey = 'DC-1', district = 'dongcheng') =>
    runtime.startCase({ code: 'BJ-TEST-CASE', district, organisation: 'org-a', caseKey, data: { name: '张三', age: 81 }, actor: 'op-1' });

  it('creates the first task with its name, role, form and a due date in working days', async () => {
    const c = await start();
    expect(c.status).toBe('running');
    expect(c.openTasks).toHaveLength(1);
    const task = c.openTasks[0]!;
    expect(task).toMatchObject({
      elementId: 'assess',
      name: { zh: '入户评估', en: 'Home assessment' },
      role: 'worker',
      assignTo: 'caseworker',
      district: 'dongcheng',
      organisation: 'org-a',
      status: 'open',
      formId: 'assess',
      caseKey: 'DC-1',
      standard: { code: 'BJ-TEST-CASE', version: 1 },
    });
    // Five working days from Friday 27 Sept 2024 count Sunday 29 Sept (调休) and Monday 30 Sept, then skip the National Day week.
    expect(task.dueAt).toBe('2024-10-10T02:00:00.000Z');
    expect(task.form).toMatchObject({ required: ['tier'] });
    expect(c.position.active).toEqual(['assess']);
    expect(c.position.completed).toEqual(['start']);
    expect(c.position.flows).toEqual(['f1']);
  });

  it('answers a start and a completion with the case file and the task as they read back later', async () => {
    // The answers are built from the rows the command's statement wrote; byte for byte what a read gives.
    const c = await start();
    expect(JSON.stringify(c)).toBe(JSON.stringify(await runtime.getCase(c.id)));
    clock.advance(14 * 86_400_000); // overdue by now
    const done = await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'high', score: 90 }, actor: 'sw-1' });
    expect(JSON.stringify(done)).toBe(JSON.stringify(await runtime.getTask(done.id)));
    expect(done).toMatchObject({ status: 'completed', completedBy: 'sw-1', data: { tier: 'high', score: 90 } });
  });

  it('refuses starting data that does not meet the eligibility schema, with pointers', async () => {
    await expect(
      runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'X', data: { age: -1 }, actor: 'op-1' }),
    ).rejects.toMatchObject({ code: 'CASE_DATA_INVALID', details: expect.arrayContaining([expect.objectContaining({ pointer: '/name' }), expect.objectContaining({ pointer: '/age' })]) });
    expect((await runtime.listCases()).items).toEqual([]);
  });

  it('refuses a case key already used for the standard in the district, but not in another district', async () => {
    await start('DC-1');
    await expect(start('DC-1')).rejects.toMatchObject({ code: 'CASE_KEY_TAKEN' });
    await expect(start('DC-1', 'xicheng')).resolves.toMatchObject({ caseKey: 'DC-1', district: 'xicheng' });
    await expect(start('DC-2', 'chaoyang')).rejects.toMatchObject({ code: 'NOT_DEPLOYED' });
  });

  it('completes a task: validates the form, merges data, follows the FEEL condition and ends the case', async () => {
    const c = await start();
    const taskId = c.openTasks[0]!.id;
    await expect(runtime.completeTask({ taskId, data: { tier: 'urgent' }, actor: 'sw-1' })).rejects.toMatchObject({
      code: 'TASK_DATA_INVALID',
      details: [expect.objectContaining({ pointer: '/tier' })],
    });
    const done = await runtime.completeTask({ taskId, data: { tier: 'high', score: 90 }, actor: 'sw-1' });
    expect(done).toMatchObject({ status: 'completed', completedBy: 'sw-1', data: { tier: 'high', score: 90 } });
    await expect(runtime.completeTask({ taskId, data: { tier: 'high' }, actor: 'sw-1' })).rejects.toMatchObject({ code: 'TASK_NOT_OPEN' });

    let file = await runtime.getCase(c.id);
    expect(file.variables).toMatchObject({ name: '张三', tier: 'high', score: 90 });
    const review = file.openTasks[0]!;
    expect(review).toMatchObject({ elementId: 'review', assignTo: 'supervisor', name: { zh: '督导复核', en: 'Supervisor review' } });
    // The parameter's default of 10 working days from Friday 27 Sept 2024.
    expect(review.dueAt).toBe('2024-10-16T02:00:00.000Z');

    await runtime.completeTask({ taskId: review.id, data: {}, actor: 'sup-1' });
    file = await runtime.getCase(c.id);
    expect(file.status).toBe('completed');
    expect(file.endedAt).not.toBeNull();
    expect(file.position.completed).toEqual(expect.arrayContaining(['start', 'assess', 'tier', 'review', 'done']));
    expect(file.position.flows).toEqual(expect.arrayContaining(['f1', 'f2', 'f3', 'f5']));
    expect(file.position.flows).not.toContain('f4');
    const kinds = file.timeline.map((e) => e.kind);
    expect(kinds[0]).toBe('case_started');
    expect(kinds[kinds.length - 1]).toBe('case_completed');
    expect(kinds.filter((k) => k === 'task_completed')).toHaveLength(2);
    expect(file.timeline.find((e) => e.kind === 'task_completed')).toMatchObject({ actor: 'sw-1', elementId: 'assess' });
  });

  it('takes the default flow when the FEEL condition does not hold', async () => {
    const c = await start();
    await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'high', score: 10 }, actor: 'sw-1' });
    const file = await runtime.getCase(c.id);
    expect(file.status).toBe('completed');
    expect(file.position.flows).toContain('f4');
  });

  it('a district variant tightens the SLA of new cases', async () => {
    await expect(runtime.setVariant({ code: 'BJ-TEST-CASE', district: 'dongcheng', values: { assessDays: 12 }, actor: 'op' })).rejects.toMatchObject({
      code: 'VARIANT_INVALID',
      details: [expect.objectContaining({ pointer: '/assessDays' })],
    });
    await runtime.setVariant({ code: 'BJ-TEST-CASE', district: 'dongcheng', values: { assessDays: 2 }, actor: 'op' });
    const c = await start();
    expect(c.parameters).toMatchObject({ assessDays: 2, visitDays: 30 });
    await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'high', score: 99 }, actor: 'sw-1' });
    const review = (await runtime.getCase(c.id)).openTasks[0]!;
    // Two working days from Friday 27 Sept 2024: Sunday 29 Sept (调休) and Monday 30 Sept.
    expect(review.dueAt).toBe('2024-09-30T02:00:00.000Z');
    const [deployment] = await runtime.listDeployments({ district: 'dongcheng' });
    expect(deployment?.parameters.find((p) => p.id === 'assessDays')).toMatchObject({ default: 10, value: 2 });
  });

  it('claims and unclaims; a task claimed by someone else cannot be taken or completed by another', async () => {
    const c = await start();
    const taskId = c.openTasks[0]!.id;
    expect(await runtime.claimTask({ taskId, actor: 'sw-1' })).toMatchObject({ assignee: 'sw-1' });
    await expect(runtime.claimTask({ taskId, actor: 'sw-2' })).rejects.toMatchObject({ code: 'TASK_CLAIMED' });
    await expect(runtime.completeTask({ taskId, data: { tier: 'key' }, actor: 'sw-2' })).rejects.toMatchObject({ code: 'TASK_CLAIMED' });
    expect(await runtime.unclaimTask({ taskId, actor: 'sw-1' })).toMatchObject({ assignee: null });
    expect((await runtime.getCase(c.id)).timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['task_claimed', 'task_unclaimed']));
  });

  it('refuses a task to someone working as another role, before saying anything else about it, and writes nothing', async () => {
    const c = await start();
    const taskId = c.openTasks[0]!.id; // the assessment, assigned to caseworkers
    const asSupervisor = { taskId, actor: 'sv-1', workAs: 'supervisor' as const };
    await expect(runtime.claimTask(asSupervisor)).rejects.toMatchObject({ code: 'TASK_NOT_FOR_ROLE', taskId, role: 'supervisor', assignTo: 'caseworker' });
    await expect(runtime.completeTask({ ...asSupervisor, data: { tier: 'bad' } })).rejects.toMatchObject({ code: 'TASK_NOT_FOR_ROLE' });
    expect(await runtime.getTask(taskId)).toMatchObject({ status: 'open', assignee: null });
    expect((await runtime.getCase(c.id)).timeline.map((e) => e.kind)).not.toEqual(expect.arrayContaining(['task_claimed']));
    const done = await runtime.completeTask({ taskId, data: { tier: 'key' }, actor: 'sw-1', workAs: 'caseworker' });
    expect(done).toMatchObject({ status: 'completed', completedBy: 'sw-1' });
    await expect(runtime.completeTask({ ...asSupervisor, data: { tier: 'key' } })).rejects.toMatchObject({ code: 'TASK_NOT_FOR_ROLE' });
  });

  it('never shows or touches a case or task outside the scope', async () => {
    const c = await start('DC-1', 'dongcheng');
    const taskId = c.openTasks[0]!.id;
    const xicheng = { district: 'xicheng' };
    await expect(runtime.getCase(c.id, xicheng)).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    await expect(runtime.getTask(taskId, xicheng)).rejects.toMatchObject({ code: 'TASK_NOT_FOUND' });
    await expect(runtime.completeTask({ taskId, data: { tier: 'key' }, actor: 'x' }, xicheng)).rejects.toMatchObject({ code: 'TASK_NOT_FOUND' });
    await expect(runtime.claimTask({ taskId, actor: 'x' }, { district: 'dongcheng', organisation: 'org-b' })).rejects.toMatchObject({ code: 'TASK_NOT_FOUND' });
    await expect(runtime.cancelCase({ caseId: c.id, reason: 'x', actor: 'x' }, xicheng)).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect(await runtime.listTasks({}, xicheng)).toEqual([]);
    expect((await runtime.listCases({}, xicheng)).items).toEqual([]);
    expect((await runtime.listCases({}, { district: 'dongcheng', organisation: 'org-a' })).items).toHaveLength(1);
    await expect(runtime.getCase('not-a-uuid')).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
  });

  it('lists the inbox overdue first, then by due date, filtered by platform role', async () => {
    const a = await start('A');
    clock.advance(3 * 86_400_000);
    const b = await start('B');
    await runtime.completeTask({ taskId: a.openTasks[0]!.id, data: { tier: 'high', score: 95 }, actor: 'sw' });
    clock.set('2024-10-15T00:00:00.000Z'); // A's review (due 16 Oct) is not yet due, B's assessment (due 12 Oct) is
    const inbox = await runtime.listTasks({ status: 'open' });
    expect(inbox.map((t) => [t.caseKey, t.elementId, t.overdue])).toEqual([
      ['B', 'assess', true],
      ['A', 'review', false],
    ]);
    expect(inbox[0]!.workingDaysLeft).toBeLessThan(0);
    expect((await runtime.listTasks({ assignTo: 'supervisor' })).map((t) => t.caseKey)).toEqual(['A']);
    expect((await runtime.listCases({ overdue: true })).items.map((x) => x.caseKey)).toEqual(['B']);
    expect(b.openTasks).toHaveLength(1);
  });

  it('pages cases with a cursor and filters by text, standard and status', async () => {
    for (let i = 1; i <= 5; i++) {
      await start(`DC-${i}`);
      clock.advance(60_000);
    }
    const first = await runtime.listCases({ limit: 2 });
    expect(first.items.map((c) => c.caseKey)).toEqual(['DC-5', 'DC-4']);
    const second = await runtime.listCases({ limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((c) => c.caseKey)).toEqual(['DC-3', 'DC-2']);
    const third = await runtime.listCases({ limit: 2, cursor: second.nextCursor! });
    expect(third.items.map((c) => c.caseKey)).toEqual(['DC-1']);
    expect(third.nextCursor).toBeNull();
    expect((await runtime.listCases({ q: '-3' })).items.map((c) => c.caseKey)).toEqual(['DC-3']);
    expect((await runtime.listCases({ standard: 'OTHER-CODE' })).items).toEqual([]);
    expect((await runtime.listCases({ status: 'completed' })).items).toEqual([]);
  });

  it('cancels a case with its open tasks', async () => {
    const c = await start();
    const cancelled = await runtime.cancelCase({ caseId: c.id, reason: '服务对象迁出', actor: 'op-1' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '服务对象迁出', openTasks: [] });
    expect((await runtime.getTask(c.openTasks[0]!.id)).status).toBe('cancelled');
    await expect(runtime.cancelCase({ caseId: c.id, reason: 'again', actor: 'op-1' })).rejects.toMatchObject({ code: 'CASE_NOT_RUNNING' });
  });

  it('keeps rollups per element and day in step with the events', async () => {
    const c = await start();
    clock.advance(3600_000);
    await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'general' }, actor: 'sw-1' });
    const sums = `SELECT element_id, sum(entered) AS entered, sum(completed) AS completed, sum(duration_ms_sum) AS duration_ms_sum
      FROM element_rollups WHERE code = 'BJ-TEST-CASE' GROUP BY element_id ORDER BY element_id`;
    const { rows } = await store.query<{ element_id: string; entered: number; completed: number; duration_ms_sum: number }>(sums);
    const expected = [
      { element_id: 'assess', entered: 1, completed: 1, duration_ms_sum: 3600_000 },
      { element_id: 'done', entered: 1, completed: 1, duration_ms_sum: 0 },
      { element_id: 'start', entered: 1, completed: 1, duration_ms_sum: 0 },
      { element_id: 'tier', entered: 1, completed: 1, duration_ms_sum: 0 },
    ];
    expect(rows).toEqual(expected);
    // Deltas fold into one row per key and the sums stay.
    expect(await runtime.compactRollups()).toBeGreaterThan(0);
    expect((await store.query(sums)).rows).toEqual(expected);
    const { rows: count } = await store.query<{ n: number }>(`SELECT count(*) AS n FROM element_rollups WHERE code = 'BJ-TEST-CASE'`);
    expect(count[0]?.n).toBe(4);
    await expect(store.query(`DELETE FROM case_events`)).rejects.toThrow(/append-only/);
  });
});
