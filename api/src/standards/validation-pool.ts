/**
 * Validation of standard documents off the event loop: up to a fixed number of worker threads, each
 * validating one document at a time with `validateStandard`. A document may take up to a deadline
 * (its worker is then stopped and replaced, and the caller gets VALIDATION_TIMEOUT); a bounded number
 * of documents may wait for a worker (one more gets VALIDATION_BUSY). Validation of a large process
 * takes seconds of one core, and on the event loop every other request of every district would wait.
 *
 * Workers start with the first document and run the TypeScript sources through tsx, as the server
 * does. An idle worker does not keep the process alive, so an app that is never closed (a script, a
 * test) still lets its process exit; `close()` stops them all.
 *
 * @example
 *   const pool = createValidationPool({ workers: 1 });
 *   const problems = await pool.validate(doc); // ValidationTimeoutError, ValidationBusyError
 *   await pool.close();
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Problem } from '@jingzhun/standards';
import { ValidationBusyError, ValidationTimeoutError } from './errors';

/**
 * How long a worker may spend on one document: the costliest process within the size bound (2,000
 * elements, FEEL nested deep) took 1–4 s on a busy two-core machine (bench/event-loop).
 */
export const VALIDATION_DEADLINE_MS = 10_000;

/** Documents that may wait for a worker: a few authors saving at once, each body at most the body limit. */
export const VALIDATION_QUEUE_LIMIT = 16;

/**
 * A worker idle this long stops (one holds ≈ 100 MB once it has validated a large process); the next
 * document starts one again, which takes about a second.
 */
export const VALIDATION_IDLE_MS = 60_000;

export interface ValidationPoolOptions {
  /** Worker threads, each validating one document at a time. */
  workers: number;
  /** Documents that may wait for a worker; one more is refused with VALIDATION_BUSY. */
  queueLimit?: number;
  /** Milliseconds a worker may spend on one document, from when it starts it. */
  deadlineMs?: number;
  /** Milliseconds a worker may stay idle before it stops. */
  idleMs?: number;
}

export interface ValidationPool {
  /** Every problem of `document` (see `validateStandard`), found in a worker thread. */
  validate(document: unknown): Promise<Problem[]>;
  /** Refuses what still waits and stops the workers. */
  close(): Promise<void>;
  /** Worker threads running now (starting, working or idle). */
  readonly threads: number;
}

/** Messages between the pool and its workers. */
export type ToValidationWorker = { id: number; document: unknown };
export type FromValidationWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; problems: Problem[] }
  | { type: 'failed'; id: number; message: string };

const WORKER_ENTRY = path.join(__dirname, 'validation-worker.ts');
/** The worker runs the TypeScript sources as this process does: through tsx. */
const BOOTSTRAP = `require('tsx/cjs'); require(${JSON.stringify(WORKER_ENTRY)});`;

interface Job {
  id: number;
  document: unknown;
  resolve(problems: Problem[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  deadline?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

/** Thrown when the pool was closed before a document was validated, or a worker failed on it. */
export class ValidationPoolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationPoolError';
  }
}

export function createValidationPool(options: ValidationPoolOptions): ValidationPool {
  const size = Math.max(1, options.workers);
  const queueLimit = options.queueLimit ?? VALIDATION_QUEUE_LIMIT;
  const deadlineMs = options.deadlineMs ?? VALIDATION_DEADLINE_MS;
  const idleMs = options.idleMs ?? VALIDATION_IDLE_MS;
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  /** The worker's document is done (or given up); the worker waits for the next one. */
  function finish(slot: Slot): Job | undefined {
    const job = slot.job;
    clearTimeout(slot.deadline);
    slot.job = undefined;
    slot.deadline = undefined;
    idle(slot);
    return job;
  }

  /** An idle worker must not keep the process alive, and stops after a while. */
  function idle(slot: Slot): void {
    slot.worker.unref();
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => stop(slot), idleMs).unref();
  }

  function stop(slot: Slot): Promise<number> {
    slots.delete(slot);
    clearTimeout(slot.deadline);
    clearTimeout(slot.idle);
    slot.worker.removeAllListeners('exit');
    return slot.worker.terminate();
  }

  /** Stops a worker (it may be in the middle of a document) and starts its replacement. */
  function replace(slot: Slot): void {
    void stop(slot);
    start();
  }

  function start(): Slot {
    const worker = new Worker(BOOTSTRAP, { eval: true });
    const slot: Slot = { worker, ready: false };
    worker.unref();
    worker.on('message', (message: FromValidationWorker) => {
      if (message.type === 'ready') {
        slot.ready = true;
        idle(slot);
      } else if (slot.job?.id === message.id) {
        const job = finish(slot)!;
        if (message.type === 'done') job.resolve(message.problems);
        else job.reject(new ValidationPoolError(`validation failed: ${message.message}`));
      }
      dispatch();
    });
    const failed = (error: Error) => {
      if (!slots.has(slot)) return;
      const job = slot.job;
      void stop(slot);
      // A worker that cannot even start would fail every document: refuse what waits, start none.
      const refused = slot.ready ? [] : queue.splice(0);
      for (const j of job ? [job, ...refused] : refused) j.reject(new ValidationPoolError(`the validation worker stopped: ${error.message}`));
      if (slot.ready) dispatch();
    };
    worker.on('error', failed);
    worker.on('exit', (code) => failed(new Error(`exit code ${code}`)));
    slots.add(slot);
    return slot;
  }

  function dispatch(): void {
    if (closed) return;
    while (queue.length) {
      const free = [...slots].find((s) => s.ready && !s.job);
      if (!free) {
        if (slots.size < size) start();
        return;
      }
      const job = queue.shift()!;
      free.job = job;
      clearTimeout(free.idle);
      free.worker.ref();
      free.deadline = setTimeout(() => {
        if (free.job !== job) return;
        free.job = undefined;
        job.reject(new ValidationTimeoutError(deadlineMs));
        replace(free);
      }, deadlineMs);
      free.worker.postMessage({ id: job.id, document: job.document } satisfies ToValidationWorker);
    }
  }

  return {
    get threads() {
      return slots.size;
    },

    validate(document) {
      if (closed) return Promise.reject(new ValidationPoolError('the validation pool is closed'));
      if (queue.length >= queueLimit) return Promise.reject(new ValidationBusyError(queue.length));
      return new Promise<Problem[]>((resolve, reject) => {
        queue.push({ id: nextId++, document, resolve, reject });
        dispatch();
      });
    },

    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new ValidationPoolError('the validation pool is closed'));
      const stopping = [...slots].map((slot) => {
        slot.job?.reject(new ValidationPoolError('the validation pool is closed'));
        return stop(slot);
      });
      await Promise.all(stopping);
    },
  };
}
