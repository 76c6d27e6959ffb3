/**
 * Every endpoint of the registry, as nobody, as every role (city roles, 东城 and 海淀 district roles,
 * their professional supervisors (机构督导), an organisation's caseworker): allowed calls succeed; a role
 * without the permission gets 403; an object of another district (or, for an organisation user, of no
 * organisation of theirs) is 404, never 403, so its existence does not leak. A route added to the API
 * without a row here fails the test.
 */
import type request from 'supertest';
import { productionStoreTarget } from '@jingzhun/engine/testing';
import { standardToZip } from '@jingzhun/standards';
import { openHttpHarness, PASSWORD, PEOPLE, type Caller, type HttpHarness, type Person } from './support/http-harness';
import { deployFixtures, INCIDENT_CODE, MESSAGE_CODE, sampleAs } from './support/fixture-standards';
import { CLIENT, publishSample, SAMPLE_CODE, startCase } from './support/sample-flow';

type Who = Person | 'anonymous';
const PERSONS = Object.keys(PEOPLE) as Person[];
const EVERYONE: Who[] = ['anonymous', ...PERSONS];
const SIGNED_IN = PERSONS;
const CASE_ROLES: Person[] = [
  'admin',
  'supervisor',
  'dongcheng.operator',
  'dongcheng.worker',
  'dongcheng.supervisor',
  'dongcheng.org.worker',
  'haidian.operator',
  'haidian.worker',
  'haidian.supervisor',
];
const STARTERS: Person[] = ['admin', 'dongcheng.operator', 'dongcheng.worker', 'dongcheng.org.worker', 'haidian.operator', 'haidian.worker'];
const OTHER_DISTRICT: Person[] = ['haidian.operator', 'haidian.worker', 'haidian.supervisor'];
// Supervision: city supervisors and administrators, districts' operators and 机构督导, and an organisation's workers (not a district's).
const SUPERVISION_READERS: Person[] = ['admin', 'supervisor', 'dongcheng.operator', 'haidian.operator', 'dongcheng.supervisor', 'haidian.supervisor', 'dongcheng.org.worker'];

interface Row {
  /** Who succeeds, with `ok`; everyone else signed in gets 403 unless listed in `notFound`; nobody gets 401. */
  allow: readonly Who[];
  notFound?: readonly Person[];
  ok: number;
  /** Sends the request as `who` (a fresh object prepared first when the call changes it). */
  send(ctx: Ctx, who: Who): Promise<request.Response>;
}

interface Ctx {
  h: HttpHarness;
  caller(who: Who): Caller;
  fresh(prefix: string): string;
}

const city = (who: Who) => who === 'admin' || who === 'officer' || who === 'reviewer' || who === 'supervisor';

async function dongchengCase(ctx: Ctx) {
  return startCase(ctx.h, 'dongcheng.worker');
}

async function freshStandard(ctx: Ctx, stage: 'draft' | 'in_review' | 'published'): Promise<string> {
  const code = ctx.fresh('BJ-MX');
  await ctx.h.as('officer').post('/api/standards', { standard: sampleAs(code) }).expect(201);
  if (stage !== 'draft') await ctx.h.as('officer').post(`/api/standards/${code}/draft/submit`).expect(200);
  if (stage === 'published') await ctx.h.as('reviewer').post(`/api/standards/${code}/draft/approve`, {}).expect(200);
  return code;
}

async function incident(ctx: Ctx): Promise<string> {
  const c = (await ctx.h.as('dongcheng.worker').post('/api/cases', { standard: INCIDENT_CODE, caseKey: ctx.fresh('INC'), data: { name: '王五' } }).expect(201)).body;
  await ctx.h.as('dongcheng.worker').post(`/api/tasks/${c.openTasks[0].id}/complete`, { data: { tier: 'general' } }).expect(200);
  const detail = (await ctx.h.as('admin').get(`/api/cases/${c.id}`).expect(200)).body;
  return detail.incidents[0].id as string;
}

