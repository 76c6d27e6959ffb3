/**
 * The whole journey through HTTP: a standard is drafted, reviewed, published and deployed citywide;
 * 东城 tightens its follow-up interval, starts a case, works its tasks; the follow-up timer fires
 * on the district's schedule; the case ends; the audit trail shows every step and who took it.
 */
import { storeTargets } from '@jingzhun/engine/testing';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import { openHttpHarness, type HttpHarness } from './support/http-harness';

const DAY = 86_400_000;

describe.each(storeTargets())('the journey of a standard and a case, through HTTP, on $kind', (target) => {
  let h: HttpHarness;
  beforeEach(async () => {
    h = await openHttpHarness(target, { start: '2025-03-03T01:00:00.000Z' });
  });
  afterEach(() => h.close());

  it('from a draft to a closed case, with every step in the audit trail', async () => {
    // The officer drafts and submits; the reviewer approves: version 1 is published.
    await h.as('officer').post('/api/standards', { standard: sampleStandard() }).expect(201);
    await h.as('officer').post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200, { status: 'in_review' });
    const approved = await h.as('reviewer').post(`/api/standards/${SAMPLE_CODE}/draft/approve`, { comment: '同意发布', changelog: '首次发布' }).expect(200);
    expect(approved.body.version).toBe(1);

    // The city deploys it to all 16 districts.
    const deployed = await h.as('officer').post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: 'all' }).expect(200);
    expect(deployed.body.deployments).toHaveLength(16);

    // 东城 follows up after 14 days instead of the city's 30 (tighter is allowed, looser is not).
    await h.as('dongcheng.operator').put(`/api/districts/dongcheng/deployments/${SAMPLE_CODE}/variant`, { values: { followupDays: 45 } }).expect(400);
    const variant = await h.as('dongcheng.operator').put(`/api/districts/dongcheng/deployments/${SAMPLE_CODE}/variant`, { values: { followupDays: 14 } }).expect(200);
    expect(variant.body.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'followupDays', value: 14, default: 30 })]));

    // 东城 starts a case; its caseworker finds the intake in the inbox.
    const started = await h.as('dongcheng.worker').post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'DC-2025-0001', data: { name: '张桂兰', age: 78 } }).expect(201);
    const caseId: string = started.body.id;
    expect(started.body).toMatchObject({ district: 'dongcheng', status: 'running', parameters: { followupDays: 14 } });
    const inbox = (await h.as('dongcheng.worker').get('/api/tasks').expect(200)).body.items;
    expect(inbox.map((t: { elementId: string; caseId: string }) => [t.elementId, t.caseId])).toEqual([['Task_intake', caseId]]);
    expect((await h.as('haidian.worker').get('/api/tasks').expect(200)).body.items).toEqual([]);

    const work = async (person: 'dongcheng.worker' | 'supervisor', elementId: string, data: Record<string, unknown>) => {
      const items = (await h.as(person).get(`/api/tasks?caseId=${caseId}`).expect(200)).body.items as Array<{ id: string; elementId: string }>;
      const task = items.find((t) => t.elementId === elementId);
      expect(task).toBeDefined();
      await h.as(person).post(`/api/tasks/${task!.id}/claim`).expect(200);
      const done = await h.as(person).post(`/api/tasks/${task!.id}/complete`, { data }).expect(200);
      expect(done.body).toMatchObject({ status: 'completed', elementId });
    };
    await work('dongcheng.worker', 'Task_intake', { referralSource: '96156', notes: '社区转介' });
    h.clock.advance(2 * DAY);
    await h.signInAll();
    await work('dongcheng.worker', 'Task_assess', { risk: 'high', needs: ['助餐', '陪同就医'] });
    await work('supervisor', 'Task_plan', { goals: ['每周两次助餐', '每月陪同就医'] });

    // The case waits for the follow-up, due 14 days on (东城's variant).
    const waiting = (await h.as('dongcheng.worker').get(`/api/cases/${caseId}`).expect(200)).body;
    expect(waiting.position.active).toEqual(['Event_wait']);
    expect(waiting.timers).toEqual([{ elementId: 'Event_wait', dueAt: new Date(h.clock.now().getTime() + 14 * DAY).toISOString() }]);
    h.clock.advance(10 * DAY);
    expect((await h.app.services.runtime.runDue(h.clock.now())).fired).toBe(0);
    h.clock.advance(5 * DAY);
    expect((await h.app.services.runtime.runDue(h.clock.now())).fired).toBe(1);
    await h.signInAll();

    await work('dongcheng.worker', 'Task_followup', { satisfaction: 5, notes: '老人满意' });
    const closed = (await h.as('dongcheng.operator').get(`/api/cases/${caseId}`).expect(200)).body;
    expect(closed).toMatchObject({ status: 'completed', openTasks: [], endedAt: expect.any(String) });
    expect(closed.position.completed).toEqual(expect.arrayContaining(['Task_intake', 'Task_assess', 'Task_plan', 'Event_wait', 'Task_followup', 'End_closed']));
    const kinds = closed.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['case_started', 'timer_scheduled', 'timer_fired', 'case_completed']));
    expect(kinds.filter((k: string) => k === 'task_completed')).toHaveLength(4);
    expect((await h.as('dongcheng.worker').get('/api/cases?status=completed').expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);

    // The audit trail: every write and every read of the case, with who did it, oldest first here.
    await h.app.services.audit.flush();
    const audit = (await h.as('supervisor').get('/api/audit?limit=500').expect(200)).body.items as Array<{
      actor: { username: string | null };
      action: string;
      resource: string;
      status: number;
    }>;
    const steps = audit
      .filter((e) => e.action !== 'POST /auth/login' && e.action !== 'GET /audit')
      .reverse()
      .map((e) => `${e.actor.username} ${e.action} ${e.status}`);
    expect(steps).toEqual([
      'officer POST /standards 201',
      'officer POST /standards/:code/draft/submit 200',
      'reviewer POST /standards/:code/draft/approve 200',
      'officer POST /standards/:code/versions/:version/deploy 200',
      'dongcheng.operator PUT /districts/:district/deployments/:standard/variant 400',
      'dongcheng.operator PUT /districts/:district/deployments/:standard/variant 200',
      'dongcheng.worker POST /cases 201',
      'dongcheng.worker POST /tasks/:id/claim 200',
      'dongcheng.worker POST /tasks/:id/complete 200',
      'dongcheng.worker POST /tasks/:id/claim 200',
      'dongcheng.worker POST /tasks/:id/complete 200',
      'supervisor POST /tasks/:id/claim 200',
      'supervisor POST /tasks/:id/complete 200',
      'dongcheng.worker GET /cases/:id 200',
      'dongcheng.worker POST /tasks/:id/claim 200',
      'dongcheng.worker POST /tasks/:id/complete 200',
      'dongcheng.operator GET /cases/:id 200',
    ]);
    expect(audit.find((e) => e.action === 'POST /cases')?.resource).toBe('/api/cases');
    expect(audit.filter((e) => e.action === 'GET /cases/:id').every((e) => e.resource === `/api/cases/${caseId}`)).toBe(true);
    // Who the client is never reaches the audit trail.
    expect(JSON.stringify(audit)).not.toContain('张桂兰');
  });
});
