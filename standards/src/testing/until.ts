/**
 * Waits for something no event announces (another process's cache heard a notification, a statement
 * is waiting for a lock): checks `condition` again after each short pause until it holds. It has no
 * deadline of its own — the test's timeout is the only one — so a slow machine only waits longer, and
 * a condition that never holds fails the test when its timeout is reached. The wait ends with its
 * test: one left by a test that timed out stops at its next check instead of polling on for ever (and
 * keeping jest from exiting). Where the thing awaited can resolve a promise when it happens, wait for
 * that instead.
 *
 * @example
 *   await until(async () => (await request(other).get('/api/auth/me').set('Authorization', auth)).status === 401);
 */
import { setTimeout as pause } from 'node:timers/promises';

/** Between two checks: long enough not to crowd a busy machine, short beside anything a test waits for. */
const PAUSE_MS = 10;

/** Thrown by a wait whose test ended (failed or timed out) before the condition held. */
export class WaitAbandonedError extends Error {
  constructor() {
    super('the test ended before the condition held');
    this.name = 'WaitAbandonedError';
  }
}

/** The waits of the running test. */
const waits = new Set<{ over: boolean }>();

// A hook of the file that imports this: after every test, whatever its describe block.
if (typeof afterEach === 'function') {
  afterEach(() => {
    for (const wait of waits) wait.over = true;
    waits.clear();
  });
}

export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  const wait = { over: false };
  waits.add(wait);
  try {
    while (!(await condition())) {
      await pause(PAUSE_MS);
      if (wait.over) throw new WaitAbandonedError();
    }
  } finally {
    waits.delete(wait);
  }
}
