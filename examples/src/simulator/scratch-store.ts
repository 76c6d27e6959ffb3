/**
 * The store a district's history is made in before it is copied to the platform's store (see
 * history-copy.ts for why): an in-memory PGlite, or a throw-away schema on the PostgreSQL server,
 * with the target's published versions, deployments and district variants, and a runtime whose clock
 * the simulation moves.
 *
 * @example
 *   const scratch = await openScratch({ dataDir: 'memory://' }, deployments, versions, logger);
 *   … simulate into scratch.runtime …; await scratch.dispose();
 */
import { randomBytes } from 'node:crypto';
import { createRuntime, openStore, type Deployment, type Logger, type Runtime, type Store, type StoreOptions } from '@jingzhun/engine';
import type { StandardVersion } from '@jingzhun/standards';
import { clearHistory } from './history-copy';
import { movableClock, type MovableClock } from './simulation-clock';

export interface ScratchStore {
  store: Store;
  runtime: Runtime;
  clock: MovableClock;
  /** Empties the case history for the next district. */
  clear(): Promise<void>;
  /** Closes the store and drops what it created. */
  dispose(): Promise<void>;
}

/** Where to make history for a target: beside it on its PostgreSQL server, else in memory. */
export function scratchOptions(databaseUrl: string | undefined): StoreOptions {
  return databaseUrl ? { databaseUrl, schema: `sim_scratch_${randomBytes(5).toString('hex')}`, poolSize: 2 } : { dataDir: 'memory://' };
}

export async function openScratch(options: StoreOptions, versions: StandardVersion[], deployments: Deployment[], logger: Logger): Promise<ScratchStore> {
  const store = await openStore(options);
  const clock = movableClock(0);
  const quiet: Logger = { debug() {}, info() {}, warn: (o, m) => logger.warn(o, m), error: (o, m) => logger.error(o, m) };
  const runtime = createRuntime({ store, clock, logger: quiet, batchSize: 500 });
  const dispose = async () => {
    if (options.schema) await store.query(`DROP SCHEMA IF EXISTS "${options.schema}" CASCADE`);
    await store.close();
  };
  try {
    // Referred standards must be published before the standards that call them can be deployed.
    for (const version of versions) await runtime.registerVersion(version);
    const groups = new Map<string, { code: string; version: number; districts: string[] }>();
    for (const d of deployments) {
      const key = `${d.code}@${d.version}`;
      const group = groups.get(key) ?? { code: d.code, version: d.version, districts: [] };
      group.districts.push(d.district);
      groups.set(key, group);
    }
    for (const group of groups.values()) await runtime.deploy({ ...group, actor: 'simulator' });
    for (const d of deployments) {
      if (Object.keys(d.variant).length) await runtime.setVariant({ code: d.code, district: d.district, values: d.variant, actor: 'simulator' });
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { store, runtime, clock, clear: () => clearHistory(store), dispose };
}
