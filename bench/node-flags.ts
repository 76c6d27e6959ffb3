/**
 * Node's flags for every process a benchmark measures: those `npm start` runs the server with (the
 * root package.json's `start` script, the one place they are set), so that a benchmark measures the
 * product as it runs — a larger young generation, so that the engine's many short-lived objects die
 * young instead of being promoted, and an old generation that grows further between full collections.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: { start: string } };
  const command = manifest.scripts.start.split('&&').map((part) => part.trim()).find((part) => part.startsWith('node '));
  if (!command) throw new Error('the start script runs no node command');
  const flags = command.split(/\s+/).slice(1);
  return flags.slice(0, flags.indexOf('--import'));
}

export const NODE_FLAGS = startFlags();
