import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { StoreUnavailableError } from './errors';
import { migrate, type MigrationReport } from './migrations';
import { createPgliteDriver } from './pglite-driver';
import { createPostgresDriver } from './postgres-driver';
import type { Driver, Store } from './store';

export interface StoreOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded store (`memory://` keeps it in memory). Default `./data`. */
  dataDir?: string | undefined;
  /** PostgreSQL only: connections this process keeps (`defaultPoolSize()` when absent). */
  poolSize?: number | undefined;
  /** PostgreSQL only: schema to work in (created if missing); tests use a fresh one each. */
  schema?: string | undefined;
  /** Told which migrations this process applied. */
  onMigrated?: ((report: MigrationReport) => void) | undefined;
}

async function openDriver(options: StoreOptions): Promise<Driver> {
  if (options.databaseUrl) {
    if (options.schema) {
      const admin = createPostgresDriver({ connectionString: options.databaseUrl, poolSize: 1 });
      try {
        await admin.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema.replace(/"/g, '')}"`);
      } finally {
        await admin.close();
      }
    }
    return createPostgresDriver({
      connectionString: options.databaseUrl,
      poolSize: options.poolSize,
      schema: options.schema,
    });
  }
  const dataDir = options.dataDir ?? './data';
  if (!dataDir.includes('://')) mkdirSync(path.resolve(dataDir), { recursive: true });
  return createPgliteDriver(dataDir);
}

/** Opens PostgreSQL or PGlite, applies pending migrations under the lock, and returns the store. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  let driver: Driver;
  try {
    driver = await openDriver(options);
  } catch (cause) {
    throw new StoreUnavailableError(`cannot open the store: ${(cause as Error).message}`, { cause });
  }
  return openStoreOn(driver, options);
}

/** Migrates an open driver and hands it out as the store. */
export async function openStoreOn(driver: Driver, options: Pick<StoreOptions, 'onMigrated'> = {}): Promise<Store> {
  let report: MigrationReport;
  try {
    report = await migrate(driver);
  } catch (cause) {
    await driver.close().catch(() => undefined);
    throw new StoreUnavailableError(`cannot migrate the store: ${(cause as Error).message}`, { cause });
  }
  options.onMigrated?.(report);
  return {
    kind: driver.kind,
    migration: report.current,
    query: driver.query,
    exec: driver.exec,
    transaction: driver.transaction,
    listen: driver.listen,
    channelName: driver.channelName,
    close: driver.close,
  };
}