/** A 督办 notice sent to 东城 by the supervisor; `replied`: 东城's operator has answered it. */
async function dongchengNotice(ctx: Ctx, stage: 'open' | 'replied' = 'open'): Promise<string> {
  const notice = (await ctx.h.as('supervisor').post('/api/supervision/notices', NOTICE).expect(201)).body;
  if (stage === 'replied') await ctx.h.as('dongcheng.operator').post(`/api/supervision/notices/${notice.id}/reply`, NOTICE_REPLY).expect(200);
  return notice.id as string;
}

const NOTICE = {
  district: 'dongcheng',
  standard: SAMPLE_CODE,
  indicator: 'assess-on-time',
  period: { from: '2026-01-01', to: '2026-03-31' },
  figure: { value: 80, target: 95, comparator: '>=', numerator: 8, denominator: 10 },
  message: '评估及时率低于目标，请核查',
  dueWorkingDays: 5,
};
const NOTICE_REPLY = { findings: '评估积压', actions: '已补齐' };
const NOTICE_READERS: Person[] = ['admin', 'supervisor', 'dongcheng.operator'];

const TASK_WORKERS: Who[] = ['admin', 'dongcheng.worker'];
const TASK_NOT_FOUND: Person[] = [...OTHER_DISTRICT, 'dongcheng.org.worker'];

