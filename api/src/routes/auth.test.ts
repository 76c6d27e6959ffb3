import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { manualClock, storeTargets } from '@jingzhun/engine/testing';
import { until } from '@jingzhun/standards/testing';
import { hashPassword } from '../accounts/passwords';
import { createApp } from '../app';
import { toHttpError } from '../http/errors';
import { createLogger } from '../logger';
import { openHarness, PASSWORD, type Harness } from '../test-support/harness';

describe.each(storeTargets())('accounts over HTTP on $kind', (target) => {
  let h: Harness;
  const clock = manualClock('2025-03-03T01:00:00.000Z');
  beforeEach(async () => {
    clock.set('2025-03-03T01:00:00.000Z');
    h = await openHarness(target, { loginRateLimit: 5, clock });
    await h.app.services.accounts.createUser({
      username: 'dongcheng.worker',
      password: PASSWORD,
      displayName: { zh: '东城社工', en: 'Dongcheng caseworker' },
      role: 'caseworker',
      district: 'dongcheng',
    });
  });
  afterEach(() => h.close());

  const login = (username: string, password: string) => request(h.app).post('/api/auth/login').send({ username, password });

  it('signs in, says who is signed in, and signs out for good', async () => {
    const res = await login('dongcheng.worker', PASSWORD).expect(200);
    expect(res.body).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      user: { username: 'dongcheng.worker', role: 'caseworker', district: 'dongcheng', displayName: { zh: '东城社工' } },
    });
    const auth = `Bearer ${res.body.accessToken}`;
    const me = await request(h.app).get('/api/auth/me').set('Authorization', auth).expect(200);
    expect(me.body.username).toBe('dongcheng.worker');
    await request(h.app).post('/api/auth/logout').set('Authorization', auth).expect(204);
    const after = await request(h.app).get('/api/auth/me').set('Authorization', auth).expect(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('hashes new passwords at the configured bcrypt cost and still signs in with hashes of another cost', async () => {
    // the harness configures cost 4; an account from before, hashed at the default cost 10
    const stored = async (username: string) =>
      (await h.store.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE username = $1', [username])).rows[0]!.password_hash;
    expect(await stored('dongcheng.worker')).toMatch(/^\$2[aby]\$04\$/);
    await h.store.query('UPDATE users SET password_hash = $2 WHERE username = $1', ['dongcheng.worker', await hashPassword(PASSWORD, 10)]);
    expect(await stored('dongcheng.worker')).toMatch(/^\$2[aby]\$10\$/);
    await login('dongcheng.worker', PASSWORD).expect(200);
    await login('dongcheng.worker', 'wrong password').expect(401);
  });

  it('refuses a wrong password or unknown user alike, in Chinese by default and English on request', async () => {
    const wrong = await login('dongcheng.worker', 'nope').expect(401);
    expect(wrong.body).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    const unknown = await login('nobody', 'nope').set('Accept-Language', 'en').expect(401);
    expect(unknown.body).toEqual({ code: 'INVALID_CREDENTIALS', message: 'wrong username or password' });
  });

  it('keeps a 机构督导 in one district: an account without one is refused, by the accounts and by the database', async () => {
    const accounts = h.app.services.accounts;
    const mentor = { username: 'dongcheng.supervisor', password: PASSWORD, displayName: { zh: '东城区社工站督导', en: 'Dongcheng station supervisor' }, role: 'professional_supervisor' as const };
    const refused: unknown = await accounts.createUser(mentor).catch((error: unknown) => error);
    expect(toHttpError(refused, 'zh')).toEqual({
      status: 400,
      body: { code: 'DISTRICT_REQUIRED', message: '账号“dongcheng.supervisor”的岗位在区里工作，须指明所在的区', details: [{ pointer: '/district', message: '该岗位须指明所在的区' }] },
      unexpected: false,
    });
    expect(toHttpError(refused, 'en').body).toMatchObject({
      message: 'the account "dongcheng.supervisor" (professional_supervisor) needs the district it works in',
      details: [{ pointer: '/district', message: 'required for this role' }],
    });
    // The database holds the rule too, for an account written by hand.
    const byHand = h.store.query(`INSERT INTO users(id, username, password_hash, display_name, role) VALUES ('usr_by_hand', 'by.hand', 'x', '{}', 'professional_supervisor')`);
    await expect(byHand).rejects.toMatchObject({ code: '23514' });
    await login('dongcheng.supervisor', PASSWORD).expect(401);

    await accounts.createUser({ ...mentor, district: 'dongcheng' });
    const res = await login('dongcheng.supervisor', PASSWORD).expect(200);
    expect(res.body.user).toMatchObject({ role: 'professional_supervisor', district: 'dongcheng', organisation: null });
  });

  it('rotates tokens on refresh: the old refresh token stops working', async () => {
    const first = (await login('dongcheng.worker', PASSWORD).expect(200)).body;
    await request(h.app).get('/api/auth/me').set('Authorization', `Bearer ${first.accessToken}`).expect(200);
    const second = (await request(h.app).post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.accessToken).not.toBe(first.accessToken);
    await request(h.app).get('/api/auth/me').set('Authorization', `Bearer ${second.accessToken}`).expect(200);
    await request(h.app).get('/api/auth/me').set('Authorization', `Bearer ${first.accessToken}`).expect(401);
    await request(h.app).post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
  });

  it('signs a token out of every process that serves the same store, not only the one that took the sign-out', async () => {
    // A second API process: its own app (and session cache) over the same database.
    const other = createApp({ store: h.store, logger: createLogger('silent'), clock, config: { bodyLimit: 1 << 20, editorDir: mkdtempSync(path.join(tmpdir(), 'jingzhun-no-editor-')), loginRateLimit: 1000 } });
    const session = (await login('dongcheng.worker', PASSWORD).expect(200)).body;
    const auth = `Bearer ${session.accessToken}`;
    for (let i = 0; i < 3; i++) await request(other).get('/api/auth/me').set('Authorization', auth).expect(200);
    await request(h.app).post('/api/auth/logout').set('Authorization', auth).expect(204);
    // The other process hears of it once the sign-out has committed: it answers 401 from then on.
    await until(async () => (await request(other).get('/api/auth/me').set('Authorization', auth)).status !== 200);
    await request(other).get('/api/auth/me').set('Authorization', auth).expect(401);
  });

  it('asks the store again about a signed-in user after a minute at most (an account disabled by hand)', async () => {
    const session = (await login('dongcheng.worker', PASSWORD).expect(200)).body;
    const auth = `Bearer ${session.accessToken}`;
    await request(h.app).get('/api/auth/me').set('Authorization', auth).expect(200);
    await h.store.query(`UPDATE users SET disabled = true WHERE username = 'dongcheng.worker'`);
    clock.advance(61_000);
    expect((await request(h.app).get('/api/auth/me').set('Authorization', auth).expect(401)).body.code).toBe('UNAUTHENTICATED');
  });

  it('answers a missing or malformed token with 401', async () => {
    await request(h.app).get('/api/auth/me').expect(401);
    await request(h.app).get('/api/auth/me').set('Authorization', 'Bearer not-a-token').expect(401);
    await request(h.app).get('/api/auth/me').set('Authorization', 'Basic abc').expect(401);
  });

  it('validates the login body with pointers', async () => {
    const res = await request(h.app).post('/api/auth/login').send({ username: 'x', extra: 1 }).expect(400);
    expect(res.body.code).toBe('BAD_REQUEST');
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/password' }),
        expect.objectContaining({ pointer: '/extra' }),
      ]),
    );
  });

  it('rate-limits sign-in attempts for one user', async () => {
    for (let i = 0; i < 5; i += 1) await login('dongcheng.worker', 'wrong').expect(401);
    const limited = await login('dongcheng.worker', PASSWORD).expect(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
  });

  it('records sign-ins in the audit trail without the password', async () => {
    await login('dongcheng.worker', 'wrong').expect(401);
    await h.app.services.audit.flush();
    const { rows } = await h.store.query<{ action: string; status: number; details: unknown }>('SELECT action, status, details FROM audit_log');
    expect(rows).toEqual([{ action: 'POST /auth/login', status: 401, details: { username: 'dongcheng.worker' } }]);
    expect(JSON.stringify(rows)).not.toContain('wrong');
  });

  it('keeps an audit record of every request when many finish at once', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => login(`user-${i}`, 'wrong').expect(401)));
    await h.app.services.audit.flush();
    const { rows } = await h.store.query<{ username: string }>(`SELECT details->>'username' AS username FROM audit_log`);
    expect(rows.map((r) => r.username).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `user-${i}`).sort());
  });

  it('describes every route in OpenAPI 3.1 and serves the viewer', async () => {
    const doc = (await request(h.app).get('/api/openapi.json').expect(200)).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect(doc.paths['/api/audit'].get.parameters.map((p: { name: string }) => p.name)).toContain('actor');
    const viewer = await request(h.app).get('/api/docs').expect(200);
    expect(viewer.text).toContain('swagger-ui-bundle.js');
    await request(h.app).get('/api/docs/assets/swagger-ui-bundle.js').expect(200);
  });

  it('exposes Prometheus metrics', async () => {
    await request(h.app).get('/api/health').expect(200);
    const metrics = await request(h.app).get('/metrics').expect(200);
    expect(metrics.text).toContain('jingzhun_http_requests_total');
  });
});
