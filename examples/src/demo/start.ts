/**
 * `npm start`'s server process: `serve.ts` in a child Node with the flags measured to pay on this Node
 * (`server-flags.ts`). Ctrl-C or a stop signal reaches the server, which closes what it holds; this
 * process ends with the server's exit code.
 *
 * @example
 *   node --import tsx examples/src/demo/start.ts
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { serverFlags } from './server-flags';

const server = spawn(process.execPath, [...serverFlags(process.versions.node), '--import', 'tsx', path.join(__dirname, 'serve.ts')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
