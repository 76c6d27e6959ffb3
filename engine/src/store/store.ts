/**
 * The store: one interface over PostgreSQL (`pg`) and the embedded PGlite, so every part of the platform
 * writes the same SQL whichever database runs underneath.
 *
 * @example
 *   const store = await openStore({ dataDir: './data' });
 *   await store.transaction(async (tx) => tx.query('insert into app_meta(key, value) values ($1, $2)', ['k', 'v']));
 *   await store.close();
 */

export type StoreKind = 'pglite' | 'postgres';

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface QueryOptions {
  /**
   * Keep the statement prepared on the connection (PostgreSQL; PGlite ignores it), so running it again
   * skips parsing and planning. Only for statements of fixed text that run again and again: each
   * distinct text stays prepared on every connection that ran it.
   */
  prepare?: boolean;
}

/** What a process does with the notifications of one channel. */
export interface Listener {
  /** A payload notified on the channel (delivered after the notifying transaction committed). */
  heard(payload: string): void;
  /** Notifications may be missed from now on (the listening connection was lost): drop what relies on them. */
  lost(): void;
  /** Listening (again): nothing notified from now on is missed. */
  listening(): void;
}

/** Hearing and naming notifications; the same on a store and on its driver. */
export interface Notifications {
  /**
   * Hears what any process of this store notifies on `channel` (`SELECT pg_notify($1, $2)` with
   * `channelName(channel)`). Never fails: while the database cannot be reached the listener has been
   * told `lost` (or not yet `listening`) and is told `listening` once it is heard again.
   * The function it resolves to stops listening.
   */
  listen(channel: string, listener: Listener): Promise<() => Promise<void>>;
  /** The name to notify `channel` under: one namespace per store, so stores sharing a database never hear each other. */
  channelName(channel: string): string;
}

/** Anything that runs SQL: the store itself (auto-commit) or a transaction. */
export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface Store extends Queryable, Notifications {
  readonly kind: StoreKind;
  /** The highest migration applied when the store was opened. */
  readonly migration: number;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Every write of the platform goes through here, so nothing is ever half-written.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Releases connections (and the embedded database), so the process can exit on its own. */
  close(): Promise<void>;
}

/** The low-level driver a store is built on; migrations run before the store is handed out. */
export interface Driver extends Queryable, Notifications {
  readonly kind: StoreKind;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `fn` while holding the database-wide migration lock. */
  withMigrationLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
