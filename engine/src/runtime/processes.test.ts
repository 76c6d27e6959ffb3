import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childProcesses, PROCESS_TEST_TIMEOUT } from '@jingzhun/standards/testing';
import { openStore, type Store, type StoreOptions } from '../store';
import { manualClock, silentLogger, testDatabaseUrl, versionFixture } from '../testing';
import { createRuntime, type Runtime } from './create-runtime';

const DAY = 86_400_000;
const ENTRY = path.join(__dirname, '..', 'index.ts');

const FOLLOW_UP = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="plan" />
    <bpmn:userTask id="plan" name="制定计划" std:role="worker" std:form="assess" />
    <bpmn:sequenceFlow id="f2" sourceRef="plan" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait" name="三个月后回访">
      <bpmn:timerEventDefinition id="wait_timer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P90D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="wait" targetRef="followup" />
    <bpmn:userTask id="followup" name="跟踪回访" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f4" sourceRef="followup" targetRef="end" />
    <bpmn:endEvent id="end" />`;

type Op = { op: 'complete'; taskId: string; data: Record<string, unknown> } | { op: 'runDue' };

// Every child is killed and waited for before its test's store is closed and dropped, also when the
// test failed or timed out while the child was working.
const children = childProcesses();

/** Runs one command in a separate Node process against the same database and prints its result. */
async function inProcess(options: StoreOptions, now: Date, command: Op): Promise<unknown> {
  const script = `
    const { openStore, createRuntime } = require(${JSON.stringify(ENTRY)});
    (async () => {
      const store = await openStore(${JSON.stringify(options)});
      const logger = { debug() {}, info() {}, warn() {}, error() {} };
      const runtime = createRuntime({ store, clock: { now: () => new Date(${JSON.stringify(now.toISOString())}) }, logger });
      const command = ${JSON.stringify(command)};
      let result;
      try {
        result = command.op === 'runDue' ? await runtime.runDue()
          : await runtime.completeTask({ taskId: command.taskId, data: command.data, actor: 'sw-in-child' });
      } catch (error) {
        result = { error: error.code ?? String(error) };
      }
      await store.close();
      process.stdout.write(JSON.stringify(result));
    })();
  `;
  const exit = await children.run(process.execPath, ['--import', 'tsx', '-e', script]);
  if (exit.code !== 0) throw new Error(`exit ${exit.code ?? exit.signal}: ${exit.stderr}`);
  return JSON.parse(exit.stdout);
}

interface Target {
  kind: string;
  options(): Promise<{ options: StoreOptions; cleanup(): Promise<void> }>;
}

const pgliteOnDisk: Target = {
  kind: 'pglite',
  async options() {
    const dir = mkdtempSync(path.join(tmpdir(), 'jingzhun-engine-'));
    return { options: { dataDir: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

function postgres(url: string): Target {
  return {
    kind: 'postgres',
    async options() {
      const schema = `test_proc_${Math.random().toString(16).slice(2, 10)}`;
      const options = { databaseUrl: url, schema, poolSize: 4 };
      return {
        options,
        async cleanup() {
          const admin = await openStore({ databaseUrl: url, schema: `${schema}_admin`, poolSize: 1 });
          await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await admin.query(`DROP SCHEMA IF EXISTS "${schema}_admin" CASCADE`);
          await admin.close();
        },
      };
    },
  };
}

const url = testDatabaseUrl();
const targets: Target[] = url ? [pgliteOnDisk, postgres(url)] : [pgliteOnDisk];

describe.each(targets)('a case resumed by another process on $kind', (target) => {
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  let options: StoreOptions;
  let cleanup: () => Promise<void>;
  let store: Store;
  let runtime: Runtime;

  // This process's store, when open: PGlite lets one process at a time open its folder.
  let open: Store | undefined;
  const reopen = async () => {
    store = open = await openStore(options);
    runtime = createRuntime({ store, clock, logger: silentLogger });
  };
  const letGo = async () => {
    const closing = open;
    open = undefined;
    await closing?.close();
  };

  beforeEach(async () => {
    ({ options, cleanup } = await target.options());
    await reopen();
    await runtime.registerVersion(versionFixture(FOLLOW_UP));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
  }, PROCESS_TEST_TIMEOUT);
  afterEach(async () => {
    await children.stopAll();
    await letGo();
    await cleanup();
  }, PROCESS_TEST_TIMEOUT);

  it('completes a user task and fires the P90D follow-up in other processes', async () => {
    const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'K-1', data: { name: '吴九' }, actor: 'op' });
    const taskId = c.openTasks[0]!.id;
    // PGlite allows one process per data folder: this process lets go while the other works.
    if (target.kind === 'pglite') await letGo();

    expect(await inProcess(options, clock.now(), { op: 'complete', taskId, data: { tier: 'bad' } })).toEqual({ error: 'TASK_DATA_INVALID' });
    expect(await inProcess(options, clock.now(), { op: 'complete', taskId, data: { tier: 'key' } })).toMatchObject({ status: 'completed', completedBy: 'sw-in-child' });
    expect(await inProcess(options, new Date(clock.now().getTime() + 89 * DAY), { op: 'runDue' })).toMatchObject({ fired: 0 });
    expect(await inProcess(options, new Date(clock.now().getTime() + 90 * DAY), { op: 'runDue' })).toMatchObject({ fired: 1 });

    if (target.kind === 'pglite') await reopen();
    const after = await runtime.getCase(c.id);
    expect(after.variables).toMatchObject({ tier: 'key' });
    expect(after.openTasks.map((t) => t.elementId)).toEqual(['followup']);
    expect(after.timeline.filter((e) => e.kind === 'timer_fired')).toHaveLength(1);
  }, PROCESS_TEST_TIMEOUT);

  if (target.kind === 'postgres') {
    it('fires a P90D timer exactly once with two worker processes running at once', async () => {
      const cases = [];
      for (let i = 0; i < 20; i++) {
        const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: `K-${i}`, data: { name: '吴九' }, actor: 'op' });
        await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'key' }, actor: 'sw' });
        cases.push(c.id);
      }
      const due = new Date(clock.now().getTime() + 90 * DAY);
      const [a, b] = (await Promise.all([inProcess(options, due, { op: 'runDue' }), inProcess(options, due, { op: 'runDue' })])) as { fired: number }[];
      expect(a!.fired + b!.fired).toBe(20);
      const { rows } = await store.query<{ n: number }>(`SELECT count(*) AS n FROM case_events WHERE kind = 'timer_fired'`);
      expect(rows[0]?.n).toBe(20);
      const tasks = await runtime.listTasks({ status: 'open' });
      expect(tasks.filter((t) => t.elementId === 'followup')).toHaveLength(20);
    }, PROCESS_TEST_TIMEOUT);
  }
});

const describePostgres = url ? describe : describe.skip;

describePostgres('two connections at once on postgres', () => {
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  let target: { options: StoreOptions; cleanup(): Promise<void> };
  let one: Store;
  let two: Store;

  beforeEach(async () => {
    target = await postgres(url!).options();
    one = await openStore(target.options);
    two = await openStore(target.options);
  });
  afterEach(async () => {
    await one?.close();
    await two?.close();
    await target?.cleanup();
  });

  it('completing the same task: exactly one succeeds and one completion is logged', async () => {
    const a = createRuntime({ store: one, clock, logger: silentLogger });
    const b = createRuntime({ store: two, clock, logger: silentLogger });
    await a.registerVersion(versionFixture(FOLLOW_UP));
    await a.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
    for (let round = 0; round < 10; round++) {
      const c = await a.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: `R-${round}`, data: { name: '郑十' }, actor: 'op' });
      const taskId = c.openTasks[0]!.id;
      const results = await Promise.allSettled([
        a.completeTask({ taskId, data: { tier: 'high' }, actor: 'sw-a' }),
        b.completeTask({ taskId, data: { tier: 'key' }, actor: 'sw-b' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(['CASE_CONFLICT', 'TASK_NOT_OPEN']).toContain((loser.reason as { code: string }).code);
      const file = await a.getCase(c.id);
      expect(file.timeline.filter((e) => e.kind === 'task_completed')).toHaveLength(1);
      expect(file.timers).toHaveLength(1);
      const { rows } = await one.query<{ n: number }>('SELECT count(*) AS n FROM jobs WHERE case_id = $1', [c.id]);
      expect(rows[0]?.n).toBe(1);
    }
  });

  it('two workers in one process each with its own connections fire each timer once', async () => {
    const a = createRuntime({ store: one, clock, logger: silentLogger, batchSize: 3 });
    const b = createRuntime({ store: two, clock, logger: silentLogger, batchSize: 3 });
    await a.registerVersion(versionFixture(FOLLOW_UP));
    await a.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
    for (let i = 0; i < 12; i++) {
      const c = await a.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: `T-${i}`, data: { name: '郑十' }, actor: 'op' });
      await a.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'high' }, actor: 'sw' });
    }
    const due = new Date(clock.now().getTime() + 90 * DAY);
    const [x, y] = await Promise.all([a.runDue(due), b.runDue(due)]);
    expect(x.fired + y.fired).toBe(12);
    const { rows } = await one.query<{ n: number }>(`SELECT count(*) AS n FROM case_events WHERE kind = 'timer_fired'`);
    expect(rows[0]?.n).toBe(12);
  });
});
