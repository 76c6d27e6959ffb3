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
import { editorDist } from './editor-build';

export { DEMO_PASSWORD };

export interface AppServer {
  url: string;
  app: App;
  store: TestStore;
  close(): Promise<void>;
}

export async function openAppServer(target: StoreTarget): Promise<AppServer> {
  const store = await target.open();
  const app = createApp({
    store,
    logger: createLogger('silent'),
    // Every test signs people in and out many times from one address.
    config: { bodyLimit: 1024 * 1024, editorDir: editorDist, loginRateLimit: 10_000 },
    responseValidation: 'strict',
  });
  await store.transaction((tx) => seedAccounts(app.services.accounts, tx, true));
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.services.audit.flush();
      await store.dispose();
    },
  };
}