const MATRIX: Record<string, Row> = {
  'GET /health': { allow: EVERYONE, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/health') },
  'POST /auth/login': {
    allow: EVERYONE,
    ok: 200,
    send: async ({ caller }, who) => caller(who).post('/api/auth/login', { username: who === 'anonymous' ? 'officer' : who, password: PASSWORD }),
  },
  'POST /auth/refresh': {
    allow: EVERYONE,
    ok: 200,
    send: async ({ h, caller }, who) => {
      const session = (await h.anonymous.post('/api/auth/login', { username: who === 'anonymous' ? 'officer' : who, password: PASSWORD }).expect(200)).body;
      return caller(who).post('/api/auth/refresh', { refreshToken: session.refreshToken });
    },
  },
  'POST /auth/logout': {
    allow: SIGNED_IN,
    ok: 204,
    // A session of its own, so the matrix's tokens stay valid.
    send: async ({ h }, who) => {
      if (who === 'anonymous') return h.anonymous.post('/api/auth/logout');
      const session = (await h.anonymous.post('/api/auth/login', { username: who, password: PASSWORD }).expect(200)).body;
      return h.anonymous.post('/api/auth/logout').set('Authorization', `Bearer ${session.accessToken}`);
    },
  },
  'GET /auth/me': { allow: SIGNED_IN, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/auth/me') },
  'GET /standards': { allow: SIGNED_IN, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/standards') },
  'POST /standards/validate': { allow: ['admin', 'officer'], ok: 200, send: async ({ caller }, who) => caller(who).post('/api/standards/validate', { standard: sampleAs('BJ-MX-V') }) },
  'POST /standards': { allow: ['admin', 'officer'], ok: 201, send: async (ctx, who) => ctx.caller(who).post('/api/standards', { standard: sampleAs(ctx.fresh('BJ-MX')) }) },
  'GET /standards/:code': { allow: SIGNED_IN, ok: 200, send: async ({ caller }, who) => caller(who).get(`/api/standards/${SAMPLE_CODE}`) },
  'PUT /standards/:code/draft': {
    allow: ['admin', 'officer'],
    ok: 200,
    send: async (ctx, who) => {
      const code = await freshStandard(ctx, 'draft');
      return ctx.caller(who).put(`/api/standards/${code}/draft`, { standard: sampleAs(code), revision: 1 });
    },
  },
  'POST /standards/:code/draft/submit': {
    allow: ['admin', 'officer'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/standards/${await freshStandard(ctx, 'draft')}/draft/submit`),
  },
  'POST /standards/:code/draft/approve': {
    allow: ['reviewer'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/standards/${await freshStandard(ctx, 'in_review')}/draft/approve`, {}),
  },
  'POST /standards/:code/draft/reject': {
    allow: ['reviewer'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/standards/${await freshStandard(ctx, 'in_review')}/draft/reject`, { comment: '请修改' }),
  },
  'GET /standards/:code/versions/:version': { allow: SIGNED_IN, ok: 200, send: async ({ caller }, who) => caller(who).get(`/api/standards/${SAMPLE_CODE}/versions/1`) },
  'POST /standards/:code/versions/:version/retire': {
    allow: ['admin', 'officer'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/standards/${await freshStandard(ctx, 'published')}/versions/1/retire`),
  },
  'GET /standards/:code/diff': { allow: SIGNED_IN, ok: 200, send: async ({ caller }, who) => caller(who).get(`/api/standards/${SAMPLE_CODE}/diff?from=1&to=1`) },
  'GET /standards/:code/export': { allow: SIGNED_IN, ok: 200, send: async ({ caller }, who) => caller(who).get(`/api/standards/${SAMPLE_CODE}/export?version=1`) },
  'POST /standards/import': {
    allow: ['admin', 'officer'],
    ok: 201,
    send: async (ctx, who) =>
      ctx.caller(who).post('/api/standards/import').set('Content-Type', 'application/zip').send(Buffer.from(standardToZip(sampleAs(ctx.fresh('BJ-MX'))))),
  },
  'POST /standards/:code/versions/:version/deploy': {
    allow: ['admin', 'officer'],
    ok: 200,
    send: async ({ caller }, who) => caller(who).post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: ['dongcheng'] }),
  },
  'GET /districts': { allow: SIGNED_IN, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/districts') },
  'GET /districts/:district/deployments': {
    allow: PERSONS.filter((p) => !OTHER_DISTRICT.includes(p)),
    notFound: OTHER_DISTRICT,
    ok: 200,
    send: async ({ caller }, who) => caller(who).get('/api/districts/dongcheng/deployments'),
  },
  'GET /districts/:district/streets': { allow: SIGNED_IN, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/districts/dongcheng/streets') },
  // A district's workload is its operator's to read and to spread.
  'GET /districts/:district/workload': {
    allow: ['dongcheng.operator'],
    notFound: ['haidian.operator'],
    ok: 200,
    send: async ({ caller }, who) => caller(who).get('/api/districts/dongcheng/workload'),
  },
  'GET /districts/:district/workload/tasks': {
    allow: ['dongcheng.operator'],
    notFound: ['haidian.operator'],
    ok: 200,
    send: async ({ caller }, who) => caller(who).get('/api/districts/dongcheng/workload/tasks?assignee=unassigned'),
  },
  'PUT /districts/:district/deployments/:standard/variant': {
    allow: ['admin', 'dongcheng.operator'],
    notFound: ['haidian.operator'],
    ok: 200,
    send: async ({ caller }, who) => caller(who).put(`/api/districts/dongcheng/deployments/${SAMPLE_CODE}/variant`, { values: { followupDays: 21 } }),
  },
  'POST /cases': {
    allow: STARTERS,
    ok: 201,
    send: async (ctx, who) =>
      ctx.caller(who).post('/api/cases', { standard: SAMPLE_CODE, caseKey: ctx.fresh('C'), data: CLIENT, ...(city(who) ? { district: 'dongcheng' } : {}) }),
  },
  'GET /cases': { allow: CASE_ROLES, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/cases') },
  'GET /cases/:id': {
    allow: ['admin', 'supervisor', 'dongcheng.operator', 'dongcheng.worker', 'dongcheng.supervisor'],
    notFound: TASK_NOT_FOUND,
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).get(`/api/cases/${(await dongchengCase(ctx)).id}`),
  },
  'POST /cases/:id/records': {
    allow: ['admin', 'dongcheng.operator', 'dongcheng.worker', 'dongcheng.supervisor'],
    notFound: TASK_NOT_FOUND,
    ok: 201,
    send: async (ctx, who) => {
      const c = await dongchengCase(ctx);
      return ctx.caller(who).post(`/api/cases/${c.id}/records`, { kind: 'phone', occurredAt: ctx.h.clock.now().toISOString(), durationMinutes: 10 });
    },
  },
  'GET /cases/:id/records': {
    allow: ['admin', 'supervisor', 'dongcheng.operator', 'dongcheng.worker', 'dongcheng.supervisor'],
    notFound: TASK_NOT_FOUND,
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).get(`/api/cases/${(await dongchengCase(ctx)).id}/records`),
  },
  'POST /cases/:id/cancel': {
    allow: ['admin', 'dongcheng.operator'],
    notFound: ['haidian.operator'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/cases/${(await dongchengCase(ctx)).id}/cancel`, { reason: '服务对象迁出本市' }),
  },
  'POST /messages': {
    allow: ['admin', 'dongcheng.operator', 'dongcheng.worker'],
    // A 机构督导 approves and reviews; passing messages on to cases is not theirs (403 in any district).
    notFound: TASK_NOT_FOUND.filter((p) => p !== 'haidian.supervisor'),
    ok: 200,
    send: async (ctx, who) => {
      const caseKey = ctx.fresh('MSG');
      await ctx.h.as('dongcheng.worker').post('/api/cases', { standard: MESSAGE_CODE, caseKey, data: { name: '李四' } }).expect(201);
      return ctx.caller(who).post('/api/messages', { caseKey, name: 'review-done', payload: { approved: true } });
    },
  },
  'GET /tasks': { allow: CASE_ROLES, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/tasks') },
  'POST /tasks/:id/claim': {
    allow: TASK_WORKERS,
    notFound: TASK_NOT_FOUND,
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/tasks/${(await dongchengCase(ctx)).openTasks[0]!.id}/claim`),
  },
  'POST /tasks/:id/unclaim': {
    allow: TASK_WORKERS,
    notFound: TASK_NOT_FOUND,
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/tasks/${(await dongchengCase(ctx)).openTasks[0]!.id}/unclaim`),
  },
  'POST /tasks/:id/complete': {
    allow: TASK_WORKERS,
    notFound: TASK_NOT_FOUND,
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/tasks/${(await dongchengCase(ctx)).openTasks[0]!.id}/complete`, { data: { referralSource: 'community' } }),
  },
  'POST /tasks/:id/assign': {
    allow: ['dongcheng.operator'],
    notFound: ['haidian.operator'],
    ok: 200,
    send: async (ctx, who) => {
      const worker = (await ctx.h.app.services.accounts.listUsers()).find((u) => u.username === 'dongcheng.worker')!;
      return ctx.caller(who).post(`/api/tasks/${(await dongchengCase(ctx)).openTasks[0]!.id}/assign`, { assignee: worker.id });
    },
  },
  'POST /incidents/:id/retry': {
    allow: ['admin', 'dongcheng.operator'],
    notFound: ['haidian.operator'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/incidents/${await incident(ctx)}/retry`, { variables: { tier: 'key' } }),
  },
  'GET /incidents': { allow: CASE_ROLES, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/incidents?open=true') },
  'GET /audit': { allow: ['admin', 'supervisor'], ok: 200, send: async ({ caller }, who) => caller(who).get('/api/audit?limit=5') },
  'GET /supervision/notices': { allow: [...NOTICE_READERS, 'haidian.operator'], ok: 200, send: async ({ caller }, who) => caller(who).get('/api/supervision/notices') },
  'GET /supervision/notices/:id': {
    allow: NOTICE_READERS,
    notFound: ['haidian.operator'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).get(`/api/supervision/notices/${await dongchengNotice(ctx)}`),
  },
  'POST /supervision/notices': { allow: ['admin', 'supervisor'], ok: 201, send: async ({ caller }, who) => caller(who).post('/api/supervision/notices', NOTICE) },
  'POST /supervision/notices/:id/reply': {
    allow: ['dongcheng.operator'],
    notFound: ['haidian.operator'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/supervision/notices/${await dongchengNotice(ctx)}/reply`, NOTICE_REPLY),
  },
  'POST /supervision/notices/:id/close': {
    allow: ['admin', 'supervisor'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/supervision/notices/${await dongchengNotice(ctx, 'replied')}/close`, {}),
  },
  'POST /supervision/notices/:id/return': {
    allow: ['admin', 'supervisor'],
    ok: 200,
    send: async (ctx, who) => ctx.caller(who).post(`/api/supervision/notices/${await dongchengNotice(ctx, 'replied')}/return`, { message: '请补充整改时限' }),
  },
  'GET /supervision/standards': { allow: SUPERVISION_READERS, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/supervision/standards') },
  'GET /supervision/standards/:code/indicators': {
    allow: SUPERVISION_READERS,
    ok: 200,
    send: async ({ caller }, who) => caller(who).get(`/api/supervision/standards/${SAMPLE_CODE}/indicators?groupBy=district`),
  },
  'GET /supervision/standards/:code/indicators/:indicator/cases': {
    allow: SUPERVISION_READERS,
    ok: 200,
    send: async ({ caller }, who) => caller(who).get(`/api/supervision/standards/${SAMPLE_CODE}/indicators/assess-on-time/cases`),
  },
  'GET /supervision/standards/:code/warnings': { allow: SUPERVISION_READERS, ok: 200, send: async ({ caller }, who) => caller(who).get(`/api/supervision/standards/${SAMPLE_CODE}/warnings`) },
  'GET /supervision/standards/:code/heatmap': { allow: SUPERVISION_READERS, ok: 200, send: async ({ caller }, who) => caller(who).get(`/api/supervision/standards/${SAMPLE_CODE}/heatmap`) },
  'GET /system/progress': { allow: SIGNED_IN, ok: 200, send: async ({ caller }, who) => caller(who).get('/api/system/progress') },
};

function expected(row: Row, who: Who): number {
  if (row.allow.includes(who)) return row.ok;
  if (who === 'anonymous') return 401;
  return row.notFound?.includes(who) ? 404 : 403;
}

// On the store production runs on: the scopes' SQL is held on both stores by the engine's and the API's suites.
describe.each([productionStoreTarget()])('the authorisation matrix on $kind', (target) => {
  let h: HttpHarness;
  let ctx: Ctx;
  let n = 0;
  beforeAll(async () => {
    h = await openHttpHarness(target);
    await publishSample(h);
    await deployFixtures(h);
    ctx = {
      h,
      caller: (who) => (who === 'anonymous' ? h.anonymous : h.as(who)),
      fresh: (prefix) => `${prefix}-${(n += 1)}`,
    };
  });
  afterAll(() => h.close());

  it('has a row for every route in the registry', () => {
    const routes = h.app.services.routes.routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(routes);
  });

  it.each(Object.keys(MATRIX))('%s: allowed, 401, 403 or 404 as each caller', async (route) => {
    const row = MATRIX[route]!;
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const who of EVERYONE) {
      const res = await row.send(ctx, who);
      got[who] = `${res.status}${res.status >= 400 ? ` ${res.body.code}` : ''}`;
      const status = expected(row, who);
      want[who] = `${status}${status >= 400 ? ` ${got[who].split(' ')[1]}` : ''}`;
      if (status === 404 && res.status === 404) expect(res.body.code).toMatch(/NOT_FOUND|NOT_CORRELATED/);
    }
    expect(got).toEqual(want);
  });
});
