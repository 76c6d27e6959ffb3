/**
 * Runs every benchmark under bench/ in turn; each prints its figures next to their targets.
 * Usage: npm run bench [-- <name>...]
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { NODE_FLAGS } from './node-flags';

const only = process.argv.slice(2);
const dirs = readdirSync(__dirname).filter((d) => statSync(path.join(__dirname, d)).isDirectory() && d !== 'out');
let failed = false;
for (const dir of dirs.sort()) {
  if (only.length && !only.includes(dir)) continue;
  const entry = path.join(__dirname, dir, 'index.ts');
  console.log(`\n=== bench/${dir} ===`);
  const result = spawnSync(process.execPath, ['--expose-gc', ...NODE_FLAGS, '--import', 'tsx', entry], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
