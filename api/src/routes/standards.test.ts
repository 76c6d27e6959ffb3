import request from 'supertest';
import { storeTargets } from '@jingzhun/engine/testing';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import { openHarness, type Harness } from '../test-support/harness';

describe.each(storeTargets())('standards over HTTP on $kind', (target) => {
  let h: Harness;
  let officer: string;
  let reviewer: string;
  let worker: string;
  beforeEach(async () => {
    h = await openHarness(target);
    officer = await h.signIn({ username: 'officer', role: 'standards_officer' });
    reviewer = await h.signIn({ username: 'reviewer', role: 'reviewer' });
    worker = await h.signIn({ username: 'dc.worker', role: 'caseworker', district: 'dongcheng' });
  });
  afterEach(() => h.close());

  const as = (token: string) => ({
    get: (url: string) => request(h.app).get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body?: object) => request(h.app).post(url).set('Authorization', `Bearer ${token}`).send(body),
    put: (url: string, body?: object) => request(h.app).put(url).set('Authorization', `Bearer ${token}`).send(body),
  });

  it('takes a standard from draft through review to a published, deployed version', async () => {
    const created = await as(officer).post('/api/standards', { standard: sampleStandard() }).expect(201);
    expect(created.body).toMatchObject({ code: SAMPLE_CODE, draft: { revision: 1, status: 'draft', problems: [] } });

    // The author may not approve their own draft; a draft must be submitted first.
    await as(reviewer).post(`/api/standards/${SAMPLE_CODE}/draft/approve`, {}).expect(409);
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200, { status: 'in_review' });
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/draft/approve`, {}).expect(403);

    // Rejected with a comment, revised, resubmitted, approved.
    await as(reviewer).post(`/api/standards/${SAMPLE_CODE}/draft/reject`, { comment: '请补充回访要求' }).expect(200, { status: 'rejected' });
    const detail = (await as(officer).get(`/api/standards/${SAMPLE_CODE}`).expect(200)).body;
    expect(detail.draft).toMatchObject({ status: 'rejected', reviewComment: '请补充回访要求' });
    const revised = { ...sampleStandard(), summary: { zh: '补充了回访要求', en: 'Follow-up requirements added' } };
    await as(officer).put(`/api/standards/${SAMPLE_CODE}/draft`, { standard: revised, revision: 1 }).expect(200, { revision: 2, problems: [] });
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200);
    const approved = await as(reviewer).post(`/api/standards/${SAMPLE_CODE}/draft/approve`, { comment: '同意', changelog: '首次发布' }).expect(200);
    expect(approved.body).toEqual({ version: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const version = (await as(worker).get(`/api/standards/${SAMPLE_CODE}/versions/1`).expect(200)).body;
    expect(version).toMatchObject({ code: SAMPLE_CODE, version: 1, status: 'published', changelog: '首次发布', standard: { summary: revised.summary } });

    const deployed = await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: 'all' }).expect(200);
    expect(deployed.body.deployments).toHaveLength(16);
    const list = (await as(worker).get('/api/standards?district=dongcheng').expect(200)).body.items;
    expect(list).toEqual([expect.objectContaining({ code: SAMPLE_CODE, status: 'published', latestVersion: 1, deployedDistricts: expect.arrayContaining(['dongcheng', 'haidian']) })]);

    const story = (await as(reviewer).get(`/api/standards/${SAMPLE_CODE}`).expect(200)).body;
    expect(story.draft).toBeNull();
    expect(story.history.map((e: { action: string }) => e.action)).toEqual(['created', 'submitted', 'rejected', 'submitted', 'approved']);
    // Screens name people, not ids: the response says who each actor is.
    const who = (id: string) => story.people[id]?.username;
    expect(story.history.map((e: { actor: string }) => who(e.actor))).toEqual(['officer', 'officer', 'reviewer', 'officer', 'reviewer']);
    expect([who(story.versions[0].author), who(story.versions[0].approver)]).toEqual(['officer', 'reviewer']);
  });

  it('keeps every form’s fields in the order the author wrote them, in the draft and in the published version', async () => {
    const standard = sampleStandard();
    // Written longest key first: a store that sorts keys (jsonb: shorter first) would turn them around.
    const written = ['householdSituation', 'interviewDate', 'street', 'name', 'age'];
    const form = { type: 'object', title: '面谈', properties: Object.fromEntries(written.map((key) => [key, { type: 'string', title: key }])) };
    const ordered = { ...standard, forms: { ...standard.forms, plan: form } };
    await as(officer).post('/api/standards', { standard: ordered }).expect(201);
    const draft = (await as(officer).get(`/api/standards/${SAMPLE_CODE}`).expect(200)).body.draft;
    expect(Object.keys(draft.standard.forms.plan.properties)).toEqual(written);
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200);
    await as(reviewer).post(`/api/standards/${SAMPLE_CODE}/draft/approve`, { comment: '同意', changelog: '首次发布' }).expect(200);
    const version = (await as(worker).get(`/api/standards/${SAMPLE_CODE}/versions/1`).expect(200)).body;
    expect(Object.keys(version.standard.forms.plan.properties)).toEqual(written);
  });

  it('saves a draft with its problems, and refuses to submit it until they are fixed', async () => {
    await as(officer).post('/api/standards', { standard: sampleStandard() }).expect(201);
    const broken = sampleStandard();
    broken.process = broken.process.replace(' std:role="caseworker" std:form="intake"', ' std:form="intake"');
    const saved = await as(officer).put(`/api/standards/${SAMPLE_CODE}/draft`, { standard: broken, revision: 1 }).expect(200);
    expect(saved.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', elementId: 'Task_intake' })]));
    const refused = await as(officer).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).set('Accept-Language', 'en').expect(400);
    expect(refused.body.code).toBe('STANDARD_INVALID');
    expect(refused.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ elementId: 'Task_intake', message: expect.any(String) })]));
  });

  it('answers a stale revision with 409 and keeps the newer draft', async () => {
    await as(officer).post('/api/standards', { standard: sampleStandard() }).expect(201);
    const edited = { ...sampleStandard(), summary: { zh: '第二稿', en: 'Second draft' } };
    await as(officer).put(`/api/standards/${SAMPLE_CODE}/draft`, { standard: edited, revision: 1 }).expect(200);
    const stale = await as(officer).put(`/api/standards/${SAMPLE_CODE}/draft`, { standard: sampleStandard(), revision: 1 }).expect(409);
    expect(stale.body.code).toBe('DRAFT_STALE');
    const detail = (await as(officer).get(`/api/standards/${SAMPLE_CODE}`).expect(200)).body;
    expect(detail.draft.standard.summary).toEqual(edited.summary);
  });

  it('validates without saving, and refuses what is not a standard at all', async () => {
    const res = await as(officer).post('/api/standards/validate', { standard: { code: 'x' } }).expect(200);
    expect(res.body.problems.length).toBeGreaterThan(0);
    const bad = await as(officer).post('/api/standards', { standard: { code: 'lower-case', title: { zh: 'x', en: 'x' } } }).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ pointer: '/standard/code' })]);
    await as(officer).post('/api/standards', { standard: sampleStandard() }).expect(201);
    await as(officer).post('/api/standards', { standard: sampleStandard() }).expect(409);
  });

  it('keeps authoring to officers and review to reviewers', async () => {
    await as(worker).post('/api/standards', { standard: sampleStandard() }).expect(403);
    await as(officer).post('/api/standards', { standard: sampleStandard() }).expect(201);
    await as(worker).put(`/api/standards/${SAMPLE_CODE}/draft`, { standard: sampleStandard(), revision: 1 }).expect(403);
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200);
    await as(worker).post(`/api/standards/${SAMPLE_CODE}/draft/approve`, {}).expect(403);
    await as(worker).get('/api/standards/BJ-NO-SUCH').expect(404);
  });

  it('diffs a version against the next draft, with both diagrams', async () => {
    await as(officer).post('/api/standards', { standard: sampleStandard() }).expect(201);
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200);
    await as(reviewer).post(`/api/standards/${SAMPLE_CODE}/draft/approve`, {}).expect(200);
    const next = sampleStandard();
    next.process = next.process.replace('name="接案登记"', 'name="接案与登记"');
    await as(officer).put(`/api/standards/${SAMPLE_CODE}/draft`, { standard: next, revision: 0 }).expect(200);
    const diff = (await as(reviewer).get(`/api/standards/${SAMPLE_CODE}/diff?from=1&to=draft`).expect(200)).body;
    expect(JSON.stringify(diff.diff)).toContain('Task_intake');
    expect(diff.fromXml).toContain('接案登记');
    expect(diff.toXml).toContain('接案与登记');
  });

  it('retires a version: it can no longer be deployed', async () => {
    await as(officer).post('/api/standards', { standard: sampleStandard() }).expect(201);
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200);
    await as(reviewer).post(`/api/standards/${SAMPLE_CODE}/draft/approve`, {}).expect(200);
    await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/1/retire`).expect(200, { status: 'retired' });
    const res = await as(officer).post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: ['dongcheng'] }).expect(409);
    expect(res.body.code).toBe('VERSION_RETIRED');
  });
});
