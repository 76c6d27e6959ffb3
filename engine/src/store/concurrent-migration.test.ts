import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { testDatabaseUrl } from '../testing';
import { loadMigrations } from './migrations';
import { openStore } from './open-store';

const databaseUrl = testDatabaseUrl();
const describeWithPostgres = databaseUrl ? describe : describe.skip;

/** Starts a separate Node process that opens the store and prints the migrations it applied. */
function startProcess(url: string, schema: string): Promise<{ applied: number[]; current: number }> {
  const script = `
    const { openStore } = require(${JSON.stringify(path.join(__dirname, 'open-store.ts'))});
    openStore({ databaseUrl: ${JSON.stringify(url)}, schema: ${JSON.stringify(schema)},
      onMigrated: (r) => process.stdout.write(JSON.stringify(r)) }).then((s) => s.close());
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

describeWithPostgres('two processes starting against one empty PostgreSQL database', () => {
  it('both come up and the migrations run once', async () => {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const admin = await openStore({ databaseUrl: databaseUrl!, schema: `${schema}_admin` });
    await admin.query(`CREATE SCHEMA "${schema}"`);
    try {
      const [a, b] = await Promise.all([startProcess(databaseUrl!, schema), startProcess(databaseUrl!, schema)]);
      expect(a.current).toBe(b.current);
      // Exactly one of the two applied each migration; the other found them done.
      const applied = [...a.applied, ...b.applied].sort((x, y) => x - y);
      expect(applied).toEqual([...new Set(applied)]);
      const all = loadMigrations().map((m) => m.version);
      expect(applied).toEqual(all);
      const { rows } = await admin.query<{ n: number }>(`SELECT count(*) AS n FROM "${schema}".schema_migrations`);
      expect(rows[0]?.n).toBe(all.length);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}_admin" CASCADE`);
      await admin.close();
    }
  }, 60_000);
});
