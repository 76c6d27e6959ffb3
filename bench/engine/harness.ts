/** What the engine benchmark's processes share: opening a fresh store, a runtime, concurrency, percentiles. */
import { createRuntime, openStore, type Runtime, type Store, type StoreOptions } from '@jingzhun/engine';

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
