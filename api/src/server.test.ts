import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '@jingzhun/engine';

const SERVER = path.join(__dirname, 'server.ts');

interface Running {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
}

/** Starts `server.ts` as its own process on a free port and waits for its "listening" log line. */
function startServer(env: Record<string, string>): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"port":(\d+).*listening/.exec(out);
      if (match) resolve({ child, port: Number(match[1]), exited });
    });
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${err}${out}`)));
  });
}

describe('the server process', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'jingzhun-server-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves health on the embedded store, stops on SIGTERM, and keeps its data across a restart', async () => {
    const first = await startServer({ DATA_DIR: dataDir });
    const health = await fetch(`http://127.0.0.1:${first.port}/api/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', store: 'pglite' });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const store = await openStore({ dataDir });
    const installed = (await store.query<{ value: string }>(`SELECT value FROM app_meta WHERE key = 'installed_at'`)).rows[0];
    await store.close();
    expect(installed?.value).toEqual(expect.any(String));

    const second = await startServer({ DATA_DIR: dataDir });
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    const again = await openStore({ dataDir });
    const after = (await again.query<{ value: string }>(`SELECT value FROM app_meta WHERE key = 'installed_at'`)).rows[0];
    await again.close();
    expect(after?.value).toBe(installed?.value);
  }, 60_000);

  it('refuses to start with a bad setting and names it', async () => {
    await expect(startServer({ DATA_DIR: dataDir, PORT: 'eighty' })).rejects.toThrow(/invalid setting PORT: must be a whole number/);
  }, 30_000);
});
