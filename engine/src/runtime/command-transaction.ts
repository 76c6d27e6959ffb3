/**
 * A command's transaction, opened at its first write. Under READ COMMITTED every statement reads its
 * own snapshot, inside a transaction or not, so the reads a command makes before it writes anything
 * (the deployment, the task, the case with its revision) need no transaction around them; and a
 * command whose writes are one statement — most are, see case-writes — runs that statement on its
 * own, atomic by itself, without the round trips of BEGIN and COMMIT. What one command writes still
 * commits or rolls back as one.
 *
 * @example
 *   const tx = new CommandTransaction(store);
 *   const row = await tx.read('SELECT * FROM cases WHERE id = $1', [id]); // no transaction yet
 *   await tx.query('UPDATE tasks SET …');                                   // BEGIN, then the update
 *   await tx.finish(true);                                                  // COMMIT
 */
import type { QueryOptions, QueryResult, Queryable, Store } from '../store';

/** Thrown into the store's transaction to make it roll back; never seen outside. */
class Rollback extends Error {}

interface OpenTransaction {
  q: Queryable;
  decide(commit: boolean): void;
  /** Settles when the store has committed (or rolled back) the transaction. */
  done: Promise<unknown>;
}

export class CommandTransaction implements Queryable {
  private open: Promise<OpenTransaction> | undefined;
  private finished = false;

  constructor(private readonly store: Store) {}

  /** Whether anything has been sent inside a transaction yet. */
  get begun(): boolean {
    return this.open !== undefined;
  }

  /** A statement that may write: it runs inside the transaction, which opens now if it has not. */
  async query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>> {
    const { q } = await this.transaction();
    return q.query<R>(text, params, options);
  }

  /** A read: inside the transaction once it is open, else on its own (nothing of this command is written yet to be seen). */
  async read<R = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>> {
    if (this.open) return (await this.open).q.query<R>(text, params, options);
    this.assertLive();
    return this.store.query<R>(text, params, options);
  }

  /**
   * The command's last statement: alone when nothing was written before it (one statement is one
   * transaction), else inside the open transaction. Nothing may be sent after it.
   */
  async last<R = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>> {
    if (this.open) return this.query<R>(text, params, options);
    this.assertLive();
    this.finished = true;
    return this.store.query<R>(text, params, options);
  }

  async exec(script: string): Promise<void> {
    const { q } = await this.transaction();
    await q.exec(script);
  }

  /** Commits (or rolls back) what was written; a no-op when nothing opened a transaction. */
  async finish(commit: boolean): Promise<void> {
    this.finished = true;
    if (!this.open) return;
    let open: OpenTransaction;
    try {
      open = await this.open;
    } catch {
      // BEGIN itself failed: there is nothing to end, and the statement that needed it has thrown.
      return;
    }
    open.decide(commit);
    try {
      await open.done;
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  }

  private assertLive(): void {
    // A statement after the last one would run outside what was committed.
    if (this.finished) throw new Error('the command has already written its last statement');
  }

  private transaction(): Promise<OpenTransaction> {
    if (!this.open) {
      this.assertLive();
      this.open = new Promise<OpenTransaction>((resolve, reject) => {
        let decide!: (commit: boolean) => void;
        const decision = new Promise<boolean>((r) => (decide = r));
        const done = this.store.transaction(async (q) => {
          resolve({ q, decide, done });
          if (!(await decision)) throw new Rollback();
        });
        // Opening failed (no connection, BEGIN refused): the statement waiting for it fails with it.
        done.catch(reject);
      });
    }
    return this.open;
  }
}
