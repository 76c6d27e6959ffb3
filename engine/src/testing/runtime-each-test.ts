/**
 * A fresh store and runtime for each test of a describe block: the store opened from its target, the
 * clock back at its start, a quiet runtime over them; the store disposed after the test.
 *
 * @example
 *   const clock = manualClock('2024-03-04T01:00:00.000Z');
 *   let runtime: Runtime;
 *   runtimeEachTest(target, { clock, maxAttempts: 3 }, async (_store, r) => {
 *     runtime = r;
 *     await deploy(r);
 *   });
 */
import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { silentLogger, type ManualClock } from './standard-fixtures';
import type { StoreTarget, TestStore } from './test-stores';

export interface RuntimeEachTestOptions {
  clock: ManualClock;
  /** Tries of a failing timer before it becomes an incident (the runtime's default when unset). */
  maxAttempts?: number;
}

export function runtimeEachTest(target: StoreTarget, options: RuntimeEachTestOptions, ready: (store: TestStore, runtime: Runtime) => void | Promise<void>): void {
  let store: TestStore | undefined;
  beforeEach(async () => {
    store = await target.open();
    options.clock.reset();
    const runtime = createRuntime({ store, clock: options.clock, logger: silentLogger, maxAttempts: options.maxAttempts });
    await ready(store, runtime);
  });
  afterEach(() => store?.dispose());
}
