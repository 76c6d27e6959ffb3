/**
 * Makes districts' histories in a scratch store, one district after another: in this thread, or in a
 * worker thread so that several districts are made at once (the engine's work is CPU-bound, and each
 * worker has its own scratch store). Either way a district comes back as rows for the platform's store.
 *
 * @example
 *   const runner = await openDistrictRunner(setup, logger, { thread: 'worker' });
 *   const { history, rows } = await runner.run({ district: 'dongcheng', cases: 120, organisations }, () => bar.increment());
 *   await runner.close();
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Deployment, Logger, StoreOptions } from '@jingzhun/engine';
import type { ServiceStandard, StandardVersion } from '@jingzhun/standards';
import { districtPlaces } from '../geography/places';
import { loadExampleCaseData } from '../standards/load';
import { actorDirectory } from './actors';
import { simulateDistrict, SimulationAbortedError, SimulationError, type DistrictHistory, type Organisation } from './district-history';
import { readHistory, type HistoryRows } from './history-copy';
import { openScratch } from './scratch-store';

/** Everything a runner needs, as plain data (it is handed to worker threads). */
export interface RunnerSetup {
  scratch: StoreOptions;
  versions: StandardVersion[];
  deployments: Deployment[];
  seed: string;
  from: number;
  to: number;
  keyPrefix: string;
  /** Directory names of actors mapped to user ids (see actors.ts). */
  actorIds: Array<[string, string]>;
}

export interface DistrictJob {
  district: string;
  cases: number;
  organisations: Organisation[];
}

export interface DistrictOutcome {
  history: DistrictHistory;
  rows: HistoryRows;
}

export interface DistrictRunner {
  run(job: DistrictJob, onCase: () => void, signal?: AbortSignal): Promise<DistrictOutcome>;
  close(): Promise<void>;
}

/** Messages between a runner and its worker thread. */
export type ToWorker = { type: 'run'; job: DistrictJob } | { type: 'abort' } | { type: 'close' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'case' }
  | { type: 'done'; outcome: DistrictOutcome }
  | { type: 'failed'; code: string; message: string }
  | { type: 'log'; level: 'warn' | 'error'; obj: object; msg?: string };

export async function inThreadRunner(setup: RunnerSetup, logger: Logger): Promise<DistrictRunner> {
  const scratch = await openScratch(setup.scratch, setup.versions, setup.deployments, logger);
  const caseData = loadExampleCaseData();
  const standards = new Map<string, ServiceStandard>(setup.versions.map((v) => [v.code, v.standard]));
  const actors = actorDirectory(new Map(setup.actorIds));
  return {
    async run(job, onCase, signal) {
      try {
        const history = await simulateDistrict({
          runtime: scratch.runtime,
          clock: scratch.clock,
          store: scratch.store,
          district: job.district,
          from: setup.from,
          to: setup.to,
          cases: job.cases,
          seed: setup.seed,
          organisations: job.organisations,
          places: await districtPlaces(scratch.store, job.district),
          actors,
          keyPrefix: setup.keyPrefix,
          caseData,
          standards,
          signal,
          onCaseStarted: onCase,
        });
        return { history, rows: await readHistory(scratch.store) };
      } finally {
        await scratch.clear();
      }
    },
    close: () => scratch.dispose(),
  };
}

const WORKER_ENTRY = path.join(__dirname, 'district-worker.ts');
/** The worker runs the TypeScript sources as this process does: through tsx. */
const BOOTSTRAP = `require('tsx/cjs'); require(${JSON.stringify(WORKER_ENTRY)});`;

export function workerRunner(setup: RunnerSetup, logger: Logger): Promise<DistrictRunner> {
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: setup });
  let onMessage: (message: FromWorker) => void = () => {};
  let onExit: (error: Error) => void = () => {};
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'log') logger[message.level](message.obj, message.msg);
    else onMessage(message);
  });
  worker.on('error', (error) => onExit(error));
  worker.on('exit', (code) => onExit(new SimulationError(`the simulation worker stopped (exit code ${code})`)));

  const next = <T>(handle: (message: FromWorker, resolve: (value: T) => void, reject: (error: Error) => void) => void) =>
    new Promise<T>((resolve, reject) => {
      onMessage = (message) => handle(message, resolve, reject);
      onExit = reject;
    });

  const failure = (message: Extract<FromWorker, { type: 'failed' }>) =>
    message.code === 'SIMULATION_ABORTED' ? new SimulationAbortedError() : new SimulationError(message.message);

  return next<DistrictRunner>((message, resolve, reject) => {
    if (message.type === 'failed') return reject(failure(message));
    if (message.type !== 'ready') return;
    resolve({
      run(job, onCase, signal) {
        const abort = () => worker.postMessage({ type: 'abort' } satisfies ToWorker);
        signal?.addEventListener('abort', abort, { once: true });
        const outcome = next<DistrictOutcome>((m, done, fail) => {
          if (m.type === 'case') onCase();
          else if (m.type === 'done') done(m.outcome);
          else if (m.type === 'failed') fail(failure(m));
        });
        worker.postMessage({ type: 'run', job } satisfies ToWorker);
        return outcome.finally(() => signal?.removeEventListener('abort', abort));
      },
      async close() {
        const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        onExit = () => {};
        worker.postMessage({ type: 'close' } satisfies ToWorker);
        await exited;
      },
    });
  });
}

/** `workers` runners: worker threads when more than one is asked for, else one in this thread. */
export async function openDistrictRunners(setup: RunnerSetup, logger: Logger, workers: number): Promise<DistrictRunner[]> {
  if (workers <= 1) return [await inThreadRunner(setup, logger)];
  const runners = await Promise.allSettled(
    Array.from({ length: workers }, (_, i) => workerRunner({ ...setup, scratch: setup.scratch.schema ? { ...setup.scratch, schema: `${setup.scratch.schema}_${i}` } : setup.scratch }, logger)),
  );
  const failed = runners.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const opened = runners.filter((r): r is PromiseFulfilledResult<DistrictRunner> => r.status === 'fulfilled').map((r) => r.value);
  if (failed) {
    await Promise.all(opened.map((r) => r.close()));
    throw failed.reason;
  }
  return opened;
}
