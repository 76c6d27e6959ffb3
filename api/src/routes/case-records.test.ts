import request from 'supertest';
import { manualClock, productionStoreTarget } from '@jingzhun/engine/testing';
import { SAMPLE_CODE, sampleWithProcess } from '@jingzhun/standards/testing';
import { openHarness, type Harness } from '../test-support/harness';

const CLIENT = { name: '张桂兰', age: 78 };
// The sample standard whose home assessment needs a home visit recorded before it is done.
const STANDARD = sampleWithProcess((xml) => xml.replace('std:form="assessment"', 'std:form="assessment" std:minRecords="1" std:minRecordKinds="home_visit"'));

describe.each([productionStoreTarget()])('service records over HTTP on $kind', (target) => {
  let h: Harness;
  const clock = manualClock('2025-03-03T01:00:00.000Z'); // Monday 09:00 in Beijing
  let worker: string;
  let mentor: string;
  let haidian: string;
  let reviewer: string;
  let operator: string;
  // One store for the file (publishing a standard takes seconds); each test starts its own case at 09:00.
  beforeEach(() => clock.reset());
  beforeAll(async () => {
    h = await openHarness(target, { clock });
    const officer = await h.signIn({ username: 'officer', role: 'standards_officer' });
    reviewer = await h.signIn({ username: 'reviewer', role: 'reviewer' });
    operator = await h.signIn({ username: 'dc.operator', role: 'district_operator', district: 'dongcheng' });
    worker = await h.signIn({ username: 'dc.worker', role: 'caseworker', district: 'dongcheng', displayName: { zh: '王社工', en: 'Wang' } });
    mentor = await h.signIn({ username: 'dc.mentor', role: 'professional_supervisor', district: 'dongcheng' });
    haidian = await h.signIn({ username: 'hd.worker', role: 'caseworker', district: 'haidian' });
    await as(officer).post('/api/standards', { standard: STANDARD }).expect(201);
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200);
    await as(reviewer).post(`/api/standards/${SAMPLE_CODE}/draft/approve`, {}).expect(200);
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: ['dongcheng', 'haidian'] }).expect(200);
  });
  afterAll(() => h.close());

  const as = (token: string) => ({
    get: (url: string) => request(h.app).get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body?: object) => request(h.app).post(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  let cases = 0;
  const start = async () => (await as(worker).post('/api/cases', { standard: SAMPLE_CODE, caseKey: `DC-${++cases}`, data: CLIENT }).expect(201)).body as { id: string; openTasks: Array<{ id: string }> };
  // Access tokens last 15 minutes of the clock: the contacts are made within them, after the case started.
  const visit = { kind: 'home_visit', occurredAt: '2025-03-03T09:05:00+08:00', durationMinutes: 50, notes: '入户了解家庭收入与就业意愿' };
  const later = () => clock.advance(10 * 60_000);

  it('records a contact on a case and lists the case’s records with who made them', async () => {
    const c = await start();
    later();
    const made = (await as(worker).post(`/api/cases/${c.id}/records`, visit).expect(201)).body;
    expect(made).toMatchObject({ caseId: c.id, kind: 'home_visit', occurredAt: '2025-03-03T01:05:00.000Z', durationMinutes: 50, notes: visit.notes, recordedAt: '2025-03-03T01:10:00.000Z' });
    // The team's professional supervisor is in touch with families too: a call.
    await as(mentor).post(`/api/cases/${c.id}/records`, { kind: 'phone', occurredAt: '2025-03-03T09:08:00+08:00', durationMinutes: 15 }).expect(201);
    const list = (await as(worker).get(`/api/cases/${c.id}/records`).expect(200)).body;
    expect(list.items.map((r: { kind: string; notes: string }) => [r.kind, r.notes])).toEqual([
      ['home_visit', visit.notes],
      ['phone', ''],
    ]);
    expect(list.people[made.recordedBy].displayName).toEqual({ zh: '王社工', en: 'Wang' });
    const file = (await as(worker).get(`/api/cases/${c.id}`).expect(200)).body;
    expect(file.timeline.filter((e: { kind: string }) => e.kind === 'record_added')).toHaveLength(2);
  });

  it('refuses what it cannot keep with a code, a pointer and a message in the caller’s language', async () => {
    const c = await start();
    later();
    const refused = async (body: object, status: number, code: string, pointer: string, lang = 'zh-CN') => {
      const res = await as(worker).post(`/api/cases/${c.id}/records`, body).set('Accept-Language', lang).expect(status);
      expect(res.body).toMatchObject({ code, details: [expect.objectContaining({ pointer })] });
      return res.body as { message: string; details: Array<{ message: string }> };
    };
    const future = await refused({ ...visit, occurredAt: '2025-03-03T10:00:00+08:00' }, 400, 'RECORD_INVALID', '/occurredAt');
    expect(future).toMatchObject({ message: '服务记录填写有误', details: [{ message: '联系时间不能晚于现在' }] });
    const before = await refused({ ...visit, occurredAt: '2025-03-02T10:00:00+08:00' }, 400, 'RECORD_INVALID', '/occurredAt', 'en');
    expect(before.details[0]!.message).toBe('the contact cannot be before the day the case started (2025-03-03)');
    await refused({ ...visit, kind: 'letter' }, 400, 'BAD_REQUEST', '/kind');
    await refused({ ...visit, durationMinutes: 0 }, 400, 'BAD_REQUEST', '/durationMinutes');
    await refused({ ...visit, durationMinutes: 721 }, 400, 'BAD_REQUEST', '/durationMinutes');
    await refused({ ...visit, occurredAt: 'yesterday' }, 400, 'BAD_REQUEST', '/occurredAt');
    await refused({ ...visit, notes: '记'.repeat(2001) }, 400, 'BAD_REQUEST', '/notes');
    expect((await as(worker).get(`/api/cases/${c.id}/records`).expect(200)).body.items).toEqual([]);
  });

  it('takes records only on running cases the caller may see', async () => {
    const c = await start();
    later();
    expect((await as(haidian).post(`/api/cases/${c.id}/records`, visit).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    expect((await as(haidian).get(`/api/cases/${c.id}/records`).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    expect((await as(reviewer).post(`/api/cases/${c.id}/records`, visit).expect(403)).body.code).toBe('FORBIDDEN');
    await as(operator).post(`/api/cases/${c.id}/cancel`, { reason: '迁出' }).expect(200);
    const closed = await as(worker).post(`/api/cases/${c.id}/records`, visit).expect(409);
    expect(closed.body).toMatchObject({ code: 'CASE_NOT_RUNNING', message: '个案已撤销，不能再添加服务记录' });
    const inEnglish = await as(worker).post(`/api/cases/${c.id}/records`, visit).set('Accept-Language', 'en').expect(409);
    expect(inEnglish.body.message).toBe('the case was cancelled: it takes no more service records');
  });

  it('refuses to complete a step before the records it needs, naming the step', async () => {
    const c = await start();
    await as(worker).post(`/api/tasks/${c.openTasks[0]!.id}/complete`, { data: { referralSource: 'community' } }).expect(200);
    const assess = ((await as(worker).get(`/api/tasks?caseId=${c.id}`).expect(200)).body.items as Array<{ id: string; elementId: string }>)[0]!;
    expect(assess.elementId).toBe('Task_assess');
    later();
    await as(worker).post(`/api/cases/${c.id}/records`, { ...visit, kind: 'phone' }).expect(201);
    const refused = await as(worker).post(`/api/tasks/${assess.id}/complete`, { data: { risk: 'general' } }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'RECORDS_REQUIRED',
      message: '完成此任务前至少需要 1 条服务记录（入户探访），任务开始以来已有 0 条',
      details: [expect.objectContaining({ elementId: 'Task_assess' })],
    });
    await as(worker).post(`/api/cases/${c.id}/records`, visit).expect(201);
    await as(worker).post(`/api/tasks/${assess.id}/complete`, { data: { risk: 'general' } }).expect(200);
  });
});
