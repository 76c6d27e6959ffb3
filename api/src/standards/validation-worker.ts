/**
 * A worker thread of the validation pool (validation-pool.ts): validates one standard document at a
 * time, off the server's event loop, and answers with its problems.
 *
 * @example
 *   // validation-pool.ts starts it through tsx, as the server itself runs:
 *   new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true });
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { validateStandard } from '@jingzhun/standards';
import type { FromValidationWorker, ToValidationWorker } from './validation-pool';

function workerPort(): MessagePort {
  if (!parentPort) throw new Error('validation-worker.ts runs as a worker thread');
  return parentPort;
}
const port = workerPort();
const send = (message: FromValidationWorker) => port.postMessage(message);

port.on('message', (message: ToValidationWorker) => {
  validateStandard(message.document).then(
    (problems) => send({ type: 'done', id: message.id, problems }),
    (error: unknown) => send({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) }),
  );
});
send({ type: 'ready' });
