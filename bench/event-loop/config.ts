/** Settings of the event-loop benchmark: the database the server uses and how long a run is. */
export const benchConfig = {
  /** PostgreSQL for the server (a fresh schema, dropped afterwards); the embedded PGlite when unset. */
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  /** Multiplies the runs and the runaway case's duration (0.3 for a quick look). */
  scale: Number(process.env['BENCH_SCALE'] ?? '1') || 1,
};
