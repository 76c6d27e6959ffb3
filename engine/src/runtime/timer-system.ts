/**
 * Timers as jobs: due jobs are claimed in batches with `FOR UPDATE SKIP LOCKED`, so any number of
 * workers in any number of processes share the table and each due time fires once. Firing runs the
 * case with the job's timers completing and deletes the jobs in the same transaction (one savepoint
 * per case). A failing fire is retried with backoff and becomes an incident after `maxAttempts`.
 *
 * @example
 *   const counts = await timers.runDue(new Date('2025-04-01T00:00:00+08:00'));
 */
import { CaseConflictError } from '../errors';
import type { Queryable } from '../store';
import { RunFailedError, type CaseCommands, type CommandContext } from './case-commands';
import { loadCase, saveCase, toRecord, type CaseRecord, type CaseRow } from './case-record';
import { EventBatch } from './event-log';
import type { RuntimeResources } from './types';

export interface DueCounts {
  /** Jobs claimed. */
  claimed: number;
  /** Timers fired. */
  fired: number;
  /** Jobs put back for a later try (a failing step or a lost race). */
  retried: number;
  /** Jobs given up on, with an incident raised on their case. */
  incidents: number;
}

export interface TimerOptions {
  batchSize?: number;
  maxAttempts?: number;
  /** Batches one process fires at once, each in its own transaction (one runs the engine while another waits on the database). */
  lanes?: number;
}

interface JobRow {
  id: string;
  case_id: string;
  element_id: string;
  execution_id: string;
  attempts: number;
}

/** Wait before the next try: 10 s, 20 s, 40 s … at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(3600_000, 10_000 * 2 ** Math.max(0, attempts - 1));
}

export class TimerSystem {
  readonly batchSize: number;
  readonly maxAttempts: number;
  readonly lanes: number;

  constructor(
    private readonly resources: RuntimeResources,
    private readonly commands: CaseCommands,
    options: TimerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.lanes = Math.max(1, options.lanes ?? 2);
  }

  /** Fires everything due at `now` (the clock's time by default), batch after batch. */
  async runDue(now: Date = this.resources.clock.now(), options: { batchSize?: number } = {}): Promise<DueCounts> {
    const total: DueCounts = { claimed: 0, fired: 0, retried: 0, incidents: 0 };
    const size = options.batchSize ?? this.batchSize;
    for (;;) {
      const round = await Promise.all(Array.from({ length: this.lanes }, () => this.runBatch(now, size)));
      let moved = 0;
      for (const counts of round) {
        total.claimed += counts.claimed;
        total.fired += counts.fired;
        total.retried += counts.retried;
        total.incidents += counts.incidents;
        moved += counts.fired + counts.incidents;
      }
      // Stop when every batch came back short, or when nothing moved on (only lost races left for later).
      if (round.every((counts) => counts.claimed < size) || moved === 0) return total;
    }
  }

  /** Claims one batch of due jobs and fires them; events and rollups of the batch are written once. */
  async runBatch(now: Date, size: number): Promise<DueCounts> {
    return this.resources.store.transaction(async (q) => {
      const counts: DueCounts = { claimed: 0, fired: 0, retried: 0, incidents: 0 };
      const { rows } = await q.query<JobRow>(
        `SELECT id, case_id, element_id, execution_id, attempts FROM jobs WHERE run_at <= $1 ORDER BY run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, size],
      );
      counts.claimed = rows.length;
      if (!rows.length) return counts;
      const byCase = new Map<string, JobRow[]>();
      for (const job of rows) byCase.set(job.case_id, [...(byCase.get(job.case_id) ?? []), job]);
      const loaded = await q.query<CaseRow>('SELECT * FROM cases WHERE id = ANY($1::uuid[])', [[...byCase.keys()]]);
      const records = new Map(loaded.rows.map((row) => [row.id, toRecord(row)]));
      const events = new EventBatch(now, null);
      for (const [caseId, jobs] of byCase) {
        const caseEvents = new EventBatch(now, null);
        // A savepoint per case: one case failing does not undo the others fired in this batch.
        await q.query('SAVEPOINT fire');
        try {
          const fired = await this.fire({ q, now, actor: null, events: caseEvents, depth: 0 }, records.get(caseId), jobs);
          await q.query('RELEASE SAVEPOINT fire');
          events.absorb(caseEvents);
          counts.fired += fired;
        } catch (error) {
          await q.query('ROLLBACK TO SAVEPOINT fire');
          if (error instanceof CaseConflictError) {
            counts.retried += jobs.length;
            continue;
          }
          const attempts = Math.max(...jobs.map((j) => j.attempts)) + 1;
          const message = error instanceof Error ? error.message : String(error);
          this.resources.logger.warn({ caseId, attempts, err: message }, 'timer failed');
          if (attempts >= this.maxAttempts) {
            await this.giveUp(q, now, caseId, jobs, error, attempts);
            counts.incidents += jobs.length;
          } else {
            await q.query(`UPDATE jobs SET attempts = $2, run_at = $3, last_error = $4 WHERE id = ANY($1::uuid[])`, [
              jobs.map((j) => j.id),
              attempts,
              new Date(now.getTime() + backoffMs(attempts)),
              message,
            ]);
            counts.retried += jobs.length;
          }
        }
      }
      await events.write(q);
      return counts;
    });
  }

  private async fire(ctx: CommandContext, record: CaseRecord | undefined, jobs: JobRow[]): Promise<number> {
    const ids = jobs.map((j) => j.id);
    if (!record || record.status !== 'running') {
      await ctx.q.query('DELETE FROM jobs WHERE id = ANY($1::uuid[])', [ids]);
      return 0;
    }
    if (record.incident) {
      // The case waits for its incident to be retried; look again later.
      await ctx.q.query('UPDATE jobs SET run_at = $2 WHERE id = ANY($1::uuid[])', [ids, new Date(ctx.now.getTime() + backoffMs(1))]);
      return 0;
    }
    const compiled = await this.commands.versions.compiled(record.code, record.version, ctx.q);
    const timerExecutionIds = jobs.map((j) => j.execution_id);
    // The fired jobs go with the case's new revision, also those whose element left meanwhile.
    await this.commands.run(ctx, record, compiled, { kind: 'fire', timerExecutionIds }, { onFailure: 'throw', deleteJobs: timerExecutionIds });
    return jobs.length;
  }

  private async giveUp(q: Queryable, now: Date, caseId: string, jobs: JobRow[], error: unknown, attempts: number): Promise<void> {
    const ctx: CommandContext = { q, now, actor: null, events: new EventBatch(now, null), depth: 0, incidentAttempts: attempts };
    const record = await loadCase(q, caseId, {});
    const failure =
      error instanceof RunFailedError
        ? error.failure
        : { cause: 'TIMER_FAILED', message: error instanceof Error ? error.message : String(error), elementId: jobs[0]?.element_id ?? null };
    const saved = await saveCase(q, { ...record, incident: true }, false, now);
    await this.commands.raiseIncident(ctx, saved, failure, { kind: 'fire', timerExecutionIds: jobs.map((j) => j.execution_id) });
    await q.query('DELETE FROM jobs WHERE id = ANY($1::uuid[])', [jobs.map((j) => j.id)]);
    await ctx.events.write(q);
  }
}
