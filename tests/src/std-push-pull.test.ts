import type { Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storeTargets } from '@jingzhun/engine/testing';
import { readStandardFolder, writeStandardFolder } from '@jingzhun/standards';
import { childProcesses, PROCESS_TEST_TIMEOUT, sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import { openHttpHarness, PASSWORD, type HttpHarness } from './support/http-harness';

const BIN = path.join(path.dirname(require.resolve('@jingzhun/standards/package.json')), 'bin', 'std.js');

// Each test runs the CLI several times, each run a Node process compiling the sources through tsx.
jest.setTimeout(PROCESS_TEST_TIMEOUT);
const children = childProcesses();

/** Runs `std` as a process, as an officer would from a shell. */
async function std(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await children.run(process.execPath, [BIN, ...args]);
  return { code: code ?? -1, stdout, stderr };
}

describe.each(storeTargets())('std push and pull against a running server on $kind', (target) => {
  let h: HttpHarness;
  let server: Server;
  let url: string;
  let dir: string;

  beforeEach(async () => {
    h = await openHttpHarness(target);
    server = await new Promise<Server>((resolve, reject) => {
      const s = h.app.listen(0, '127.0.0.1', () => resolve(s));
      s.once('error', reject);
    });
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    dir = await mkdtemp(path.join(tmpdir(), 'std-push-'));
  });
  afterEach(async () => {
    // A CLI still talking to the server (the test failed or timed out) is stopped before the server and store go.
    await children.stopAll();
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    await h?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const login = ['--user', 'officer', '--password', PASSWORD];

  it('pushes a folder as a new standard, pushes a change as its next draft, and pulls each back', async () => {
    const folder = path.join(dir, 'sample');
    await writeStandardFolder(folder, sampleStandard());
    const first = await std('push', folder, '--server', url, ...login);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(`${SAMPLE_CODE}：已创建标准，修订 1`);
    const detail = (await h.as('reviewer').get(`/api/standards/${SAMPLE_CODE}`).expect(200)).body;
    expect(detail.draft.standard).toEqual(sampleStandard());

    // Publish version 1 over HTTP, then push an edited folder: it becomes the next draft.
    await h.as('officer').post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200);
    await h.as('reviewer').post(`/api/standards/${SAMPLE_CODE}/draft/approve`, {}).expect(200);
    const edited = { ...sampleStandard(), summary: { zh: '修订后的摘要', en: 'Revised summary' } };
    await writeStandardFolder(folder, edited);
    const second = await std('push', folder, '--server', url, ...login, '--lang', 'en');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`${SAMPLE_CODE}: saved as the next draft, revision 1`);

    const token = h.tokens.officer;
    const v1 = path.join(dir, 'v1');
    const pulled = await std('pull', SAMPLE_CODE, '--version', '1', '--server', url, '--token', token, '--out', v1);
    expect(pulled).toMatchObject({ code: 0, stderr: '' });
    expect((await readStandardFolder(v1)).standard).toEqual(sampleStandard());
    const draft = path.join(dir, 'draft');
    expect((await std('pull', SAMPLE_CODE, '--server', url, ...login, '--out', draft)).code).toBe(0);
    expect((await readStandardFolder(draft)).standard).toEqual(edited);
    expect(await readFile(path.join(draft, 'process.bpmn'), 'utf8')).toBe(sampleStandard().process);
    // The token the caller gave stays valid; the CLI signs out only of sessions it opened.
    await h.as('officer').get('/api/auth/me').expect(200);
  });

  it('exits 1 when the pushed standard has errors, and lists them', async () => {
    const broken = sampleStandard();
    broken.process = broken.process.replace('std:role="supervisor"', 'std:role="director"');
    const folder = path.join(dir, 'broken');
    await writeStandardFolder(folder, broken);
    const res = await std('push', folder, '--server', url, ...login, '--lang', 'en');
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/✖ error\s+Task_plan\s+.*\[USER_TASK_ROLE_UNKNOWN\]/);
  });

  it('exits 2 with the server’s reason on refusal, bad credentials, an unknown standard or no server', async () => {
    const folder = path.join(dir, 'sample');
    await writeStandardFolder(folder, sampleStandard());
    const wrong = await std('push', folder, '--server', url, '--user', 'officer', '--password', 'wrong');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('用户名或密码错误 [INVALID_CREDENTIALS]');
    const forbidden = await std('push', folder, '--server', url, '--token', h.tokens['dongcheng.worker'], '--lang', 'en');
    expect(forbidden.code).toBe(2);
    expect(forbidden.stderr).toContain('[FORBIDDEN]');
    const unknown = await std('pull', 'BJ-NO-SUCH', '--server', url, ...login, '--out', path.join(dir, 'x'), '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('[STANDARD_NOT_FOUND]');
    const noCredentials = await std('pull', SAMPLE_CODE, '--server', url, '--out', path.join(dir, 'x'), '--lang', 'en');
    expect(noCredentials).toMatchObject({ code: 2, stderr: expect.stringContaining('give --user and --password, or --token') });
    const down = await std('push', folder, '--server', 'http://127.0.0.1:9', ...login, '--lang', 'en');
    expect(down).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot reach the server') });
    const badVersion = await std('pull', SAMPLE_CODE, '--version', 'latest', '--server', url, ...login, '--out', path.join(dir, 'x'));
    expect(badVersion.code).toBe(2);
  });
});
