export type { Store, StoreKind, Queryable, QueryOptions, QueryResult } from './store';
export { StoreUnavailableError } from './errors';
export { openStore, type StoreOptions } from './open-store';
export { loadMigrations, migrate, MIGRATIONS_DIR, type Migration, type MigrationReport } from './migrations';
