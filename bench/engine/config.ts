/** Settings of the engine benchmark: the database to measure on and how big a run is. */
export const benchConfig = {
  /** PostgreSQL to measure on; the embedded PGlite in memory when unset. */
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  /** Multiplies every count (0.1 for a quick look). */
  scale: Number(process.env['BENCH_SCALE'] ?? '1') || 1,
  /** Which parts to run (comma-separated: straight, task, state, timers, heap); all by default. */
  parts: (process.env['BENCH_PARTS'] ?? 'straight,task,state,timers,heap').split(',').map((p) => p.trim()),
};
