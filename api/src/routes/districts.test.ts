import request from 'supertest';
import { storeTargets } from '@jingzhun/engine/testing';
import { openHarness, type Harness } from '../test-support/harness';
import { publishSample, SAMPLE_CODE } from '../test-support/sample';

describe.each(storeTargets())('districts, deployments, variants and the audit trail over HTTP on $kind', (target) => {
  let h: Harness;
  let officer: string;
  let operator: string;
  let admin: string;
  let supervisor: string;
  beforeEach(async () => {
    h = await openHarness(target);
    officer = await h.signIn({ username: 'officer', role: 'standards_officer' });
    const reviewer = await h.signIn({ username: 'reviewer', role: 'reviewer' });
    operator = await h.signIn({ username: 'dc.operator', role: 'district_operator', district: 'dongcheng' });
    admin = await h.signIn({ username: 'admin', role: 'admin' });
    supervisor = await h.signIn({ username: 'supervisor', role: 'supervisor' });
    await publishSample(h.app, officer, reviewer, ['dongcheng']);
  });
  afterEach(() => h.close());

  const as = (token: string) => ({
    get: (url: string) => request(h.app).get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body?: object) => request(h.app).post(url).set('Authorization', `Bearer ${token}`).send(body),
    put: (url: string, body?: object) => request(h.app).put(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  const variant = (values: unknown, district = 'dongcheng') => as(operator).put(`/api/districts/${district}/deployments/${SAMPLE_CODE}/variant`, { values });

  it('lists Beijing’s 16 districts in both languages', async () => {
    const items = (await as(operator).get('/api/districts').expect(200)).body.items;
    expect(items).toHaveLength(16);
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'dongcheng', name: { zh: '东城区', en: 'Dongcheng' } })]));
  });

  describe('a district’s deployments', () => {
    it('show each standard deployed with the parameters in force', async () => {
      const items = (await as(operator).get('/api/districts/dongcheng/deployments').expect(200)).body.items;
      expect(items).toEqual([expect.objectContaining({ code: SAMPLE_CODE, version: 1, district: 'dongcheng', variant: {} })]);
      expect(items[0].parameters.find((p: { id: string }) => p.id === 'followupDays')).toMatchObject({ default: 30, value: 30, min: 7, max: 30, tighter: 'lower' });
    });

    it('are none for a district nothing was deployed to; an unknown district is not found, a malformed one named', async () => {
      expect((await as(admin).get('/api/districts/haidian/deployments').expect(200)).body.items).toEqual([]);
      expect((await as(admin).get('/api/districts/atlantis/deployments').expect(404)).body.code).toBe('NOT_FOUND');
      expect((await as(admin).get('/api/districts/Dong-Cheng/deployments').expect(400)).body.details).toEqual([expect.objectContaining({ pointer: '/path/district' })]);
    });
  });

  describe('a district’s variant', () => {
    it('is set when tighter than the city’s and within range, and the parameters in force follow it', async () => {
      const set = (await variant({ followupDays: 14, visitsPerMonth: 4 }).expect(200)).body;
      expect(set.variant).toEqual({ followupDays: 14, visitsPerMonth: 4 });
      expect(set.parameters.map((p: { id: string; value: number }) => [p.id, p.value])).toEqual([
        ['assessDays', 10],
        ['followupDays', 14],
        ['visitsPerMonth', 4],
      ]);
    });

    it('is refused when looser, out of range, unknown, not a number or badly named, changing nothing', async () => {
      await variant({ followupDays: 14, visitsPerMonth: 4 }).expect(200);
      const looser = await variant({ followupDays: 45 }).set('Accept-Language', 'en').expect(400);
      expect(looser.body).toMatchObject({ code: 'VARIANT_INVALID', details: [expect.objectContaining({ pointer: expect.stringContaining('followupDays') })] });
      expect((await variant({ visitsPerMonth: 0 }).expect(400)).body.code).toBe('VARIANT_INVALID');
      expect((await variant({ noSuchParameter: 3 }).expect(400)).body.code).toBe('VARIANT_INVALID');
      expect((await variant({ followupDays: 'soon' }).expect(400)).body.details).toEqual([expect.objectContaining({ pointer: '/values/followupDays' })]);
      expect((await variant({ ['k'.repeat(65)]: 1 }).expect(400)).body.code).toBe('BAD_REQUEST');
      expect((await as(operator).get('/api/districts/dongcheng/deployments').expect(200)).body.items[0].variant).toEqual({ followupDays: 14, visitsPerMonth: 4 });
    });

    it('cannot be set for a standard not deployed in the district', async () => {
      const elsewhere = await as(admin).put(`/api/districts/haidian/deployments/${SAMPLE_CODE}/variant`, { values: { followupDays: 14 } }).expect(409);
      expect(elsewhere.body.code).toBe('NOT_DEPLOYED');
    });
  });

  describe('deploying a version', () => {
    it('deploys it to the districts listed', async () => {
      const res = await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: ['haidian', 'chaoyang'] }).expect(200);
      expect(res.body.deployments.map((d: { district: string }) => d.district).sort()).toEqual(['chaoyang', 'haidian']);
    });

    it('refuses an unknown district with its pointer, an empty or repeated list, and a version that does not exist', async () => {
      const unknown = await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: ['haidian', 'atlantis'] }).expect(400);
      expect(unknown.body.details).toEqual([expect.objectContaining({ pointer: '/districts/1' })]);
      await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: [] }).expect(400);
      await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: ['haidian', 'haidian'] }).expect(400);
      expect((await as(officer).get('/api/districts/haidian/deployments').expect(200)).body.items).toEqual([]);
      expect((await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/9/deploy`, { districts: 'all' }).expect(404)).body.code).toBe('VERSION_NOT_FOUND');
      await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/99999999999/deploy`, { districts: 'all' }).expect(400);
    });
  });

  describe('the audit trail', () => {
    it('records a refused write with who, where, what, the answer and the request', async () => {
      await variant({ followupDays: 20 }).expect(200);
      await variant({ followupDays: 99 }).expect(400);
      await h.app.services.audit.flush();
      const all = (await as(supervisor).get('/api/audit').expect(200)).body.items;
      expect(all[0]).toMatchObject({
        actor: { username: 'dc.operator', role: 'district_operator' },
        district: 'dongcheng',
        action: 'PUT /districts/:district/deployments/:standard/variant',
        resource: `/api/districts/dongcheng/deployments/${SAMPLE_CODE}/variant`,
        status: 400,
        requestId: expect.any(String),
      });
    });

    it('filters by actor, newest first', async () => {
      await h.app.services.audit.flush();
      const byActor = (await as(admin).get('/api/audit?actor=officer').expect(200)).body.items;
      expect(byActor.map((e: { action: string }) => e.action)).toEqual(['POST /standards/:code/versions/:version/deploy', 'POST /standards/:code/draft/submit', 'POST /standards']);
      expect((await as(admin).get('/api/audit?from=2999-01-01T00:00:00Z').expect(200)).body.items).toEqual([]);
    });

    it('pages with a cursor until there is no next page', async () => {
      await variant({ followupDays: 20 }).expect(200);
      await variant({ followupDays: 99 }).expect(400);
      await h.app.services.audit.flush();
      const page = (await as(admin).get('/api/audit?action=variant&limit=1').expect(200)).body;
      expect(page.items).toHaveLength(1);
      const next = (await as(admin).get(`/api/audit?action=variant&limit=1&cursor=${page.nextCursor}`).expect(200)).body;
      expect(next.items[0].status).toBe(200);
      expect(next.nextCursor).toBeNull();
    });

    it('refuses bad filters with a pointer to each, and is closed to district operators', async () => {
      const bad = await as(admin).get('/api/audit?from=yesterday&cursor=0&limit=9999').expect(400);
      expect(bad.body.details.map((d: { pointer: string }) => d.pointer).sort()).toEqual(['/query/cursor', '/query/from', '/query/limit']);
      await as(operator).get('/api/audit').expect(403);
    });
  });
});
