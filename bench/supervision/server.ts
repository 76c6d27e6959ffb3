/**
 * The supervision benchmark's server: the API in a process of its own over a schema the benchmark
 * filled (accounts, the example standards deployed, bulk history), with the store's own number of
 * connections, request logs at `info` (to /dev/null) and audit records, as in production. Listens on a
 * free port and prints it; exits on SIGTERM once its requests are done.
 * Usage (by index.ts): node --import tsx server.ts '{"databaseUrl":…,"schema":…}'
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp, createLogger, loadConfig } from '@jingzhun/api';
import { openStore } from '@jingzhun/engine';

async function main() {
  const options = JSON.parse(process.argv[2] ?? '{}') as { databaseUrl: string; schema: string };
  const store = await openStore({ databaseUrl: options.databaseUrl, schema: options.schema });
  const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: false }));
  const config = { ...loadConfig({ DEMO: 'false' }), editorDir: mkdtempSync(path.join(tmpdir(), 'bench-no-editor-')) };
  const app = createApp({ store, logger, config });
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  });
  process.on('SIGTERM', () => {
    server.close(async () => {
      await app.services.validation.close();
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
