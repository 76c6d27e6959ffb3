/**
 * One command of the runtime: one transaction, one "now", one actor, the events written last. Every
 * change to a case — starting it, completing a task, a message, a timer, a retry, a record — runs
 * through `CommandRunner.run`, so all of them commit or fail the same way.
 */
import { CaseConflictError } from '../errors';
import { CommandTransaction } from './command-transaction';
import { writeCase, type CaseWrite, type WrittenRows } from './case-writes';
import { EventBatch } from './event-log';
import type { CommandContext } from './case-commands';
import type { RuntimeResources } from './types';

export interface CommandOptions {
  /** Given the rows the command's last statement wrote, when its run was written that way. */
  written?: (rows: WrittenRows) => void;
}

export class CommandRunner {
  constructor(private readonly resources: RuntimeResources) {}

  /**
   * Runs `fn` as one command: one transaction, one "now", the events written last. The transaction
   * opens at the command's first write; a run handed over with `ctx.defer` is written together with
   * the events as the last statement — alone, without BEGIN and COMMIT, when it is the only one.
   */
  async run<T>(actor: string | null, fn: (ctx: CommandContext) => Promise<T>, options: CommandOptions = {}): Promise<T> {
    const now = this.resources.clock.now();
    const tx = new CommandTransaction(this.resources.store);
    let last: CaseWrite | undefined;
    const ctx: CommandContext = {
      q: tx,
      reads: { query: (text, params, options) => tx.read(text, params, options), exec: (script) => tx.exec(script) },
      now,
      actor,
      events: new EventBatch(now, actor),
      depth: 0,
      defer: (write) => {
        if (last) return false;
        last = write;
        return true;
      },
    };
    try {
      const result = await fn(ctx);
      if (last) {
        const written = await writeCase(tx, last, ctx.events, now, { last: true, returning: options.written !== undefined });
        if (written) options.written?.(written);
      } else {
        await ctx.events.write(tx);
      }
      await tx.finish(true);
      return result;
    } catch (error) {
      await tx.finish(false).catch(() => undefined);
      // PostgreSQL broke a deadlock (a child ending while its parent is cancelled) or a serialisation
      // conflict: the command wrote nothing and may be tried again, like any lost race.
      const code = (error as { code?: unknown }).code;
      if (code === '40P01' || code === '40001') throw new CaseConflictError('');
      throw error;
    }
  }

}
