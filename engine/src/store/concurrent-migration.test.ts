import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { childProcesses, PROCESS_TEST_TIMEOUT } from '@jingzhun/standards/testing';
import { testDatabaseUrl } from '../testing';
import { loadMigrations } from './migrations';
import { openStore } from './open-store';
import type { Store } from './store';

const databaseUrl = testDatabaseUrl();
const describeWithPostgres = databaseUrl ? describe : describe.skip;
const children = childProcesses();

/** Starts a separate Node process that opens the store and prints the migrations it applied. */
async function startProcess(url: string, schema: string): Promise<{ applied: number[]; current: number }> {
  const script = `
    const { openStore } = require(${JSON.stringify(path.join(__dirname, 'open-store.ts'))});
    openStore({ databaseUrl: ${JSON.stringify(url)}, schema: ${JSON.stringify(schema)},
      onMigrated: (r) => process.stdout.write(JSON.stringify(r)) }).then((s) => s.close());
  `;
  const exit = await children.run(process.execPath, ['--import', 'tsx', '-e', script]);
  if (exit.code !== 0) throw new Error(`exit ${exit.code ?? exit.signal}: ${exit.stderr}`);
  return JSON.parse(exit.stdout);
}

describeWithPostgres('two processes starting against one empty PostgreSQL database', () => {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  let admin: Store | undefined;
  afterEach(async () => {
    // Neither process may still be migrating the schema dropped here (the test failed or timed out).
    await children.stopAll();
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}_admin" CASCADE`);
    await admin?.close();
  });

  it('both come up and the migrations run once', async () => {
    admin = await openStore({ databaseUrl: databaseUrl!, schema: `${schema}_admin` });
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const [a, b] = await Promise.all([startProcess(databaseUrl!, schema), startProcess(databaseUrl!, schema)]);
    expect(a.current).toBe(b.current);
    // Exactly one of the two applied each migration; the other found them done.
    const applied = [...a.applied, ...b.applied].sort((x, y) => x - y);
    expect(applied).toEqual([...new Set(applied)]);
    const all = loadMigrations().map((m) => m.version);
    expect(applied).toEqual(all);
    const { rows } = await admin.query<{ n: number }>(`SELECT count(*) AS n FROM "${schema}".schema_migrations`);
    expect(rows[0]?.n).toBe(all.length);
  }, PROCESS_TEST_TIMEOUT);
});
