/** Settings of the patch benchmark: the store, the rounds, the Node versions and the run's size. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The Node 24 build `npm test` runs the engine's and standards' suites on (the root `test:node24` script). */
function testedNode24(): string {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const found = /--package=(\S+)/.exec(manifest.scripts['test:node24'] ?? '');
  if (!found) throw new Error('the root package.json has no test:node24 script naming a --package');
  return found[1]!;
}

export const benchConfig = {
  /** PostgreSQL to measure on (a throw-away schema per process); the embedded PGlite in memory when unset. */
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  /** Alternating rounds: every variant once per round, in a rotating order. */
  rounds: Number(process.env['BENCH_ROUNDS'] ?? '3') || 3,
  /** Multiplies the counts (0.1 for a quick look). */
  scale: Number(process.env['BENCH_SCALE'] ?? '1') || 1,
  /** Which settings to run: labels containing any of these (comma-separated), e.g. `24.` or `both`; all when unset. */
  only: (process.env['BENCH_ONLY'] ?? '').split(',').map((p) => p.trim()).filter(Boolean),
  /** What a measuring process inherits (PATH, DATABASE_URL…), before its variant is named. */
  environment: process.env,
  /** The Node 24 LTS build measured beside this process's Node, from the npm registry (no system install). */
  node24: process.env['BENCH_NODE24'] ?? testedNode24(),
};
