/**
 * A real app over a real test store, with a few accounts, for the API's own tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { StoreTarget, TestStore } from '@jingzhun/engine/testing';
import type { Clock, NewUser } from '../accounts/accounts';
import { createApp, type App, type AppDeps } from '../app';
import { createLogger } from '../logger';
import type pino from 'pino';

export const PASSWORD = 'correct horse battery staple';

export interface Harness {
  store: TestStore;
  app: App;
  /** Creates an account (password PASSWORD) and returns a bearer token for it. */
  signIn(user: Omit<NewUser, 'password' | 'displayName'> & Partial<Pick<NewUser, 'displayName'>>): Promise<string>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  loginRateLimit?: number;
  /** A clock the test moves (token expiry, due dates, timers). */
  clock?: Clock;
  /** Where log lines go (silent by default). */
  log?: pino.DestinationStream;
  /** The validation pool's queue and deadline. */
  validation?: AppDeps['validation'];
}

export async function openHarness(target: StoreTarget, options: HarnessOptions = {}): Promise<Harness> {
  const store = await target.open();
  const app = createApp({
    store,
    logger: options.log ? createLogger('debug', options.log) : createLogger('silent'),
    ...(options.clock ? { clock: options.clock } : {}),
    config: {
      bodyLimit: 1024 * 1024,
      editorDir: mkdtempSync(path.join(tmpdir(), 'jingzhun-no-editor-')),
      loginRateLimit: options.loginRateLimit ?? 1000,
      // The cheapest bcrypt cost: a test signs several people in, and a busy machine runs many tests at once.
      passwordHashCost: 4,
    },
    responseValidation: 'strict',
    ...(options.validation ? { validation: options.validation } : {}),
  });
  return {
    store,
    app,
    async signIn(user) {
      await app.services.accounts.createUser({
        displayName: { zh: user.username, en: user.username },
        ...user,
        password: PASSWORD,
      });
      const res = await request(app).post('/api/auth/login').send({ username: user.username, password: PASSWORD });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    async close() {
      await app.services.validation.close();
      await app.services.audit.flush();
      await store.dispose();
    },
  };
}
