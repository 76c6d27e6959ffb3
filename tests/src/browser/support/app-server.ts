/**
 * The platform as a user reaches it: the real app listening on an ephemeral port over a fresh test
 * store, serving the built editor, with the demo accounts (password `jingzhun-demo`).
 *
 * @example
 *   const server = await openAppServer(target);
 *   await page.goto(`${server.url}/login`);
 *   await server.close();
 */
import type { Server } from 'node:http';
import { createApp, createLogger, DEMO_PASSWORD, seedAccounts, type App } from '@jingzhun/api';
import type { StoreTarget, TestStore } from '@jingzhun/engine/testing';
import { servedEditorDir } from './config';
import { editorDist } from './editor-build';

export { DEMO_PASSWORD };

export interface AppServer {
  url: string;
  app: App;
  store: TestStore;
  /** Calls the API over HTTP as a demo account, for what a test needs in place before the browser opens. */
  callAs(username: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /** The server's clock, for a test that moves time on (due dates); the system's by default. */
  clock?: { now(): Date };
}

export async function openAppServer(target: StoreTarget, options: AppServerOptions = {}): Promise<AppServer> {
  const store = await target.open();
  const app = createApp({
    store,
    logger: createLogger('silent'),
    ...(options.clock ? { clock: options.clock } : {}),
    // Every test signs people in and out many times from one address.
    config: { bodyLimit: 1024 * 1024, editorDir: servedEditorDir(editorDist), loginRateLimit: 10_000 },
    responseValidation: 'strict',
  });
  await store.transaction((tx) => seedAccounts(app.services.accounts, tx, true));
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const tokens = new Map<string, string>();
  const call = async (method: string, path: string, body: unknown, token?: string) => {
    const res = await fetch(url + path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  return {
    url,
    app,
    store,
    async callAs(username, method, path, body) {
      let token = tokens.get(username);
      if (!token) {
        token = ((await call('POST', '/api/auth/login', { username, password: DEMO_PASSWORD })) as { accessToken: string }).accessToken;
        tokens.set(username, token);
      }
      return call(method, path, body, token);
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.services.validation.close();
      await app.services.audit.flush();
      await store.dispose();
    },
  };
}
