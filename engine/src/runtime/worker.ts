/**
 * A worker fires due timers: it polls the jobs table every `pollMs` and fires everything due, batch
 * after batch (the runtime's `runDue`). Start as many as you like, in as many processes as you like.
 *
 * @example
 *   const worker = createWorker({ runtime, clock, logger, pollMs: 1000 });
 *   worker.start();
 *   process.on('SIGTERM', () => worker.stop());
 */
import type { DueCounts } from './timer-system';
import type { Clock, Logger } from './types';

export interface WorkerOptions {
  runtime: { runDue(now?: Date, options?: { batchSize?: number }): Promise<DueCounts>; compactRollups?(): Promise<number> };
  clock: Clock;
  logger: Logger;
  /** Jobs claimed per batch; the runtime's own batch size when absent. */
  batchSize?: number;
  pollMs?: number;
  /** How often the worker folds rollup deltas; default every 5 minutes. */
  compactEveryMs?: number;
}

export interface Worker {
  start(): void;
  /** Stops polling and waits for the batch in flight; the process can exit afterwards. */
  stop(): Promise<void>;
  /** Fires everything due at `now` (tests and the simulator). */
  runDue(now?: Date): Promise<DueCounts>;
  readonly running: boolean;
}

export function createWorker(options: WorkerOptions): Worker {
  const { runtime, clock, logger } = options;
  const due = options.batchSize ? { batchSize: options.batchSize } : {};
  const pollMs = options.pollMs ?? 1000;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();
  const compactEveryMs = options.compactEveryMs ?? 300_000;
  let lastCompaction = Date.now();

  const tick = async () => {
    timer = undefined;
    if (!running) return;
    try {
      // Returns once a round of batches came back short (nothing more is due) or moved nothing on.
      const counts = await runtime.runDue(clock.now(), due);
      if (counts.claimed) logger.debug({ ...counts }, 'timers fired');
      // Wall time, not the injected clock: this is housekeeping of the process, not of cases.
      if (runtime.compactRollups && Date.now() - lastCompaction >= compactEveryMs) {
        lastCompaction = Date.now();
        const removed = await runtime.compactRollups();
        if (removed) logger.debug({ removed }, 'rollups compacted');
      }
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'timer worker failed');
    }
    if (running) timer = setTimeout(schedule, pollMs);
  };
  const schedule = () => {
    inFlight = tick();
  };

  return {
    get running() {
      return running;
    },
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
    runDue: (now?: Date) => runtime.runDue(now ?? clock.now(), due),
  };
}
