/** Settings of the API benchmark: the database to measure on and how long a run is. */
export const benchConfig = {
  /** PostgreSQL to measure on (a fresh schema, dropped afterwards); the embedded PGlite when unset. */
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  /** Multiplies every count and duration (0.1 for a quick look). */
  scale: Number(process.env['BENCH_SCALE'] ?? '1') || 1,
  /** Where the server processes write CPU profiles (`--cpu-prof`); none when unset. */
  profileDir: process.env['BENCH_PROFILE_DIR'] || undefined,
};
