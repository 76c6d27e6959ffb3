/**
 * The API process: reads the configuration, opens the store, serves the app, and on SIGTERM or SIGINT
 * stops accepting, finishes the requests in flight and closes the store, so the process exits on its own.
 */
import type { Server } from 'node:http';
import { openStore, type Store } from '@jingzhun/engine';
import { createApp } from './app';
import { ConfigError, loadConfig, type ApiConfig } from './config';
import { createLogger } from './logger';
import { seedAccounts } from './seed/demo-accounts';

function readConfig(): ApiConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`jingzhun: invalid setting ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  let store: Store;
  try {
    store = await openStore({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      onMigrated: (report) => logger.info(report, 'store migrated'),
    });
  } catch (error) {
    logger.fatal({ err: error }, 'cannot open the store');
    process.exitCode = 1;
    return;
  }
  await store.query(
    `INSERT INTO app_meta(key, value) VALUES ('installed_at', to_jsonb(now())) ON CONFLICT (key) DO NOTHING`,
  );

  const app = createApp({ store, logger, config });
  const seeded = await store.transaction((tx) => seedAccounts(app.services.accounts, tx, config.demo));
  if (seeded.created.length) logger.info({ accounts: seeded.created, demo: config.demo }, 'starting accounts created');
  if (seeded.adminPassword) {
    // Printed once, to the terminal only: it is never logged or stored in clear.
    process.stdout.write(`\n  管理员账号 admin 的初始密码 / initial password of admin: ${seeded.adminPassword}\n\n`);
  }
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ port, store: store.kind, migration: store.migration }, `listening on http://localhost:${port}`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close(async () => {
      await store.close();
      logger.info('stopped');
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
