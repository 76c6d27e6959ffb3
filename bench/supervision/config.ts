/** Settings of the supervision benchmark: the PostgreSQL server to measure on, how big a run is, what it compares. */
export const benchConfig = {
  /** Throw-away schemas are made on this server for the run and dropped after it (PostgreSQL only). */
  databaseUrl: process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/jingzhun_dev',
  /** Multiplies the event counts (1 M and 10 M) and the numbers of runs (0.01 for a quick look). */
  scale: Number(process.env['BENCH_SCALE'] ?? '1') || 1,
  /** Which parts to run (comma-separated: query, write-path); all by default. */
  parts: (process.env['BENCH_PARTS'] ?? 'query,write-path').split(',').map((p) => p.trim()),
  /** The commit before indicator facts, whose write path is measured beside this tree's. */
  before: process.env['BENCH_BEFORE'] || 'd2d53f4^',
  /** Alternating rounds of the write-path comparison (each runs both trees, with and without indicators). */
  rounds: Number(process.env['BENCH_ROUNDS'] ?? '3') || 3,
};
