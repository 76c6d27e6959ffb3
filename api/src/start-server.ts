/**
 * Starts the platform's server: reads the configuration, opens the store, creates the starting accounts
 * on an empty store, serves the app, runs the timer worker, and lets a caller add background work (the
 * demo seed). On SIGTERM or SIGINT it stops accepting, finishes the requests in flight, stops the worker,
 * the background work and the validation threads, and closes the store, so the process exits on its own.
 *
 * @example
 *   await startServer({ afterStart: async ({ app, signal }) => fillDemoHistory(app, signal) });
 */
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createWorker, openStore, type Store } from '@jingzhun/engine';
import { createApp, type App } from './app';
import { ConfigError, loadConfig, type ApiConfig } from './config';
import { createLogger } from './logger';
import { seedAccounts } from './seed/demo-accounts';
import { loadCalendarFile } from './system/calendar-file';

export interface StartedServer {
  app: App;
  store: Store;
  logger: Logger;
  config: ApiConfig;
  port: number;
  /** Aborted when the server is shutting down: background work should stop. */
  signal: AbortSignal;
}

export interface StartOptions {
  /** Work to run once the server listens (it runs in the background; failures are logged). */
  afterStart?: (server: StartedServer) => Promise<void> | void;
  /** Work to run before listening, on the fresh store (e.g. publishing demo standards). */
  beforeListen?: (server: Omit<StartedServer, 'port'>) => Promise<void> | void;
}

function readConfig(): ApiConfig {
  try {
    const config = loadConfig();
    if (config.calendarFile) loadCalendarFile(config.calendarFile);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`jingzhun: invalid setting ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export async function startServer(options: StartOptions = {}): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  let store: Store;
  try {
    store = await openStore({
      databaseUrl: config.databaseUrl,
      poolSize: config.databasePoolSize,
      dataDir: config.dataDir,
      onMigrated: (report) => logger.info(report, 'store migrated'),
    });
  } catch (error) {
    logger.fatal({ err: error }, 'cannot open the store');
    process.exitCode = 1;
    return;
  }
  await store.query(`INSERT INTO app_meta(key, value) VALUES ('installed_at', to_jsonb(now())) ON CONFLICT (key) DO NOTHING`);

  const app = createApp({ store, logger, config });
  const seeded = await store.transaction((tx) => seedAccounts(app.services.accounts, tx, config.demo));
  if (seeded.created.length) logger.info({ accounts: seeded.created, demo: config.demo }, 'starting accounts created');
  if (seeded.adminPassword) {
    // Printed once, to the terminal only: it is never logged or stored in clear.
    process.stdout.write(`\n  管理员账号 admin 的初始密码 / initial password of admin: ${seeded.adminPassword}\n\n`);
  }
  const stopping = new AbortController();
  await options.beforeListen?.({ app, store, logger, config, signal: stopping.signal });

  const worker = createWorker({ runtime: app.services.runtime, clock: { now: () => new Date() }, logger, pollMs: config.workerPollMs });
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ port, store: store.kind, migration: store.migration }, `listening on http://localhost:${port}`);
    worker.start();
    // History from before the indicators' facts existed gets them once, from the event log.
    app.services.runtime.supervision
      .buildMissingFacts()
      .then((built) => built.cases && logger.info(built, 'indicator facts built from the event log'))
      .catch((error: unknown) => logger.error({ err: error }, 'indicator facts could not be built'));
    if (options.afterStart) {
      Promise.resolve(options.afterStart({ app, store, logger, config, port, signal: stopping.signal })).catch((error: unknown) =>
        logger.error({ err: error }, 'background work failed'),
      );
    }
  });

  let background: Promise<unknown> = Promise.resolve();
  const stop = (signal: string) => {
    if (stopping.signal.aborted) return;
    stopping.abort();
    logger.info({ signal }, 'shutting down');
    background = worker.stop();
    server.close(async () => {
      await background;
      await app.services.validation.close();
      await app.services.audit.flush();
      await store.close();
      logger.info('stopped');
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
