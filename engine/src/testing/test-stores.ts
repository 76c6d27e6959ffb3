import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { openStore, openStoreOn, type StoreOptions } from '../store/open-store';
import { createMemoryPglite, driverOn } from '../store/pglite-driver';
import type { Store, StoreKind } from '../store/store';
import { testConfig } from './config';

export interface StoreTarget {
  kind: StoreKind;
  /** Options that open a fresh, empty store of this kind. */
  freshOptions(): StoreOptions;
  /** Opens a fresh, empty, migrated store; `dispose` closes it and drops what it created. */
  open(): Promise<TestStore>;
}

export interface TestStore extends Store {
  dispose(): Promise<void>;
}

/**
 * Starting PGlite takes a second or two, so a test file shares one embedded database and each test
 * store is a fresh schema in it. PGlite is a single connection, so only one such store may be open at
 * a time in a file (its search_path is the connection's).
 */
let sharedPglite: Promise<PGlite> | undefined;

// Release the shared database when the test file is done, so the worker exits on its own.
if (typeof afterAll === 'function') {
  afterAll(async () => {
    const db = await sharedPglite;
    sharedPglite = undefined;
    await db?.close();
  });
}

function freshSchema(): string {
  return `test_${randomBytes(6).toString('hex')}`;
}

const pglite: StoreTarget = {
  kind: 'pglite',
  freshOptions: () => ({ dataDir: 'memory://' }),
  async open() {
    sharedPglite ??= createMemoryPglite();
    const db = await sharedPglite;
    const schema = freshSchema();
    await db.exec(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
    const dispose = async () => {
      await db.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; SET search_path TO public`);
    };
    const store = await openStoreOn(driverOn(db, async () => undefined));
    return Object.assign(store, { dispose });
  },
};

function postgres(databaseUrl: string): StoreTarget {
  return {
    kind: 'postgres',
    freshOptions: () => ({
      databaseUrl,
      schema: freshSchema(),
      poolSize: 5,
    }),
    async open() {
      const options = this.freshOptions();
      const store = await openStore(options);
      return Object.assign(store, {
        async dispose() {
          await store.query(`DROP SCHEMA IF EXISTS "${options.schema}" CASCADE`);
          await store.close();
        },
      });
    },
  };
}

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI sets it). Use with `describe.each`. */
export function storeTargets(): StoreTarget[] {
  return testConfig.databaseUrl ? [pglite, postgres(testConfig.databaseUrl)] : [pglite];
}

/**
 * The store production runs on when the tests have one (PostgreSQL with DATABASE_URL), else PGlite: for
 * suites of what lies above the store (API routes that hand over to the engine, the simulator,
 * walkthroughs over HTTP, browser journeys), whose SQL the engine's suites and the API's suites of its
 * own tables already run on both stores (docs/architecture.md, "Storage").
 */
export function productionStoreTarget(): StoreTarget {
  return storeTargets().at(-1)!;
}

/** The PostgreSQL connection string tests may use, if any. */
export function testDatabaseUrl(): string | undefined {
  return testConfig.databaseUrl;
}
