/**
 * @jingzhun/engine — execution and history of cases: the store (PostgreSQL or embedded PGlite) and,
 * built on it, the durable runtime over bpmn-engine.
 *
 * @example
 *   import { openStore } from '@jingzhun/engine';
 *   const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
 */
export * from './store';
