import request from 'supertest';
import { manualClock, productionStoreTarget, versionFixture } from '@jingzhun/engine/testing';
import { openHarness, type Harness } from '../test-support/harness';
import { publishSample, SAMPLE_CODE } from '../test-support/sample';

const DAY = 86_400_000;
const CLIENT = { name: '张桂兰', age: 78 };

describe.each([productionStoreTarget()])('cases, tasks and messages over HTTP on $kind', (target) => {
  let h: Harness;
  const clock = manualClock('2025-03-03T01:00:00.000Z');
  let officer: string;
  let worker: string;
  let operator: string;
  let supervisor: string;
  beforeEach(async () => {
    clock.set('2025-03-03T01:00:00.000Z');
    h = await openHarness(target, { clock });
    officer = await h.signIn({ username: 'officer', role: 'standards_officer' });
    const reviewer = await h.signIn({ username: 'reviewer', role: 'reviewer' });
    worker = await h.signIn({ username: 'dc.worker', role: 'caseworker', district: 'dongcheng' });
    operator = await h.signIn({ username: 'dc.operator', role: 'district_operator', district: 'dongcheng' });
    supervisor = await h.signIn({ username: 'supervisor', role: 'supervisor' });
    await publishSample(h.app, officer, reviewer, ['dongcheng', 'haidian']);
  });
  afterEach(() => h.close());

  const as = (token: string) => ({
    get: (url: string) => request(h.app).get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body?: object) => request(h.app).post(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  const start = (caseKey: string, data: object = CLIENT) => as(worker).post('/api/cases', { standard: SAMPLE_CODE, caseKey, data });
  const taskOf = async (caseId: string, elementId: string, token = worker) =>
    ((await as(token).get(`/api/tasks?caseId=${caseId}`).expect(200)).body.items as Array<{ id: string; elementId: string }>).find((t) => t.elementId === elementId)!;

  it('starts a case with the client’s data, waiting at its first task', async () => {
    const c = (await start('DC-1').expect(201)).body;
    expect(c).toMatchObject({
      caseKey: 'DC-1',
      standard: { code: SAMPLE_CODE, version: 1 },
      district: 'dongcheng',
      status: 'running',
      variables: CLIENT,
      openTasks: [expect.objectContaining({ elementId: 'Task_intake', assignTo: 'caseworker', name: { zh: '接案登记', en: 'Intake' } })],
    });
  });

  it('refuses a client the standard’s eligibility excludes, at the field that excludes them', async () => {
    const young = await start('DC-2', { name: '李', age: 30 }).set('Accept-Language', 'en').expect(400);
    expect(young.body).toMatchObject({ code: 'CASE_DATA_INVALID', details: [expect.objectContaining({ pointer: '/age' })] });
  });

  it('refuses a client with data missing, naming each missing field by its title in the caller’s language', async () => {
    const eligibility = {
      type: 'object',
      properties: {
        clientName: { title: '姓名', 'x-en': { title: 'Name' }, type: 'string', minLength: 1 },
        street: { title: '街道（乡镇）', 'x-en': { title: 'Street or township' }, type: 'string', minLength: 1 },
      },
      required: ['clientName', 'street'],
    };
    const body = '<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" /><bpmn:endEvent id="end" />';
    await h.app.services.runtime.registerVersion(versionFixture(body, { code: 'BJ-TEST-TITLES', eligibility }));
    await h.app.services.runtime.deploy({ code: 'BJ-TEST-TITLES', version: 1, districts: ['dongcheng'], actor: 'test' });
    const startEmpty = () => as(worker).post('/api/cases', { standard: 'BJ-TEST-TITLES', caseKey: 'T-1', data: { clientName: '张桂兰' } });

    const zh = await startEmpty().set('Accept-Language', 'zh-CN').expect(400);
    expect(zh.body).toMatchObject({ code: 'CASE_DATA_INVALID', details: [{ pointer: '/street', message: '请填写“街道（乡镇）”' }] });
    const en = await startEmpty().set('Accept-Language', 'en').expect(400);
    expect(en.body).toMatchObject({ code: 'CASE_DATA_INVALID', details: [{ pointer: '/street', message: '"Street or township" is required' }] });
  });

  it('refuses a case number already taken', async () => {
    await start('DC-1').expect(201);
    expect((await start('DC-1').expect(409)).body.code).toBe('CASE_KEY_TAKEN');
  });

  it('refuses a malformed request at each field that is wrong', async () => {
    const bad = await as(worker).post('/api/cases', { standard: 'lower', caseKey: '', data: [], extra: 1 }).expect(400);
    expect([...new Set(bad.body.details.map((d: { pointer: string }) => d.pointer))].sort()).toEqual(['/caseKey', '/data', '/extra', '/standard']);
  });

  it('refuses a standard not deployed in the district, and a version that does not exist', async () => {
    const undeployed = await as(worker).post('/api/cases', { standard: 'BJ-NOT-DEPLOYED', caseKey: 'DC-3', data: CLIENT }).expect(409);
    expect(undeployed.body.code).toBe('NOT_DEPLOYED');
    expect((await as(worker).post('/api/cases', { standard: SAMPLE_CODE, version: 7, caseKey: 'DC-4', data: CLIENT }).expect(404)).body.code).toBe('VERSION_NOT_FOUND');
  });

  it('lists cases newest first in cursor pages, filtered by number and status', async () => {
    for (let i = 1; i <= 5; i += 1) {
      await start(`DC-${i}`).expect(201);
      clock.advance(60_000);
    }
    const page1 = (await as(worker).get('/api/cases?limit=2').expect(200)).body;
    expect(page1.items.map((c: { caseKey: string }) => c.caseKey)).toEqual(['DC-5', 'DC-4']);
    const page2 = (await as(worker).get(`/api/cases?limit=2&cursor=${page1.nextCursor}`).expect(200)).body;
    expect(page2.items.map((c: { caseKey: string }) => c.caseKey)).toEqual(['DC-3', 'DC-2']);
    expect((await as(worker).get('/api/cases?q=DC-3').expect(200)).body.items).toHaveLength(1);
    expect((await as(worker).get('/api/cases?status=completed').expect(200)).body.items).toEqual([]);
  });

  it('refuses a list query with unknown or out-of-range parameters, at each of them', async () => {
    const bad = await as(worker).get('/api/cases?status=sleeping&limit=0&extra=1').expect(400);
    expect(bad.body.details.map((d: { pointer: string }) => d.pointer).sort()).toEqual(['/query/extra', '/query/limit', '/query/status']);
  });

  it('reads a case file: its timeline, where it waits, and who started it by name', async () => {
    const { id } = (await start('DC-1').expect(201)).body;
    const file = (await as(worker).get(`/api/cases/${id}`).expect(200)).body;
    expect(file.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['case_started', 'task_created']));
    expect(file.position.active).toEqual(['Task_intake']);
    const starter = file.timeline.find((e: { kind: string }) => e.kind === 'case_started').actor;
    expect(file.people[starter].username).toBe('dc.worker');
  });

  it('names who acted without an account: a role in an organisation or a district, and the platform', async () => {
    await h.store.query(`INSERT INTO organisations (id, name, district) VALUES ('org-dc-hexie', '{"zh":"东城区和协社会工作事务所","en":"Dongcheng Hexie Social Work Agency"}', 'dongcheng')`);
    const { runtime } = h.app.services;
    const c = await runtime.startCase({ code: SAMPLE_CODE, district: 'dongcheng', organisation: 'org-dc-hexie', caseKey: 'DC-7', data: CLIENT, actor: 'dongcheng.operator' });
    await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { referralSource: 'community' }, actor: 'org-dc-hexie.worker' });
    const file = (await as(worker).get(`/api/cases/${c.id}`).expect(200)).body;
    expect(file.people['org-dc-hexie.worker'].displayName).toEqual({ zh: '东城区和协社会工作事务所社工', en: 'Caseworker of Dongcheng Hexie Social Work Agency' });
    expect(file.people['dongcheng.operator'].displayName).toEqual({ zh: '东城区民政局经办人', en: 'Dongcheng operator' });
    // No one's id is shown for lack of a name: every actor of the timeline is in the directory.
    const actors = file.timeline.map((e: { actor: string | null }) => e.actor).filter(Boolean);
    expect(actors.filter((a: string) => !file.people[a])).toEqual([]);
  });

  it('answers a case id that does not exist with 404, and one that is malformed at its path', async () => {
    expect((await as(worker).get('/api/cases/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('CASE_NOT_FOUND');
    expect((await as(worker).get('/api/cases/not-a-uuid').expect(404)).body.code).toBe('CASE_NOT_FOUND');
    expect((await as(worker).get('/api/cases/a%20b').expect(400)).body.details).toEqual([expect.objectContaining({ pointer: '/path/id' })]);
  });

  it('lets no one else claim or complete a task a caseworker claimed', async () => {
    const intake = (await start('DC-1').expect(201)).body.openTasks[0].id as string;
    const other = await h.signIn({ username: 'dc.worker2', role: 'caseworker', district: 'dongcheng' });
    const claimed = (await as(worker).post(`/api/tasks/${intake}/claim`).expect(200)).body;
    expect(claimed.assignee).toEqual(expect.any(String));
    expect((await as(other).post(`/api/tasks/${intake}/claim`).expect(409)).body.code).toBe('TASK_CLAIMED');
    expect((await as(other).post(`/api/tasks/${intake}/complete`, { data: { referralSource: 'self' } }).expect(409)).body.code).toBe('TASK_CLAIMED');
  });

  it('lists a caseworker’s claimed tasks, naming who holds them, until the task is unclaimed', async () => {
    const intake = (await start('DC-1').expect(201)).body.openTasks[0].id as string;
    const other = await h.signIn({ username: 'dc.worker2', role: 'caseworker', district: 'dongcheng' });
    const claimed = (await as(worker).post(`/api/tasks/${intake}/claim`).expect(200)).body;
    const mine = (await as(worker).get('/api/tasks?mine=true').expect(200)).body;
    expect(mine.items.map((t: { id: string }) => t.id)).toEqual([intake]);
    expect(mine.people[claimed.assignee].username).toBe('dc.worker');
    expect((await as(other).get('/api/tasks?mine=true').expect(200)).body.items).toEqual([]);
    expect((await as(worker).post(`/api/tasks/${intake}/unclaim`).expect(200)).body.assignee).toBeNull();
    expect((await as(worker).get('/api/tasks?mine=true').expect(200)).body.items).toEqual([]);
  });

  it('completes a task with form data its form accepts, and refuses data it does not at the field', async () => {
    const intake = (await start('DC-1').expect(201)).body.openTasks[0].id as string;
    const invalid = await as(worker).post(`/api/tasks/${intake}/complete`, { data: { referralSource: 'pigeon' } }).expect(400);
    expect(invalid.body).toMatchObject({ code: 'TASK_DATA_INVALID', details: [expect.objectContaining({ pointer: expect.stringContaining('referralSource') })] });
    expect((await as(worker).post(`/api/tasks/${intake}/complete`, { data: 'x' }).expect(400)).body.details).toEqual([expect.objectContaining({ pointer: '/data' })]);
    const done = (await as(worker).post(`/api/tasks/${intake}/complete`, { data: { referralSource: '96156' } }).expect(200)).body;
    expect(done).toMatchObject({ status: 'completed', data: { referralSource: '96156' } });
  });

  it('refuses to claim or complete a finished task, and answers an unknown one with 404', async () => {
    const intake = (await start('DC-1').expect(201)).body.openTasks[0].id as string;
    await as(worker).post(`/api/tasks/${intake}/complete`, { data: { referralSource: '96156' } }).expect(200);
    expect((await as(worker).post(`/api/tasks/${intake}/complete`, { data: { referralSource: '96156' } }).expect(409)).body.code).toBe('TASK_NOT_OPEN');
    expect((await as(worker).post(`/api/tasks/${intake}/claim`).expect(409)).body.code).toBe('TASK_NOT_OPEN');
    expect((await as(worker).post('/api/tasks/00000000-0000-4000-8000-000000000000/claim').expect(404)).body.code).toBe('TASK_NOT_FOUND');
  });

  it('keeps the supervisor’s plan out of a caseworker’s reach and inbox', async () => {
    const c = (await start('DC-1').expect(201)).body;
    await as(worker).post(`/api/tasks/${c.openTasks[0].id}/complete`, { data: { referralSource: '96156' } }).expect(200);
    await as(worker).post(`/api/tasks/${(await taskOf(c.id, 'Task_assess')).id}/complete`, { data: { risk: 'high' } }).expect(200);
    const plan = await taskOf(c.id, 'Task_plan', supervisor);
    expect((await as(worker).post(`/api/tasks/${plan.id}/complete`, { data: { goals: ['x'] } }).expect(403)).body.code).toBe('TASK_NOT_FOR_ROLE');
    expect((await as(worker).post(`/api/tasks/${plan.id}/claim`).expect(403)).body.code).toBe('TASK_NOT_FOR_ROLE');
    expect((await as(worker).get('/api/tasks').expect(200)).body.items).toEqual([]);
    expect((await as(supervisor).get('/api/tasks').expect(200)).body.items.map((t: { id: string }) => t.id)).toEqual([plan.id]);
  });

  it('gives a task of the standard’s 机构督导 to the professional supervisors of the case’s district only', async () => {
    const body = `
      <bpmn:startEvent id="start" />
      <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="approve" />
      <bpmn:userTask id="approve" std:role="mentor" std:form="note" />
      <bpmn:sequenceFlow id="f2" sourceRef="approve" targetRef="end" />
      <bpmn:endEvent id="end" />`;
    await h.app.services.runtime.registerVersion(versionFixture(body, { code: 'BJ-TEST-MENTOR' }));
    await h.app.services.runtime.deploy({ code: 'BJ-TEST-MENTOR', version: 1, districts: ['dongcheng', 'haidian'], actor: 'test' });
    const mentor = await h.signIn({ username: 'dc.mentor', role: 'professional_supervisor', district: 'dongcheng' });
    const otherMentor = await h.signIn({ username: 'hd.mentor', role: 'professional_supervisor', district: 'haidian' });
    const c = (await as(worker).post('/api/cases', { standard: 'BJ-TEST-MENTOR', caseKey: 'P-1', data: { name: '赵六' } }).expect(201)).body;
    const approval = c.openTasks[0];
    expect(approval).toMatchObject({ elementId: 'approve', assignTo: 'professional_supervisor' });

    const inbox = async (token: string) => ((await as(token).get('/api/tasks').expect(200)).body.items as Array<{ id: string }>).map((t) => t.id);
    expect(await inbox(mentor)).toEqual([approval.id]);
    expect(await inbox(supervisor)).toEqual([]);
    expect(await inbox(worker)).toEqual([]);
    expect(await inbox(otherMentor)).toEqual([]);
    // The city's supervisor reads the case but does not approve its casework; another district does not even find it.
    expect((await as(supervisor).post(`/api/tasks/${approval.id}/complete`, { data: { text: '同意' } }).expect(403)).body.code).toBe('TASK_NOT_FOR_ROLE');
    expect((await as(otherMentor).post(`/api/tasks/${approval.id}/complete`, { data: { text: '同意' } }).expect(404)).body.code).toBe('TASK_NOT_FOUND');
    expect((await as(otherMentor).get(`/api/cases/${c.id}`).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    // Approving is not running the case: starting and cancelling stay with caseworkers and operators.
    expect((await as(mentor).post('/api/cases', { standard: 'BJ-TEST-MENTOR', caseKey: 'P-2', data: { name: '赵六' } }).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await as(mentor).post(`/api/cases/${c.id}/cancel`, { reason: '不需要' }).expect(403)).body.code).toBe('FORBIDDEN');

    const done = (await as(mentor).post(`/api/tasks/${approval.id}/complete`, { data: { text: '同意' } }).expect(200)).body;
    expect(done).toMatchObject({ status: 'completed', completedBy: expect.any(String) });
    expect((await as(mentor).get(`/api/cases/${c.id}`).expect(200)).body).toMatchObject({ status: 'completed' });
  });

  it('puts overdue tasks first and flags overdue cases', async () => {
    const early = (await start('DC-1').expect(201)).body;
    clock.advance(20 * DAY);
    const fresh = await h.signIn({ username: 'dc.worker3', role: 'caseworker', district: 'dongcheng' });
    const late = (await as(fresh).post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'DC-2', data: CLIENT }).expect(201)).body;
    const inbox = (await as(fresh).get('/api/tasks').expect(200)).body.items;
    expect(inbox.map((t: { caseId: string; overdue: boolean }) => [t.caseId, t.overdue])).toEqual([
      [early.id, true],
      [late.id, false],
    ]);
    expect(inbox[0].workingDaysLeft).toBeLessThan(0);
    expect((await as(fresh).get('/api/cases?overdue=true').expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([early.id]);
    expect((await as(fresh).get('/api/tasks?overdue=true').expect(200)).body.items).toHaveLength(1);
  });

  it('cancels a running case with a reason, once', async () => {
    const c = (await start('DC-1').expect(201)).body;
    expect((await as(operator).post(`/api/cases/${c.id}/cancel`, {}).expect(400)).body.details).toEqual([expect.objectContaining({ pointer: '/reason' })]);
    const cancelled = (await as(operator).post(`/api/cases/${c.id}/cancel`, { reason: '服务对象迁出本市' }).expect(200)).body;
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '服务对象迁出本市', openTasks: [] });
    expect((await as(operator).post(`/api/cases/${c.id}/cancel`, { reason: 'again' }).expect(409)).body.code).toBe('CASE_NOT_RUNNING');
    expect((await as(worker).post(`/api/tasks/${c.openTasks[0].id}/complete`, { data: { referralSource: 'self' } }).expect(409)).body.code).toBe('TASK_NOT_OPEN');
  });

  it('delivers a message to the one case waiting for it', async () => {
    const body = `
      <bpmn:startEvent id="start" />
      <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="await" />
      <bpmn:intermediateCatchEvent id="await"><bpmn:messageEventDefinition id="await_def" messageRef="Msg_review" /></bpmn:intermediateCatchEvent>
      <bpmn:sequenceFlow id="f2" sourceRef="await" targetRef="end" />
      <bpmn:endEvent id="end" />`;
    await h.app.services.runtime.registerVersion(versionFixture(body, { code: 'BJ-TEST-MSG', definitions: '<bpmn:message id="Msg_review" name="review-done" />' }));
    await h.app.services.runtime.deploy({ code: 'BJ-TEST-MSG', version: 1, districts: ['dongcheng'], actor: 'test' });
    const c = (await as(worker).post('/api/cases', { standard: 'BJ-TEST-MSG', caseKey: 'M-1', data: { name: '李四' } }).expect(201)).body;
    expect((await as(worker).post('/api/messages', { caseKey: 'M-1', name: 'withdrawn' }).expect(404)).body.code).toBe('MESSAGE_NOT_CORRELATED');
    expect((await as(worker).post('/api/messages', { caseKey: 'M-1', name: 'review-done', payload: { approved: true } }).expect(200)).body).toEqual({ caseId: c.id });
    const after = (await as(worker).get(`/api/cases/${c.id}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'completed', variables: { approved: true } });
    await as(worker).post('/api/messages', { caseKey: 'M-1', name: 'review-done' }).expect(404);
    expect((await as(worker).post('/api/messages', { caseKey: 'M-1' }).expect(400)).body.details).toEqual([expect.objectContaining({ pointer: '/name' })]);
  });

  it('lists incidents and retries one with corrected variables', async () => {
    const body = `
      <bpmn:startEvent id="start" />
      <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="assess" />
      <bpmn:userTask id="assess" std:role="worker" std:form="assess" />
      <bpmn:sequenceFlow id="f2" sourceRef="assess" targetRef="route" />
      <bpmn:exclusiveGateway id="route" />
      <bpmn:sequenceFlow id="f3" sourceRef="route" targetRef="high"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "high"</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="f4" sourceRef="route" targetRef="key"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "key"</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:endEvent id="high" /><bpmn:endEvent id="key" />`;
    await h.app.services.runtime.registerVersion(versionFixture(body, { code: 'BJ-TEST-INC' }));
    await h.app.services.runtime.deploy({ code: 'BJ-TEST-INC', version: 1, districts: ['dongcheng'], actor: 'test' });
    const c = (await as(worker).post('/api/cases', { standard: 'BJ-TEST-INC', caseKey: 'I-1', data: { name: '王五' } }).expect(201)).body;
    await as(worker).post(`/api/tasks/${c.openTasks[0].id}/complete`, { data: { tier: 'general' } }).expect(200);
    const open = (await as(operator).get('/api/incidents?open=true').expect(200)).body.items;
    expect(open).toEqual([expect.objectContaining({ caseId: c.id, elementId: 'route', status: 'open', attempts: 1 })]);
    expect((await as(worker).get('/api/cases?status=incident').expect(200)).body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const retried = (await as(operator).post(`/api/incidents/${open[0].id}/retry`, { variables: { tier: 'key' } }).expect(200)).body;
    expect(retried).toMatchObject({ status: 'completed', incident: false });
    expect((await as(operator).get('/api/incidents?open=true').expect(200)).body.items).toEqual([]);
    expect((await as(operator).get(`/api/incidents?caseId=${c.id}`).expect(200)).body.items).toEqual([expect.objectContaining({ status: 'resolved' })]);
    expect((await as(operator).post(`/api/incidents/${open[0].id}/retry`, {}).expect(404)).body.code).toBe('INCIDENT_NOT_FOUND');
  });

  it('signs out a caller whose access token has expired', async () => {
    await as(worker).get('/api/cases').expect(200);
    clock.advance(16 * 60_000);
    const expired = await as(worker).get('/api/cases').expect(401);
    expect(expired.body.code).toBe('UNAUTHENTICATED');
  });
});
