/**
 * Engine benchmark: the durable runtime against naive in-memory bpmn-engine (`new Engine({ source })`
 * and `execute()` per case) measured in the same process and run. Prints each figure beside its target.
 * PostgreSQL via DATABASE_URL (two-process figures need it); BENCH_SCALE shrinks or grows the counts.
 * Usage: DATABASE_URL=postgres://… npm run bench -- engine
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { Engine } from 'bpmn-engine';
import { evaluateCondition } from '@jingzhun/standards';
import { openStore } from '@jingzhun/engine';
import { NODE_FLAGS } from '../node-flags';
import { benchConfig } from './config';
import { interpreterCpu, openBench, pool, userTaskFigures, type Bench, type UserTaskFigures } from './harness';
import { straightThrough, timer, userTask } from './model';

const DAY = 86_400_000;
const scaled = (n: number) => Math.max(10, Math.round(n * benchConfig.scale));
const lines: string[] = [];

function report(figure: string, target: string, measured: string, ratio = '') {
  const line = `${figure.padEnd(58)} target ${target.padEnd(16)} measured ${measured.padEnd(18)} ${ratio}`;
  lines.push(line);
  console.log(line);
}

/** Naive bpmn-engine: parse the source and run each case in memory; FEEL through the same evaluator. */
async function naiveRate(n: number): Promise<number> {
  const source = straightThrough.standard.process;
  const run = async (i: number) => {
    const variables = { age: 70 + (i % 30) };
    const scripts = {
      register() {},
      getScript(_language: string, flow: { id: string }) {
        return { execute: (_scope: unknown, next: (e: Error | null, r?: boolean) => void) => next(null, flow.id === 'f2' && evaluateCondition('age >= 80', variables)) };
      },
    };
    const engine = new Engine({ source, scripts, settings: { enableDummyService: true } } as never);
    const ended = new Promise<void>((resolve, reject) => {
      engine.once('end', () => resolve());
      engine.once('error', reject);
    });
    await engine.execute();
    await ended;
  };
  for (let i = 0; i < 200; i++) await run(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await run(i);
  return n / ((performance.now() - t0) / 1000);
}

async function durableStraightRate(bench: Bench, n: number, concurrency: number, prefix: string): Promise<number> {
  const start = (i: number) =>
    bench.runtime.startCase({ code: straightThrough.code, district: 'dongcheng', caseKey: `${prefix}-${i}`, data: { name: 'x', age: 70 + (i % 30) }, actor: 'bench' });
  await pool(100, concurrency, (i) => start(-1 - i));
  const t0 = performance.now();
  await pool(n, concurrency, start);
  return n / ((performance.now() - t0) / 1000);
}

interface WorkerResult {
  done: number;
  startedAt: number;
  endedAt: number;
  /** The user-task figures, from a worker in `task` mode. */
  task?: UserTaskFigures;
}

/** Starts `count` processes of worker.ts, lets them go at once and returns what each did. */
async function processes(count: number, args: (i: number) => Record<string, unknown>): Promise<WorkerResult[]> {
  const children = Array.from({ length: count }, (_, i) =>
    spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', path.join(__dirname, 'worker.ts'), JSON.stringify(args(i))], {
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const outputs = children.map((child) => {
    let out = '';
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('ready\n')) resolve();
      }),
    );
    const done = new Promise<WorkerResult>((resolve, reject) =>
      child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.split('\n').filter(Boolean).pop()!) as WorkerResult) : reject(new Error(`worker exit ${code}`)))),
    );
    return { ready, done };
  });
  await Promise.all(outputs.map((o) => o.ready));
  for (const child of children) child.stdin.end('go\n');
  return Promise.all(outputs.map((o) => o.done));
}

function wallRate(results: WorkerResult[]): number {
  const done = results.reduce((s, r) => s + r.done, 0);
  const ms = Math.max(...results.map((r) => r.endedAt)) - Math.min(...results.map((r) => r.startedAt));
  return done / (ms / 1000);
}

function reportUserTask(figures: UserTaskFigures, where: string): void {
  report(`user-task case: max rate (start + complete), ${where}`, '—', `${figures.maxPairs.toFixed(0)} cases/s`);
  report(`user-task case: command latency at ${figures.half.toFixed(0)} cases/s`, 'p99 ≤ 50 ms', `p50 ${figures.p50.toFixed(1)} p99 ${figures.p99.toFixed(1)} ms`);
}

