/**
 * A real app over a real test store for the cross-workspace HTTP tests, with accounts for every role
 * in 东城 and 海淀, a hand-moved clock, and helpers to call the API as one of them.
 *
 * @example
 *   const h = await openHttpHarness(target);
 *   await h.as('officer').post('/api/standards', { standard: sampleStandard() }).expect(201);
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp, createLogger, type App } from '@jingzhun/api';
import { manualClock, type StoreTarget, type TestStore } from '@jingzhun/engine/testing';

export const PASSWORD = 'correct horse battery staple';

export const ORGANISATION = { id: 'org-dc-test', name: { zh: '东城测试社工机构', en: 'Dongcheng test agency' }, district: 'dongcheng' };

/** Everyone the tests sign in as: city roles, each district role (机构督导 too) in 东城 and 海淀, and an organisation caseworker. */
export const PEOPLE = {
  admin: { role: 'admin' },
  officer: { role: 'standards_officer' },
  reviewer: { role: 'reviewer' },
  supervisor: { role: 'supervisor' },
  'dongcheng.operator': { role: 'district_operator', district: 'dongcheng' },
  'dongcheng.worker': { role: 'caseworker', district: 'dongcheng' },
  'dongcheng.supervisor': { role: 'professional_supervisor', district: 'dongcheng' },
  'dongcheng.org.worker': { role: 'caseworker', district: 'dongcheng', organisation: ORGANISATION.id },
  'haidian.operator': { role: 'district_operator', district: 'haidian' },
  'haidian.worker': { role: 'caseworker', district: 'haidian' },
  'haidian.supervisor': { role: 'professional_supervisor', district: 'haidian' },
} as const;

export type Person = keyof typeof PEOPLE;

export interface Caller {
  get(url: string): request.Test;
  post(url: string, body?: object): request.Test;
  put(url: string, body?: object): request.Test;
}

export interface HttpHarness {
  store: TestStore;
  app: App;
  clock: ReturnType<typeof manualClock>;
  tokens: Record<Person, string>;
  as(person: Person): Caller;
  anonymous: Caller;
  /** Signs everyone in again: access tokens last 15 minutes of the (moved) clock. */
  signInAll(): Promise<void>;
  close(): Promise<void>;
}

export async function openHttpHarness(target: StoreTarget, options: { start?: string; loginRateLimit?: number } = {}): Promise<HttpHarness> {
  const store = await target.open();
  const clock = manualClock(options.start ?? '2025-03-03T01:00:00.000Z');
  const app = createApp({
    store,
    clock,
    logger: createLogger('silent'),
    // The cheapest bcrypt cost: the matrix signs a dozen people in, on a machine running other suites too.
    config: { bodyLimit: 1024 * 1024, editorDir: mkdtempSync(path.join(tmpdir(), 'jingzhun-no-editor-')), loginRateLimit: options.loginRateLimit ?? 10_000, passwordHashCost: 4 },
    responseValidation: 'strict',
  });
  await store.query('INSERT INTO organisations(id, name, district) VALUES ($1, $2, $3)', [ORGANISATION.id, JSON.stringify(ORGANISATION.name), ORGANISATION.district]);
  const tokens = {} as Record<Person, string>;
  for (const [username, person] of Object.entries(PEOPLE) as Array<[Person, (typeof PEOPLE)[Person]]>) {
    await app.services.accounts.createUser({ username, password: PASSWORD, displayName: { zh: username, en: username }, ...person });
  }
  const signInAll = async () => {
    for (const username of Object.keys(PEOPLE) as Person[]) {
      const res = await request(app).post('/api/auth/login').send({ username, password: PASSWORD });
      if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens[username] = res.body.accessToken as string;
    }
  };
  await signInAll();
  const caller = (token?: string): Caller => {
    const auth = (t: request.Test) => (token ? t.set('Authorization', `Bearer ${token}`) : t);
    return {
      get: (url) => auth(request(app).get(url)),
      post: (url, body) => (body === undefined ? auth(request(app).post(url)) : auth(request(app).post(url)).send(body)),
      put: (url, body) => (body === undefined ? auth(request(app).put(url)) : auth(request(app).put(url)).send(body)),
    };
  };
  return {
    store,
    app,
    clock,
    tokens,
    as: (person) => caller(tokens[person]),
    anonymous: caller(),
    signInAll,
    async close() {
      await app.services.validation.close();
      await app.services.audit.flush();
      await store.dispose();
    },
  };
}
