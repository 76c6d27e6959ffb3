/** Settings of the examples benchmark: the PostgreSQL server to measure on and how big a run is. */
export const benchConfig = {
  /** A fresh schema is made in this database for the run and dropped after it. */
  databaseUrl: process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/jingzhun_dev',
  /** Multiplies every count (0.1 for a quick look, 5 for the 10-million-event bulk run). */
  scale: Number(process.env['BENCH_SCALE'] ?? '1') || 1,
};
