/**
 * District and organisation scoping as people notice it: lists show only what is theirs, and another
 * district's objects cannot be read, changed or even found.
 */
import { storeTargets } from '@jingzhun/engine/testing';
import { openHttpHarness, ORGANISATION, type HttpHarness, type Person } from './support/http-harness';
import { deployFixtures, INCIDENT_CODE } from './support/fixture-standards';
import { publishSample, SAMPLE_CODE, startCase, type StartedCase } from './support/sample-flow';

describe.each(storeTargets())('district and organisation scoping on $kind', (target) => {
  let h: HttpHarness;
  let dc: StartedCase;
  let dcOrg: StartedCase;
  let hd: StartedCase;
  beforeAll(async () => {
    h = await openHttpHarness(target);
    await publishSample(h);
    await deployFixtures(h);
    dc = await startCase(h, 'dongcheng.worker');
    dcOrg = await startCase(h, 'dongcheng.org.worker');
    hd = await startCase(h, 'haidian.worker');
    await h.as('haidian.operator').put(`/api/districts/haidian/deployments/${SAMPLE_CODE}/variant`, { values: { followupDays: 10 } }).expect(200);
    // An incident in each district.
    for (const person of ['dongcheng.worker', 'haidian.worker'] as const) {
      const c = (await h.as(person).post('/api/cases', { standard: INCIDENT_CODE, caseKey: `INC-${person}`, data: { name: '王五' } }).expect(201)).body;
      await h.as(person).post(`/api/tasks/${c.openTasks[0].id}/complete`, { data: { tier: 'general' } }).expect(200);
    }
  });
  afterAll(() => h.close());

  const caseIds = async (person: Person, query = '') =>
    ((await h.as(person).get(`/api/cases?standard=${SAMPLE_CODE}${query}`).expect(200)).body.items as Array<{ id: string }>).map((c) => c.id).sort();
  const taskCases = async (person: Person) =>
    ((await h.as(person).get(`/api/tasks?standard=${SAMPLE_CODE}`).expect(200)).body.items as Array<{ caseId: string }>).map((t) => t.caseId).sort();

  it('lists cases: city roles all, a district its own, an organisation only its own', async () => {
    expect(await caseIds('admin')).toEqual([dc.id, dcOrg.id, hd.id].sort());
    expect(await caseIds('supervisor')).toEqual([dc.id, dcOrg.id, hd.id].sort());
    expect(await caseIds('dongcheng.operator')).toEqual([dc.id, dcOrg.id].sort());
    expect(await caseIds('dongcheng.worker')).toEqual([dc.id, dcOrg.id].sort());
    expect(await caseIds('dongcheng.org.worker')).toEqual([dcOrg.id]);
    expect(await caseIds('dongcheng.supervisor')).toEqual([dc.id, dcOrg.id].sort());
    expect(await caseIds('haidian.worker')).toEqual([hd.id]);
    expect(await caseIds('haidian.supervisor')).toEqual([hd.id]);
    // A text search for another district's case key finds nothing either.
    expect((await h.as('haidian.operator').get(`/api/cases?q=${encodeURIComponent(dc.caseKey)}`).expect(200)).body.items).toEqual([]);
  });

  it('pages through only what is in scope', async () => {
    const first = (await h.as('dongcheng.worker').get(`/api/cases?standard=${SAMPLE_CODE}&limit=1`).expect(200)).body;
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await h.as('dongcheng.worker').get(`/api/cases?standard=${SAMPLE_CODE}&limit=1&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((c: { id: string }) => c.id).sort()).toEqual([dc.id, dcOrg.id].sort());
  });

  it('lists tasks and incidents of the caller’s district (and organisation) only', async () => {
    expect(await taskCases('dongcheng.worker')).toEqual([dc.id, dcOrg.id].sort());
    expect(await taskCases('dongcheng.org.worker')).toEqual([dcOrg.id]);
    expect(await taskCases('haidian.worker')).toEqual([hd.id]);
    expect(await taskCases('admin')).toEqual([dc.id, dcOrg.id, hd.id].sort());
    const incidents = async (person: Person) => (await h.as(person).get('/api/incidents?open=true').expect(200)).body.items as Array<{ caseId: string }>;
    expect(await incidents('admin')).toHaveLength(2);
    expect(await incidents('dongcheng.operator')).toHaveLength(1);
    expect(await incidents('dongcheng.org.worker')).toEqual([]);
    const [mine] = await incidents('haidian.operator');
    const detail = (await h.as('haidian.operator').get(`/api/cases/${mine!.caseId}`).expect(200)).body;
    expect(detail.district).toBe('haidian');
  });

  it('hides another district’s case, task, deployments and variant as not found', async () => {
    expect((await h.as('haidian.worker').get(`/api/cases/${dc.id}`).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    expect((await h.as('dongcheng.org.worker').get(`/api/cases/${dc.id}`).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    expect((await h.as('haidian.worker').post(`/api/tasks/${dc.openTasks[0]!.id}/complete`, { data: { referralSource: 'self' } }).expect(404)).body.code).toBe('TASK_NOT_FOUND');
    expect((await h.as('haidian.operator').post(`/api/cases/${dc.id}/cancel`, { reason: 'x' }).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    expect((await h.as('haidian.operator').get(`/api/tasks?caseId=${dc.id}`).expect(200)).body.items).toEqual([]);
    // The unknown and the hidden read alike.
    const hidden = await h.as('haidian.worker').get(`/api/cases/${dc.id}`).set('Accept-Language', 'en');
    const unknown = await h.as('haidian.worker').get('/api/cases/00000000-0000-4000-8000-000000000000').set('Accept-Language', 'en');
    expect(hidden.body.message.replace(dc.id, '?')).toBe(unknown.body.message.replace('00000000-0000-4000-8000-000000000000', '?'));

    await h.as('dongcheng.operator').get('/api/districts/haidian/deployments').expect(404);
    await h.as('dongcheng.operator').put(`/api/districts/haidian/deployments/${SAMPLE_CODE}/variant`, { values: { followupDays: 7 } }).expect(404);
    const own = (await h.as('dongcheng.operator').get('/api/districts/dongcheng/deployments').expect(200)).body.items;
    expect(own.map((d: { district: string }) => d.district)).toEqual(own.map(() => 'dongcheng'));
    const haidian = (await h.as('supervisor').get('/api/districts/haidian/deployments').expect(200)).body.items;
    expect(haidian.find((d: { code: string }) => d.code === SAMPLE_CODE).variant).toEqual({ followupDays: 10 });
    // The variant of 海淀 did not touch 东城.
    expect(own.find((d: { code: string }) => d.code === SAMPLE_CODE).variant).toEqual({});
  });

  it('starts cases only in the caller’s district and organisation', async () => {
    const refused = await h.as('haidian.worker').post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'X-1', data: { name: '张三', age: 70 }, district: 'dongcheng' }).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    await h.as('dongcheng.org.worker').post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'X-2', data: { name: '张三', age: 70 }, organisation: 'org-other' }).expect(403);
    const handed = await h.as('dongcheng.operator').post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'X-3', data: { name: '张三', age: 70 }, organisation: ORGANISATION.id }).expect(201);
    expect(handed.body.organisation).toBe(ORGANISATION.id);
    const wrongDistrict = await h.as('haidian.operator').post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'X-4', data: { name: '张三', age: 70 }, organisation: ORGANISATION.id }).expect(400);
    expect(wrongDistrict.body.details).toEqual([expect.objectContaining({ pointer: '/organisation' })]);
    const cityNeedsDistrict = await h.as('admin').post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'X-5', data: { name: '张三', age: 70 } }).expect(400);
    expect(cityNeedsDistrict.body.details).toEqual([expect.objectContaining({ pointer: '/district' })]);
  });
});
