/** What the engine benchmark's processes share: opening a fresh store, a runtime, concurrency, percentiles. */
import { compileProcess, createRuntime, openStore, type Runtime, type Store, type StoreOptions } from '@jingzhun/engine';
import { EMPTY_POSITION, runCase, type RunInput } from '@jingzhun/engine/testing';
import { straightThrough, timer, userTask } from './model';

export const quiet = { debug() {}, info() {}, warn() {}, error() {} };

export interface Bench {
  store: Store;
  runtime: Runtime;
  clock: { now(): Date; set(d: Date): void };
}

export async function openBench(options: StoreOptions, poolSize = 10): Promise<Bench> {
  const store = await openStore({ ...options, poolSize });
  let now = new Date('2024-03-04T01:00:00.000Z');
  const clock = { now: () => new Date(now), set: (d: Date) => (now = d) };
  const runtime = createRuntime({ store, clock, logger: quiet, batchSize: 200 });
  return { store, runtime, clock };
}

/** Runs `task(i)` for i in [0, n) with `concurrency` in flight; resolves when all are done. */
export async function pool(n: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, n) }, async () => {
    while (next < n) {
      const i = next++;
      await task(i);
    }
  });
  await Promise.all(lanes);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export interface UserTaskFigures {
  /** Cases (start + complete) per second at the closed loop's concurrency. */
  maxPairs: number;
  /** The open loop's rate: half the maximum. */
  half: number;
  p50: number;
  p99: number;
}

/**
 * User-task cases (start, then complete the task): the maximum rate with `concurrency` in flight, then every
 * command's latency in an open loop at half that rate (a case arrives every 2/max seconds whatever the
 * latency). Case keys start with `prefix`.
 */
export async function userTaskFigures(bench: Bench, n: number, concurrency: number, prefix: string): Promise<UserTaskFigures> {
  const pair = async (i: number, latencies?: number[]) => {
    let t = performance.now();
    const c = await bench.runtime.startCase({ code: userTask.code, district: 'dongcheng', caseKey: `${prefix}-${i}`, data: { name: 'x' }, actor: 'bench' });
    latencies?.push(performance.now() - t);
    t = performance.now();
    await bench.runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'key' }, actor: 'sw' });
    latencies?.push(performance.now() - t);
  };
  await pool(Math.min(500, n), concurrency, (i) => pair(-1 - i));
  const t0 = performance.now();
  await pool(n, concurrency, (i) => pair(i));
  const maxPairs = n / ((performance.now() - t0) / 1000);

  const half = maxPairs / 2;
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  const begin = performance.now();
  for (let i = 0; i < n; i++) {
    const wait = begin + (i / half) * 1000 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(pair(n + i, latencies));
  }
  await Promise.all(inFlight);
  return { maxPairs, half, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

function cpuMicrosPerRun(n: number, run: (i: number) => unknown): number {
  for (let i = 0; i < Math.min(300, n); i++) run(i);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) run(i);
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / n;
}

/**
 * The interpreter alone, in CPU microseconds per run: one command's run of the version's compiled
 * definition, no store, one core.
 * Every durable command pays at least this; two processes on two cores can at most double it, less
 * what PostgreSQL on the same cores takes. Reported so that the durable figures can be read against it.
 */
export async function interpreterCpu(n: number): Promise<{ startUs: number; fireUs: number }> {
  const base = (model: RunInput['model']) => ({ caseId: 'bench', model, parameterDefinitions: [], parameters: {}, maxSteps: 1000 });
  const straight = base(await compileProcess(straightThrough.standard));
  const startUs = cpuMicrosPerRun(n, (i) =>
    runCase({ ...straight, state: null, position: EMPTY_POSITION, variables: { age: 70 + (i % 30) }, now: new Date(), action: { kind: 'start' } }),
  );
  const waiting = base(await compileProcess(timer.standard));
  const armed = runCase({ ...waiting, state: null, position: EMPTY_POSITION, variables: {}, now: new Date('2024-03-04T01:00:00Z'), action: { kind: 'start' } });
  if (armed.status !== 'waiting') throw new Error('the timer case did not wait');
  const timerExecutionIds = armed.position.timers.map((t) => t.executionId);
  const fireUs = cpuMicrosPerRun(n, () =>
    runCase({ ...waiting, state: armed.state, position: armed.position, variables: {}, now: new Date('2024-06-04T01:00:00Z'), action: { kind: 'fire', timerExecutionIds } }),
  );
  return { startUs, fireUs };
}
