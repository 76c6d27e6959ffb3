import { randomBytes } from 'node:crypto';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Driver, QueryResult, Queryable } from './store';
import { parsers } from './type-parsers';

/**
 * PGlite answers in this thread, and its promises settle in the queue of microtasks: a command or a
 * batch of timer fires that sends query after query would otherwise hold the event loop from its
 * first statement to its last (five rounds of a runaway timer: 400 ms in one piece). Each answer is
 * handed back in a macrotask of its own, so requests waiting on the loop are served in between.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function wrap(db: PGlite | Transaction): Queryable {
  return {
    async query<R>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const result = await db.query<R>(text, params as unknown[] | undefined);
      await nextTurn();
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(script: string): Promise<void> {
      await db.exec(script);
      await nextTurn();
    },
  };
}

/**
 * PGlite keeps its data in `dataDir` (or in memory for `memory://`). It is one connection inside this
 * process, so a second process cannot open the same folder; the migration lock is therefore a no-op.
 */
export async function createPgliteDriver(dataDir: string): Promise<Driver> {
  const db = await PGlite.create(dataDir, { parsers });
  return driverOn(db, () => db.close());
}

/** Starts an embedded database in memory, for tests that share one among several schemas. */
export function createMemoryPglite(): Promise<PGlite> {
  return PGlite.create('memory://', { parsers });
}

/** A driver over an already open PGlite; `close` is what releasing the driver does. */
export function driverOn(db: PGlite, close: () => Promise<void>): Driver {
  const root = wrap(db);
  // Several stores may share one PGlite (tests, one schema each): each hears only its own channels.
  const namespace = `jz_${randomBytes(4).toString('hex')}_`;
  return {
    kind: 'pglite',
    query: root.query,
    exec: root.exec,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    withMigrationLock: (fn) => fn(),
    channelName: (channel) => namespace + channel,
    async listen(channel, listener) {
      // The database lives in this process: its notifications are never lost.
      const stop = await db.listen(namespace + channel, (payload) => listener.heard(payload));
      listener.listening();
      return () => stop();
    },
    close,
  };
}
