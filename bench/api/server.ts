/**
 * The API benchmark's server: its own process, as in production — the app over the store, request logs
 * at `info` (to /dev/null), audit records, response checks off. Seeds the accounts and the sample
 * standard (published and deployed citywide), listens on a free port and prints it.
 * Usage (by index.ts): node --import tsx server.ts '{"databaseUrl":…,"schema":…}'
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp, createLogger } from '@jingzhun/api';
import { openStore } from '@jingzhun/engine';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';

/** The password of the seeded accounts (index.ts signs in with it). */
const BENCH_PASSWORD = 'bench-password';

async function main() {
  const options = JSON.parse(process.argv[2] ?? '{}') as { databaseUrl?: string; schema?: string };
  const store = await openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl, schema: options.schema, poolSize: 10 } : { dataDir: 'memory://' });
  const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: false }));
  const app = createApp({ store, logger, config: { bodyLimit: 1024 * 1024, editorDir: mkdtempSync(path.join(tmpdir(), 'bench-no-editor-')) } });
  const { accounts, authoring, runtime } = app.services;
  const officer = await accounts.createUser({ username: 'officer', password: BENCH_PASSWORD, role: 'standards_officer', displayName: { zh: '标准', en: 'Officer' } });
  const reviewer = await accounts.createUser({ username: 'reviewer', password: BENCH_PASSWORD, role: 'reviewer', displayName: { zh: '审核', en: 'Reviewer' } });
  await accounts.createUser({ username: 'worker', password: BENCH_PASSWORD, role: 'caseworker', district: 'dongcheng', displayName: { zh: '社工', en: 'Worker' } });
  await authoring.create(sampleStandard(), officer);
  await authoring.submit(SAMPLE_CODE, officer);
  await authoring.approve(SAMPLE_CODE, reviewer, {});
  await runtime.deploy({ code: SAMPLE_CODE, version: 1, districts: 'all', actor: officer.id });
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  });
  process.on('SIGTERM', () => {
    server.close(async () => {
      await app.services.audit.flush();
      await store.close();
      process.exit(0);
    });
    server.closeAllConnections();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
