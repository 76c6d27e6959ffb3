/**
 * A worker thread that makes districts' histories in its own scratch store (see district-runner.ts),
 * so that several districts are simulated at once on a machine with more than one core.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Logger } from '@jingzhun/engine';
import { inThreadRunner, type FromWorker, type RunnerSetup, type ToWorker } from './district-runner';

function workerPort(): MessagePort {
  if (!parentPort) throw new Error('district-worker.ts runs as a worker thread');
  return parentPort;
}
const port = workerPort();
const send = (message: FromWorker) => port.postMessage(message);

const logger: Logger = {
  debug() {},
  info() {},
  warn: (obj, msg) => send({ type: 'log', level: 'warn', obj, ...(msg !== undefined ? { msg } : {}) }),
  error: (obj, msg) => send({ type: 'log', level: 'error', obj, ...(msg !== undefined ? { msg } : {}) }),
};

function failed(error: unknown): FromWorker {
  const code = (error as { code?: unknown }).code;
  return { type: 'failed', code: typeof code === 'string' ? code : 'SIMULATION_FAILED', message: error instanceof Error ? error.message : String(error) };
}

async function main(): Promise<void> {
  const runner = await inThreadRunner(workerData as RunnerSetup, logger);
  let aborting = new AbortController();
  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'run':
        aborting = new AbortController();
        runner
          .run(message.job, () => send({ type: 'case' }), aborting.signal)
          .then((outcome) => send({ type: 'done', outcome }))
          .catch((error: unknown) => send(failed(error)));
        break;
      case 'abort':
        aborting.abort();
        break;
      case 'close':
        void runner.close().finally(() => port.close());
        break;
    }
  });
  send({ type: 'ready' });
}

main().catch((error: unknown) => {
  send(failed(error));
  port.close();
});