async function main() {
  const url = benchConfig.databaseUrl;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const options = url ? { databaseUrl: url, schema } : { dataDir: 'memory://' };
  console.log(`engine benchmark on ${url ? 'PostgreSQL' : 'PGlite (in memory)'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  const bench = await openBench(options, 12);
  try {
    for (const v of [straightThrough, userTask, timer]) {
      await bench.runtime.registerVersion(v);
      await bench.runtime.deploy({ code: v.code, version: v.version, districts: 'all', actor: 'bench' });
    }

    const part = (name: string) => benchConfig.parts.includes(name);
    // Straight-through: naive in-memory baseline, then the durable runtime in this process.
    const naive = await naiveRate(scaled(2000));
    report('naive in-memory bpmn-engine, straight-through (baseline)', '—', `${naive.toFixed(0)} cases/s`, '1.00×');
    const cpu = await interpreterCpu(scaled(2000));
    const ceiling = { start: 1e6 / cpu.startUs, fire: 1e6 / cpu.fireUs };
    report('interpreter alone, straight-through, per core of CPU', '—', `${ceiling.start.toFixed(0)} cases/s`, `${(ceiling.start / naive).toFixed(2)}×`);
    report('interpreter alone, timer fire (recover + fire), per core', '—', `${ceiling.fire.toFixed(0)} fires/s`);
    if (part('straight')) {
      const durable = await durableStraightRate(bench, scaled(3000), 8, 'S1');
      report('durable straight-through, one process', '≥ 1.0× naive', `${durable.toFixed(0)} cases/s`, `${(durable / naive).toFixed(2)}×`);
      if (url) {
        const results = await processes(2, (i) => ({ options, mode: 'straight', count: scaled(3000), concurrency: 8, prefix: `S2-${i}` }));
        const rate = wallRate(results);
        report('durable straight-through, two processes', '≥ 350 cases/s', `${rate.toFixed(0)} cases/s`, `${(rate / naive).toFixed(2)}×`);
      }
    }
    if (part('task')) {
      // In a process of its own, as a server runs: this process has run the naive baseline and the
      // straight-through cases, whose garbage and polymorphic call sites would be measured too.
      if (url) {
        const [result] = await processes(1, () => ({ options, mode: 'task', count: scaled(2000), concurrency: 8, prefix: 'U' }));
        reportUserTask(result!.task!, 'own process');
      } else {
        reportUserTask(await userTaskFigures(bench, scaled(2000), 8, 'U'), 'this process');
      }
    }

    // State of a waiting case: the user-task and timer cases.
    for (const v of part('state') ? [userTask, timer] : []) {
      const c = await bench.runtime.startCase({ code: v.code, district: 'xicheng', caseKey: `STATE-${v.code}`, data: { name: 'x' }, actor: 'bench' });
      const { rows } = await bench.store.query<{ n: number }>('SELECT octet_length(state) AS n FROM cases WHERE id = $1', [c.id]);
      report(`stored state of a waiting case (${v.code})`, '≤ 4096 B', `${rows[0]?.n ?? 0} B`);
    }

    // Timers: cases waiting at a P90D timer, then everything due at once.
    if (part('timers')) {
      const timers = scaled(10_000);
      await pool(timers, 8, (i) => bench.runtime.startCase({ code: timer.code, district: 'chaoyang', caseKey: `T-${i}`, data: { name: 'x' }, actor: 'bench' }));
      const due = new Date(bench.clock.now().getTime() + 91 * DAY);
      if (url) {
        const results = await processes(2, () => ({ options, mode: 'timers', count: 0, concurrency: 0, prefix: 'T', now: due.toISOString() }));
        const fired = results.reduce((s, r) => s + r.done, 0);
        report(`${fired} due timers fired, two processes`, '≥ 1000/s', `${wallRate(results).toFixed(0)}/s`);
      } else {
        const t0 = performance.now();
        const counts = await bench.runtime.runDue(due);
        report(`${counts.fired} due timers fired, one process`, '≥ 1000/s', `${(counts.fired / ((performance.now() - t0) / 1000)).toFixed(0)}/s`);
      }
    }

    // Heap after many commands: start + complete pairs, heap measured after a full collection.
    const gc = (globalThis as { gc?: () => void }).gc;
    const commands = part('heap') ? scaled(100_000) : 0;
    const heap = (): number => {
      gc?.();
      return process.memoryUsage().heapUsed / 2 ** 20;
    };
    const samples: number[] = [];
    const pairs = commands / 2;
    const step = Math.max(1, Math.floor(pairs / 5));
    for (let done = 0; done < pairs; done += step) {
      await pool(Math.min(step, pairs - done), 8, async (i) => {
        const c = await bench.runtime.startCase({ code: userTask.code, district: 'fengtai', caseKey: `H-${done + i}`, data: { name: 'x' }, actor: 'bench' });
        await bench.runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'key' }, actor: 'sw' });
      });
      samples.push(heap());
    }
    if (commands) {
      report(`heap after ${commands} commands (${gc ? 'after gc' : 'no --expose-gc'})`, 'flat', `${samples.map((s) => s.toFixed(0)).join(' → ')} MiB`);
    }
  } finally {
    await bench.store.close();
    if (url) {
      const admin = await openStore({ databaseUrl: url, schema: `${schema}_admin`, poolSize: 2 });
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}_admin" CASCADE`);
      await admin.close();
    }
  }
  console.log(`\n${new Date().toISOString().slice(0, 10)} — ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n${lines.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
