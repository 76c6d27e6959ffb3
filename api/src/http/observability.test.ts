import { Writable } from 'node:stream';
import request from 'supertest';
import { manualClock, storeTargets } from '@jingzhun/engine/testing';
import { createLogger } from '../logger';
import { openHarness, PASSWORD, type Harness } from '../test-support/harness';
import { publishSample, SAMPLE_CODE } from '../test-support/sample';

const DAY = 86_400_000;

/** Log lines as written, for reading back. */
function captured(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

function gauge(metrics: string, measure: string): number | undefined {
  const match = new RegExp(`^jingzhun_engine\\{measure="${measure}"\\} (\\d+)$`, 'm').exec(metrics);
  return match ? Number(match[1]) : undefined;
}

describe.each(storeTargets())('metrics and logs on $kind', (target) => {
  let h: Harness;
  const clock = manualClock('2025-03-03T01:00:00.000Z');
  const log = captured();
  let worker: string;
  let supervisor: string;
  beforeEach(async () => {
    clock.set('2025-03-03T01:00:00.000Z');
    log.lines.length = 0;
    h = await openHarness(target, { clock, log: log.stream });
    const officer = await h.signIn({ username: 'officer', role: 'standards_officer' });
    const reviewer = await h.signIn({ username: 'reviewer', role: 'reviewer' });
    worker = await h.signIn({ username: 'dc.worker', role: 'caseworker', district: 'dongcheng' });
    supervisor = await h.signIn({ username: 'supervisor', role: 'supervisor' });
    await publishSample(h.app, officer, reviewer, ['dongcheng']);
  });
  afterEach(() => h.close());

  const as = (token: string) => ({
    get: (url: string) => request(h.app).get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body?: object) => request(h.app).post(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  const completeTask = async (token: string, caseId: string, elementId: string, data: object) => {
    const items = (await as(token).get(`/api/tasks?caseId=${caseId}`).expect(200)).body.items as Array<{ id: string; elementId: string }>;
    await as(token).post(`/api/tasks/${items.find((t) => t.elementId === elementId)!.id}/complete`, { data }).expect(200);
  };

  it('reports open and overdue tasks, due timers, incidents and commands from the store when scraped', async () => {
    const scrape = async () => (await request(h.app).get('/metrics').expect(200)).text;
    const before = await scrape();
    expect(gauge(before, 'tasks_open')).toBe(0);
    expect(gauge(before, 'commands')).toBe(0);

    const a = (await as(worker).post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'A', data: { name: '张桂兰', age: 78 } }).expect(201)).body;
    await as(worker).post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'B', data: { name: '李淑珍', age: 81 } }).expect(201);
    await completeTask(worker, a.id, 'Task_intake', { referralSource: 'self' });
    await completeTask(worker, a.id, 'Task_assess', { risk: 'high' });
    await completeTask(supervisor, a.id, 'Task_plan', { goals: ['助餐'] });
    const waiting = await scrape();
    expect(gauge(waiting, 'tasks_open')).toBe(1);
    expect(gauge(waiting, 'cases_running')).toBe(2);
    expect(gauge(waiting, 'jobs_due')).toBe(0);
    expect(gauge(waiting, 'commands')).toBe(5);
    expect(gauge(waiting, 'incidents_open')).toBe(0);
    expect(waiting).toMatch(/^jingzhun_store_up 1$/m);
    expect(waiting).toMatch(/jingzhun_http_requests_total\{method="POST",route="\/api\/cases",status="201"\} 2/);

    // A month on: B's intake is overdue and A's follow-up timer is due but not yet fired.
    clock.advance(31 * DAY);
    const later = await scrape();
    expect(gauge(later, 'tasks_overdue')).toBe(1);
    expect(gauge(later, 'jobs_due')).toBe(1);
    await h.app.services.runtime.runDue(clock.now());
    const fired = await scrape();
    expect(gauge(fired, 'jobs_due')).toBe(0);
    expect(gauge(fired, 'tasks_open')).toBe(2);
    expect(gauge(fired, 'commands')).toBe(6);
  });

  it('ties a response, its log line and its audit record together by one request id', async () => {
    const given = await as(worker).post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'T', data: { name: '张桂兰', age: 78 } }).set('X-Request-Id', 'trace-42').expect(201);
    expect(given.headers['x-request-id']).toBe('trace-42');
    const made = await as(worker).post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'U', data: { name: '李淑珍', age: 81 } }).set('X-Request-Id', 'bad id!').expect(201);
    const minted = made.headers['x-request-id'] as string;
    expect(minted).toMatch(/^[0-9a-f-]{36}$/);

    await h.app.services.audit.flush();
    const audit = (await as(supervisor).get('/api/audit?action=POST%20/cases').expect(200)).body.items as Array<{ action: string; requestId: string; status: number }>;
    expect(audit.filter((e) => e.action === 'POST /cases').map((e) => e.requestId).sort()).toEqual(['trace-42', minted].sort());
    const requestLines = log.lines.map((l) => JSON.parse(l) as { msg: string; requestId?: string; path?: string; status?: number }).filter((l) => l.msg === 'request' && l.path === '/api/cases');
    expect(requestLines.map((l) => [l.requestId, l.status])).toEqual([
      ['trace-42', 201],
      [minted, 201],
    ]);
  });

  it('never writes passwords, tokens, client data or form data to the log', async () => {
    const session = (await request(h.app).post('/api/auth/login').send({ username: 'dc.worker', password: PASSWORD }).expect(200)).body;
    await request(h.app).post('/api/auth/login').send({ username: 'dc.worker', password: 'wrong-秘密' }).expect(401);
    const c = (await as(session.accessToken).post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'A', data: { name: '张桂兰', age: 78, idNumber: '110101194001011234' } }).expect(201)).body;
    await completeTask(session.accessToken, c.id, 'Task_intake', { referralSource: 'self', notes: '独居，患有糖尿病' });
    await as(session.accessToken).post('/api/cases', { standard: SAMPLE_CODE, caseKey: 'B', data: { name: '王秀英', age: 12 } }).expect(400);
    // A search names a client in the query string; the request's log line keeps only the path.
    await as(session.accessToken).get('/api/cases?q=zeta-client').expect(200);
    await request(h.app).post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);

    // Whatever a future log call passes, the fields that carry such things are redacted.
    const direct = captured();
    createLogger('info', direct.stream).info(
      {
        password: 'pw-zeta-1',
        token: 'tok-zeta-1',
        authorization: 'Bearer tok-zeta-2',
        data: { name: '赵六' },
        variables: { name: '赵六' },
        payload: { name: '赵六' },
        body: { password: 'pw-zeta-2' },
        err: { data: { name: '赵六' }, form: { notes: '病史' } },
        req: { headers: { authorization: 'Bearer tok-zeta-3', cookie: 'sid=zeta' } },
        caseId: 'kept',
      },
      'a careless log call',
    );
    const written = [...log.lines, ...direct.lines].join('\n');
    expect(log.lines.some((l) => l.includes('"request"') || l.includes('"msg":"request"'))).toBe(true);
    for (const secret of [PASSWORD, 'wrong-秘密', session.accessToken, session.refreshToken, '张桂兰', '110101194001011234', '独居', '王秀英', '赵六', '病史', 'zeta']) {
      expect(written).not.toContain(secret);
    }
    expect(direct.lines[0]).toContain('"caseId":"kept"');
    expect(direct.lines[0]).toContain('[redacted]');
  });
});
