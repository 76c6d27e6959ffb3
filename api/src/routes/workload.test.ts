import request from 'supertest';
import { manualClock, productionStoreTarget, versionFixture } from '@jingzhun/engine/testing';
import { openHarness, PASSWORD, type Harness } from '../test-support/harness';

const DAY = 86_400_000;
const CODE = 'BJ-TEST-LISTS';

const PROCESS = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="intake" />
    <bpmn:userTask id="intake" name="接案登记" std:nameEn="Intake" std:role="worker" std:form="note" std:sla="5" />
    <bpmn:sequenceFlow id="f2" sourceRef="intake" targetRef="approve" />
    <bpmn:userTask id="approve" name="区民政局审批" std:nameEn="District approval" std:role="operator" std:form="note" std:sla="5" />
    <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const ELIGIBILITY = {
  type: 'object',
  properties: { clientName: { type: 'string', minLength: 1 }, street: { type: 'string' } },
  required: ['clientName'],
};

type Token = string;
interface CaseBody {
  id: string;
  caseKey: string;
  openTasks: Array<{ id: string; elementId: string }>;
}

describe.each([productionStoreTarget()])('case lists, the workload and handing tasks on over HTTP on $kind', (target) => {
  let h: Harness;
  const clock = manualClock('2026-03-02T01:00:00.000Z'); // a Monday
  let operator: Token;
  let worker: Token;
  let colleague: Token;
  let haidianOperator: Token;
  let ids: Record<string, string>;

  /** Signs everyone in again: access tokens last 15 minutes of the moved clock. */
  const signInAgain = async () => {
    const login = async (username: string) => (await request(h.app).post('/api/auth/login').send({ username, password: PASSWORD }).expect(200)).body.accessToken as Token;
    [operator, worker, colleague, haidianOperator] = [await login('dc.operator'), await login('dc.worker'), await login('dc.colleague'), await login('hd.operator')];
  };

  beforeEach(async () => {
    clock.reset();
    h = await openHarness(target, { clock });
    await h.store.query(`INSERT INTO organisations (id, name, district) VALUES ('org-dc-yangguang', '{"zh":"东城区阳光社会工作服务中心","en":"Dongcheng Sunshine Social Work Centre"}', 'dongcheng')`);
    operator = await h.signIn({ username: 'dc.operator', role: 'district_operator', district: 'dongcheng', displayName: { zh: '东城区民政局经办人', en: 'Dongcheng operator' } });
    worker = await h.signIn({ username: 'dc.worker', role: 'caseworker', district: 'dongcheng', displayName: { zh: '王芳', en: 'Wang Fang' } });
    colleague = await h.signIn({ username: 'dc.colleague', role: 'caseworker', district: 'dongcheng', displayName: { zh: '李明', en: 'Li Ming' } });
    await h.signIn({ username: 'dc.org.worker', role: 'caseworker', district: 'dongcheng', organisation: 'org-dc-yangguang', displayName: { zh: '阳光社工', en: 'Sunshine caseworker' } });
    await h.signIn({ username: 'dc.supervisor', role: 'professional_supervisor', district: 'dongcheng' });
    await h.signIn({ username: 'hd.worker', role: 'caseworker', district: 'haidian' });
    haidianOperator = await h.signIn({ username: 'hd.operator', role: 'district_operator', district: 'haidian' });
    ids = Object.fromEntries((await h.app.services.accounts.listUsers()).map((u) => [u.username, u.id]));
    const { runtime } = h.app.services;
    await runtime.registerVersion(versionFixture(PROCESS, { code: CODE, eligibility: ELIGIBILITY }));
    await runtime.deploy({ code: CODE, version: 1, districts: ['dongcheng', 'haidian'], actor: 'test' });
  });
  afterEach(() => h.close());

  const as = (token: Token) => ({
    get: (url: string) => request(h.app).get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body?: object) => request(h.app).post(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  const start = async (clientName: string, street: string, body: object = {}): Promise<CaseBody> =>
    (await as(operator).post('/api/cases', { standard: CODE, data: { clientName, street }, ...body }).expect(201)).body;
  const intakeOf = (c: CaseBody) => c.openTasks.find((t) => t.elementId === 'intake')!.id;
  const assign = (token: Token, taskId: string, assignee: string) => as(token).post(`/api/tasks/${taskId}/assign`, { assignee });

  it('numbers a case started without a number, and keeps one given', async () => {
    expect((await start('张桂兰', '交道口街道')).caseKey).toBe('DC-2026-000001');
    expect((await start('李建国', '景山街道', { caseKey: 'DC-2026-0311' })).caseKey).toBe('DC-2026-0311');
    expect((await start('王秀英', '东四街道')).caseKey).toBe('DC-2026-000002');
  });

  it('lists cases with the client, the step by name, its holder by name and the next due date, found by name and filtered', async () => {
    const a = await start('张桂兰', '交道口街道');
    clock.advance(60_000);
    await start('李建国', '景山街道');
    await as(worker).post(`/api/tasks/${intakeOf(a)}/claim`).expect(200);

    const found = (await as(operator).get(`/api/cases?q=${encodeURIComponent('桂兰')}`).expect(200)).body;
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({
      caseKey: 'DC-2026-000001',
      client: '张桂兰',
      street: '交道口街道',
      steps: [{ name: { zh: '接案登记', en: 'Intake' }, kind: 'task', assignee: ids['dc.worker'] }],
      nextDueAt: '2026-03-09T01:00:00.000Z',
    });
    expect(found.people[ids['dc.worker']!].displayName).toEqual({ zh: '王芳', en: 'Wang Fang' });

    const keys = async (query: string) => (await as(operator).get(`/api/cases?${query}`).expect(200)).body.items.map((c: { caseKey: string }) => c.caseKey);
    expect(await keys(`street=${encodeURIComponent('景山街道')}`)).toEqual(['DC-2026-000002']);
    expect(await keys(`assignee=${ids['dc.worker']}`)).toEqual(['DC-2026-000001']);
    expect(await keys('status=running')).toEqual(['DC-2026-000002', 'DC-2026-000001']);
    clock.advance(8 * DAY);
    await signInAgain();
    expect(await keys('overdue=true')).toEqual(['DC-2026-000002', 'DC-2026-000001']);

    // The inbox names each task's client too.
    const inbox = (await as(colleague).get('/api/tasks').expect(200)).body.items;
    expect(inbox.map((t: { client: string }) => t.client).sort()).toEqual(['张桂兰', '李建国']);
  });

  it('shows the district’s operator each caseworker’s open and overdue tasks, those nobody holds, and the tasks behind each figure', async () => {
    const a = await start('张桂兰', '交道口街道');
    clock.advance(60_000);
    const b = await start('李建国', '景山街道');
    clock.advance(60_000);
    const c = await start('王秀英', '东四街道');
    await as(worker).post(`/api/tasks/${intakeOf(a)}/claim`).expect(200);
    clock.advance(8 * DAY);
    await signInAgain();
    await as(worker).post(`/api/tasks/${intakeOf(b)}/claim`).expect(200);
    await start('赵某', '东四街道');
    await as(colleague).post(`/api/tasks/${intakeOf(c)}/claim`).expect(200);

    const load = (await as(operator).get('/api/districts/dongcheng/workload').expect(200)).body;
    expect(load.caseworkers.map((w: { username: string; open: number; overdue: number; account: boolean }) => [w.username, w.open, w.overdue, w.account])).toEqual([
      ['dc.colleague', 1, 1, true],
      ['dc.org.worker', 0, 0, true],
      ['dc.worker', 2, 2, true],
    ]);
    expect(load.caseworkers.find((w: { username: string }) => w.username === 'dc.org.worker').organisation).toEqual({
      id: 'org-dc-yangguang',
      name: { zh: '东城区阳光社会工作服务中心', en: 'Dongcheng Sunshine Social Work Centre' },
    });
    expect(load.unassigned).toEqual({ open: 1, overdue: 0 });

    const held = (await as(operator).get(`/api/districts/dongcheng/workload/tasks?assignee=${ids['dc.worker']}`).expect(200)).body;
    expect(held.items.map((t: { caseKey: string; client: string }) => [t.caseKey, t.client])).toEqual([
      ['DC-2026-000001', '张桂兰'],
      ['DC-2026-000002', '李建国'],
    ]);
    const nobody = (await as(operator).get('/api/districts/dongcheng/workload/tasks?assignee=unassigned').expect(200)).body;
    expect(nobody.items.map((t: { caseKey: string }) => t.caseKey)).toEqual(['DC-2026-000004']);

    // Another district's figures are not found; a caseworker has none to read.
    expect((await as(haidianOperator).get('/api/districts/dongcheng/workload').expect(404)).body.code).toBe('NOT_FOUND');
    expect((await as(worker).get('/api/districts/dongcheng/workload').expect(403)).body.code).toBe('FORBIDDEN');
  });

  it('hands a task to another caseworker of the district: in their inbox, in the case’s timeline and in the audit trail', async () => {
    const c = await start('张桂兰', '交道口街道');
    const taskId = intakeOf(c);
    await as(worker).post(`/api/tasks/${taskId}/claim`).expect(200);

    const moved = (await assign(operator, taskId, ids['dc.colleague']!).expect(200)).body;
    expect(moved).toMatchObject({ id: taskId, assignee: ids['dc.colleague'], status: 'open' });
    const mine = (await as(colleague).get('/api/tasks?mine=true').expect(200)).body.items;
    expect(mine.map((t: { id: string }) => t.id)).toEqual([taskId]);
    expect((await as(worker).get('/api/tasks?mine=true').expect(200)).body.items).toEqual([]);

    const file = (await as(colleague).get(`/api/cases/${c.id}`).expect(200)).body;
    const handedOn = file.timeline.find((e: { kind: string }) => e.kind === 'task_reassigned');
    expect(handedOn).toMatchObject({ actor: ids['dc.operator'], data: { assignee: ids['dc.colleague'], previous: ids['dc.worker'] } });
    expect(file.people[ids['dc.colleague']!].displayName.zh).toBe('李明');
    expect(file.people[ids['dc.worker']!].displayName.zh).toBe('王芳');

    await h.app.services.audit.flush();
    const [entry] = (await request(h.app).get('/api/audit?action=assign').set('Authorization', `Bearer ${await h.signIn({ username: 'auditor', role: 'supervisor' })}`).expect(200)).body.items;
    expect(entry).toMatchObject({ actor: { username: 'dc.operator' }, district: 'dongcheng', status: 200, details: { taskId, assignee: ids['dc.colleague'] } });

    // The new holder completes it.
    await as(colleague).post(`/api/tasks/${taskId}/complete`, { data: {} }).expect(200);
  });

  it('refuses to hand on another district’s task, to someone who is no caseworker of the district or cannot see the case, and a task done', async () => {
    const c = await start('张桂兰', '交道口街道');
    const taskId = intakeOf(c);
    const code = async (res: request.Test, status: number) => (await res.expect(status)).body.code;

    expect(await code(assign(haidianOperator, taskId, ids['hd.worker']!), 404)).toBe('TASK_NOT_FOUND');
    expect(await code(assign(worker, taskId, ids['dc.colleague']!), 403)).toBe('FORBIDDEN');
    const notCaseworker = await assign(operator, taskId, ids['dc.supervisor']!).set('Accept-Language', 'en').expect(400);
    expect(notCaseworker.body).toMatchObject({ code: 'ASSIGNEE_INVALID', details: [{ pointer: '/assignee', message: 'the task can only be handed to a caseworker of its district' }] });
    expect(await code(assign(operator, taskId, ids['hd.worker']!), 400)).toBe('ASSIGNEE_INVALID');
    expect(await code(assign(operator, taskId, 'usr_nobody'), 400)).toBe('ASSIGNEE_INVALID');
    // The organisation's caseworker sees only the organisation's cases, and this is none of them.
    const outOfSight = await assign(operator, taskId, ids['dc.org.worker']!).expect(400);
    expect(outOfSight.body).toMatchObject({ code: 'ASSIGNEE_INVALID', message: '阳光社工所在的机构不承办此个案' });
    // A task done is no one's to take over; the district's approval that follows is not a caseworker's to do.
    await as(worker).post(`/api/tasks/${taskId}/complete`, { data: {} }).expect(200);
    expect(await code(assign(operator, taskId, ids['dc.colleague']!), 409)).toBe('TASK_NOT_OPEN');
    const file = (await as(operator).get(`/api/cases/${c.id}`).expect(200)).body;
    const approval = file.openTasks.find((t: { elementId: string }) => t.elementId === 'approve');
    expect(await code(assign(operator, approval.id, ids['dc.colleague']!), 403)).toBe('TASK_NOT_FOR_ROLE');
    expect(file.timeline.filter((e: { kind: string }) => e.kind === 'task_reassigned')).toEqual([]);
  });

  it('lists the district’s streets, towns and townships from the register, in both languages', async () => {
    const streets = (await as(worker).get('/api/districts/dongcheng/streets').expect(200)).body.items;
    expect(streets).toHaveLength(17);
    expect(streets[2]).toEqual({ code: '110101003', kind: 'subdistrict', name: { zh: '交道口街道', en: 'Jiaodaokou Subdistrict' } });
    expect((await as(worker).get('/api/districts/atlantis/streets').expect(404)).body.code).toBe('NOT_FOUND');
  });
});
