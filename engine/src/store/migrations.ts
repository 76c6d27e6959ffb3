import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from './store';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The numbered SQL files in `engine/migrations/`, e.g. `0001_foundation.sql`, in order. */
export const MIGRATIONS_DIR = path.join(__dirname, '..', '..', 'migrations');

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      sql: readFileSync(path.join(dir, file), 'utf8'),
    }));
}

export interface MigrationReport {
  /** The highest version now applied. */
  current: number;
  /** Versions this call applied (empty when another process had already done it). */
  applied: number[];
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction, while
 * holding the database-wide migration lock, so processes starting together migrate exactly once.
 */
export async function migrate(driver: Driver, migrations: Migration[] = loadMigrations()): Promise<MigrationReport> {
  return driver.withMigrationLock(async () => {
    await driver.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await driver.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await driver.transaction(async (tx) => {
        await tx.exec(migration.sql);
        await tx.query('INSERT INTO schema_migrations(version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      });
      applied.push(migration.version);
    }
    const current = Math.max(0, ...done, ...applied);
    return { current, applied };
  });
}
