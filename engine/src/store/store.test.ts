import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storeTargets, type TestStore } from '../testing';
import { loadMigrations } from './migrations';
import { openStore } from './open-store';
import type { Store } from './store';

describe.each(storeTargets())('store on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('reports its kind and the migrations applied', async () => {
    expect(store.kind).toBe(target.kind);
    const latest = Math.max(...loadMigrations().map((m) => m.version));
    expect(store.migration).toBe(latest);
    const { rows } = await store.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
  });

  it('commits a transaction that resolves', async () => {
    await store.transaction(async (tx) => {
      await tx.query(`INSERT INTO app_meta(key, value) VALUES ('a', '1')`);
      await tx.query(`INSERT INTO app_meta(key, value) VALUES ('b', '2')`);
    });
    const { rows } = await store.query<{ key: string }>('SELECT key FROM app_meta ORDER BY key');
    expect(rows.map((r) => r.key)).toEqual(['a', 'b']);
  });

  it('writes nothing of a transaction that throws', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.query(`INSERT INTO app_meta(key, value) VALUES ('a', '1')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await store.query('SELECT key FROM app_meta');
    expect(rows).toEqual([]);
  });

  it('returns counts as numbers, dates as strings and json as values on both drivers', async () => {
    const { rows } = await store.query<{ n: number; s: number; d: string; j: unknown; t: Date }>(
      `SELECT count(*) AS n, 1.5::numeric AS s, DATE '2024-02-04' AS d, '{"x":[1]}'::jsonb AS j, now() AS t`,
    );
    expect(rows[0]).toEqual({ n: 1, s: 1.5, d: '2024-02-04', j: { x: [1] }, t: expect.any(Date) });
  });

  it('accepts json parameters', async () => {
    await store.query('INSERT INTO app_meta(key, value) VALUES ($1, $2)', ['obj', JSON.stringify({ a: 1 })]);
    const { rows } = await store.query<{ value: unknown }>(`SELECT value FROM app_meta WHERE key = 'obj'`);
    expect(rows[0]?.value).toEqual({ a: 1 });
  });
});

describe('embedded store on disk', () => {
  it('keeps data across a close and a reopen, without migrating twice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jingzhun-store-'));
    const applied: number[][] = [];
    /** Opens the store in `dir`, does `what` with it and closes it, whether `what` succeeded or not. */
    const withStore = async <T>(what: (store: Store) => Promise<T>): Promise<T> => {
      const store = await openStore({ dataDir: dir, onMigrated: (r) => applied.push(r.applied) });
      try {
        return await what(store);
      } finally {
        await store.close();
      }
    };
    try {
      await withStore((first) => first.transaction((tx) => tx.query(`INSERT INTO app_meta(key, value) VALUES ('kept', '"yes"')`)));
      const { rows } = await withStore((second) => second.query<{ value: unknown }>(`SELECT value FROM app_meta WHERE key = 'kept'`));
      expect(rows[0]?.value).toBe('yes');
      expect(applied[0]?.length).toBeGreaterThan(0);
      expect(applied[1]).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
