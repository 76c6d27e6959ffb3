import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '@jingzhun/engine';
import { childProcesses, PROCESS_TEST_TIMEOUT, type Child } from '@jingzhun/standards/testing';

const SERVER = path.join(__dirname, 'server.ts');

// A server still running when its test ends (failed, timed out) is killed before its folder goes.
const children = childProcesses();

interface Running {
  child: Child;
  port: number;
}

/** Starts `server.ts` as its own process on a free port and waits for its "listening" log line. */
async function startServer(env: Record<string, string>): Promise<Running> {
  const child = children.start(process.execPath, ['--import', 'tsx', SERVER], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
  });
  const listening = await child.printed(/"port":(\d+).*listening/);
  return { child, port: Number(listening[1]) };
}

/** When the store in `dataDir` was first set up, as it records it. */
async function installedAt(dataDir: string): Promise<string | undefined> {
  const store = await openStore({ dataDir });
  try {
    return (await store.query<{ value: string }>(`SELECT value FROM app_meta WHERE key = 'installed_at'`)).rows[0]?.value;
  } finally {
    await store.close();
  }
}

describe('the server process', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'jingzhun-server-'));
  });
  afterEach(async () => {
    await children.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves health on the embedded store, stops on SIGTERM, and keeps its data across a restart', async () => {
    const first = await startServer({ DATA_DIR: dataDir });
    const health = await fetch(`http://127.0.0.1:${first.port}/api/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', store: 'pglite' });
    first.child.process.kill('SIGTERM');
    expect((await first.child.exited).code).toBe(0);

    const installed = await installedAt(dataDir);
    expect(installed).toEqual(expect.any(String));

    const second = await startServer({ DATA_DIR: dataDir });
    second.child.process.kill('SIGINT');
    expect((await second.child.exited).code).toBe(0);
    expect(await installedAt(dataDir)).toBe(installed);
  }, PROCESS_TEST_TIMEOUT);

  it('refuses to start with a bad setting and names it', async () => {
    await expect(startServer({ DATA_DIR: dataDir, PORT: 'eighty' })).rejects.toThrow(/invalid setting PORT: must be a whole number/);
  }, PROCESS_TEST_TIMEOUT);
});
