import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeStandardFolder } from '../archive/standard-folder';
import { standardToZip } from '../archive/standard-zip';
import { childProcesses, PROCESS_TEST_TIMEOUT } from '../testing/child-processes';
import { sampleStandard } from '../testing/sample-standard';

const BIN = path.join(__dirname, '..', '..', 'bin', 'std.js');
const FIXTURES = path.join(__dirname, '..', 'bpmn', 'fixtures');

// Each test runs the CLI several times, each run a Node process compiling the sources through tsx.
jest.setTimeout(PROCESS_TEST_TIMEOUT);
const children = childProcesses();
afterEach(() => children.stopAll());

/** Runs `std` as a process, as a person would from a shell. */
async function std(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await children.run(process.execPath, [BIN, ...args]);
  return { code: code ?? -1, stdout, stderr };
}

describe('the std CLI, run as a process', () => {
  let dir: string;
  let good: string;
  let bad: string;
  let deep: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'std-cli-'));
    good = path.join(dir, 'good');
    bad = path.join(dir, 'bad');
    await writeStandardFolder(good, sampleStandard());
    const broken = sampleStandard();
    broken.process = broken.process.replace('std:role="supervisor"', 'std:role="director"');
    broken.parameters[0]!.default = 99;
    await writeStandardFolder(bad, broken);
    await writeFile(path.join(dir, 'sample.zip'), standardToZip(sampleStandard()));
    await writeFile(path.join(dir, 'notes.txt'), 'hello');
    // A form nested 5,000 levels deep, in a folder, and a whole standard so nested as .json.
    deep = path.join(dir, 'deep');
    await writeStandardFolder(deep, sampleStandard());
    await writeFile(path.join(deep, 'forms', 'plan.schema.json'), `{"type":"object","properties":${'{"a":'.repeat(5000)}{}${'}'.repeat(5000)}}`);
    await writeFile(path.join(dir, 'deep.json'), `{"code":"BJ-SW-DEEP","extra":${'['.repeat(5000)}${']'.repeat(5000)}}`);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('validate: a valid folder passes with exit 0, reported in Chinese by default', async () => {
    const { code, stdout } = await std('validate', good);
    expect(code).toBe(0);
    expect(stdout).toContain('没有问题');
  });

  it('validate: a folder with errors exits 1 and names each problem, its place and code', async () => {
    const zh = await std('validate', bad);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/✖ 错误\s+Task_plan\s+用户任务 制定服务计划 \(Task_plan\) 的角色 “director” 不在标准的角色中\s+\[USER_TASK_ROLE_UNKNOWN\]/);
    expect(zh.stdout).toContain('/parameters/0/default');
    expect(zh.stdout).toContain('2 个错误');
    const en = await std('validate', '--lang', 'en', bad);
    expect(en.stdout).toContain('role "director" is not one of the standard\'s roles');
    expect(en.stdout).toContain('2 errors, 0 warnings');
  });

  it('validate --json prints machine-readable problems', async () => {
    const { code, stdout } = await std('validate', '--json', good, bad);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ errors: 2, unusable: false });
    expect(report.results[1].problems.map((p: { code: string }) => p.code).sort()).toEqual(['PARAMETER_RANGE', 'USER_TASK_ROLE_UNKNOWN']);
  });

  it('validate: reads zips and bare .bpmn files too', async () => {
    expect((await std('validate', path.join(dir, 'sample.zip'))).code).toBe(0);
    const bpmn = await std('validate', '--lang', 'en', path.join(FIXTURES, 'camunda-modeler.bpmn'));
    expect(bpmn.code).toBe(1);
    expect(bpmn.stdout).toContain('[SCRIPT_TASK_FORBIDDEN]');
  });

  it('exits 2 on unusable input: a missing path, an unknown kind of file, no arguments, a bad option', async () => {
    const missing = await std('validate', path.join(dir, 'missing'));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('找不到');
    expect((await std('validate', path.join(dir, 'notes.txt'))).code).toBe(2);
    expect((await std('validate', dir)).code).toBe(2); // a folder that is not a standard
    expect((await std()).code).toBe(2);
    const french = await std('validate', '--lang', 'fr', good);
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/未知语言“fr”.*unknown language "fr"/);
    expect((await std('frobnicate')).code).toBe(2);
  });

  it('diff: lists what changed between two folders', async () => {
    const { code, stdout } = await std('diff', '--lang', 'en', good, bad);
    expect(code).toBe(0);
    expect(stdout).toContain('~ Task_plan (userTask 制定服务计划)');
    expect(stdout).toContain('std:role: "supervisor" → "director"');
    expect(stdout).toContain('/default: 10 → 99');
    expect(stdout).toContain('2 change(s) of content');
    const same = await std('diff', good, path.join(dir, 'sample.zip'));
    expect(same.stdout).toContain('没有变化');
    const json = JSON.parse((await std('diff', '--json', good, bad)).stdout);
    expect(json.elements.changed[0].id).toBe('Task_plan');
    expect((await std('diff', good, path.join(dir, 'missing'))).code).toBe(2);
  });
  it('validate, diff and push: a file nested too deep is a problem naming the file, never a stack trace', async () => {
    const folder = await std('validate', '--lang', 'en', deep);
    expect(folder.code).toBe(1);
    expect(folder.stdout).toMatch(/✖ error\s+\/forms\/plan\s+forms\/plan\.schema\.json is nested deeper than 64 levels\s+\[JSON_TOO_DEEP\]/);
    const json = await std('validate', path.join(dir, 'deep.json'));
    expect(json.code).toBe(1);
    expect(json.stdout).toContain('[JSON_TOO_DEEP]');
    const diff = await std('diff', good, deep);
    const push = await std('push', deep, '--server', 'http://127.0.0.1:9', '--token', 't');
    for (const run of [diff, push]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('[JSON_TOO_DEEP]');
    }
    expect(push.stderr).toContain('未上传');
    for (const run of [folder, json, diff, push]) expect(`${run.stdout}${run.stderr}`).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
  });

  it('push and pull: exit 2 without a server, credentials or a usable version, naming what is missing', async () => {
    const noServer = await std('push', good, '--user', 'officer', '--password', 'x');
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toContain('--server');
    const noCredentials = await std('push', good, '--server', 'http://127.0.0.1:9', '--lang', 'en');
    expect(noCredentials).toMatchObject({ code: 2, stderr: expect.stringContaining('give --user and --password, or --token') });
    const unreachable = await std('pull', 'BJ-SW-SAMPLE', '--server', 'http://127.0.0.1:9', '--token', 't', '--out', path.join(dir, 'pulled'));
    expect(unreachable).toMatchObject({ code: 2, stderr: expect.stringContaining('无法连接服务器') });
    expect((await std('pull', 'BJ-SW-SAMPLE', '--version', '0', '--server', 'http://127.0.0.1:9', '--token', 't', '--out', dir)).code).toBe(2);
    expect((await std('push', path.join(dir, 'notes.txt'), '--server', 'http://127.0.0.1:9', '--token', 't')).code).toBe(2);
  });
});
