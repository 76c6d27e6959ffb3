/** Settings of the test helpers: the PostgreSQL server to test against, if any. */
export const testConfig = {
  databaseUrl: process.env['DATABASE_URL'] || undefined,
};
