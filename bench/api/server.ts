/**
 * The API benchmark's server: its own process, as in production — the app over the store with the
 * store's own number of connections, request logs at `info` (to /dev/null), audit records, responses
 * checked against their schemas and only logged when they break one. Seeds the accounts and the sample
 * standard (published and deployed citywide), listens on a free port and prints it.
 * Usage (by index.ts): node --import tsx server.ts '{"databaseUrl":…,"schema":…}'
 */
import cluster from 'node:cluster';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp, createLogger } from '@jingzhun/api';
import { openStore } from '@jingzhun/engine';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';

/** The password of the seeded accounts (index.ts signs in with it). */
const BENCH_PASSWORD = 'bench-password';

interface ServerOptions {
  databaseUrl?: string;
  schema?: string;
  /** Server processes sharing the port (node:cluster); each is a full API process on the same database. */
  processes?: number;
  /** Given to the workers of several processes: the port they share. */
  port?: number;
}

async function open(options: ServerOptions) {
  const store = await openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl, schema: options.schema } : { dataDir: 'memory://' });
  const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: false }));
  const app = createApp({ store, logger, config: { bodyLimit: 1024 * 1024, editorDir: mkdtempSync(path.join(tmpdir(), 'bench-no-editor-')) } });
  return { store, app };
}

function serve(store: Awaited<ReturnType<typeof open>>['store'], app: Awaited<ReturnType<typeof open>>['app'], port: number, announce: boolean) {
  const server = app.listen(port, '127.0.0.1', () => {
    const address = server.address();
    if (announce) process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  });
  process.on('SIGTERM', () => {
    server.close(async () => {
      await app.services.audit.flush();
      await store.close();
      process.exit(0);
    });
    server.closeAllConnections();
  });
  return server;
}

async function main() {
  const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;
  const processes = options.processes ?? 1;
  if (cluster.isWorker) {
    const { store, app } = await open(options);
    serve(store, app, options.port ?? 0, false);
    process.send?.('listening');
    return;
  }
  const { store, app } = await open(options);
  const { accounts, authoring, runtime } = app.services;
  const officer = await accounts.createUser({ username: 'officer', password: BENCH_PASSWORD, role: 'standards_officer', displayName: { zh: '标准', en: 'Officer' } });
  const reviewer = await accounts.createUser({ username: 'reviewer', password: BENCH_PASSWORD, role: 'reviewer', displayName: { zh: '审核', en: 'Reviewer' } });
  await accounts.createUser({ username: 'worker', password: BENCH_PASSWORD, role: 'caseworker', district: 'dongcheng', displayName: { zh: '社工', en: 'Worker' } });
  await authoring.create(sampleStandard(), officer);
  await authoring.submit(SAMPLE_CODE, officer);
  await authoring.approve(SAMPLE_CODE, reviewer, {});
  await runtime.deploy({ code: SAMPLE_CODE, version: 1, districts: 'all', actor: officer.id });
  if (processes === 1) {
    serve(store, app, 0, true);
    return;
  }
  // Several processes: the primary only seeds and hands out a port; workers accept the connections.
  await store.close();
  const probe = http.createServer();
  const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)));
  probe.close();
  cluster.setupPrimary({ args: [JSON.stringify({ ...options, port })] });
  const workers = Array.from({ length: processes }, () => cluster.fork());
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  process.on('SIGTERM', async () => {
    await Promise.all(workers.map((w) => new Promise((resolve) => (w.once('exit', resolve), w.kill('SIGTERM')))));
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
