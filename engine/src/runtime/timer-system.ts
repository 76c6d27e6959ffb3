/**
 * Timers as jobs: due jobs are claimed in batches with `FOR UPDATE SKIP LOCKED`, so any number of
 * workers in any number of processes share the table and each due time fires once. Firing runs the
 * case with the job's timers completing and deletes the jobs in the same transaction as the case's
 * next revision; a batch's cases are written together in one statement. A failing fire is retried
 * with backoff and becomes an incident after `maxAttempts`.
 *
 * @example
 *   const counts = await timers.runDue(new Date('2025-04-01T00:00:00+08:00'));
 */
import { CaseConflictError } from '../errors';
import type { QueryOptions, Queryable } from '../store';
import { RunFailedError, isSimple, type CaseCommands, type CommandContext, type RunPlan } from './case-commands';
import { caseColumns, loadCase, saveCase, toRecord, type CaseRecord, type CaseRow } from './case-record';
import { writeCase, writeCaseBatch, type CaseWrite } from './case-writes';
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

interface JobCaseRow extends CaseRow {
  job_id: string;
  job_element_id: string;
  job_execution_id: string;
  job_attempts: number;
}

/** Due jobs with their cases, claimed: another worker's claim skips them, and they are free again when this transaction ends. */
const CLAIM = `WITH claimed AS (
    SELECT id, case_id, element_id, execution_id, attempts, run_at FROM jobs
    WHERE run_at <= $1 ORDER BY run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
  SELECT j.id AS job_id, j.element_id AS job_element_id, j.execution_id AS job_execution_id, j.attempts AS job_attempts, ${caseColumns('c')}
  FROM claimed j JOIN cases c ON c.id = j.case_id ORDER BY j.run_at, j.id`;

const PREPARED: QueryOptions = { prepare: true };

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
    // 200 fired 10,000 due timers faster than 100 on the benchmark machine (fewer claims, write
    // statements and commits per fire: bench/RESULTS.md, ninth run).
    this.batchSize = options.batchSize ?? 200;
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

  /**
   * Claims one batch of due jobs with their cases and fires them in one transaction. bpmn-elements runs
   * each case in memory first; the cases whose runs write only their own rows are then saved in one
   * statement (each only if its revision is unchanged), the others one by one behind a savepoint.
   */
  async runBatch(now: Date, size: number): Promise<DueCounts> {
    return this.resources.store.transaction(async (q) => {
      const counts: DueCounts = { claimed: 0, fired: 0, retried: 0, incidents: 0 };
      const { rows } = await q.query<JobCaseRow>(CLAIM, [now, size], PREPARED);
      counts.claimed = rows.length;
      if (!rows.length) return counts;
      const byCase = new Map<string, { record: CaseRecord; jobs: JobRow[] }>();
      for (const row of rows) {
        const job: JobRow = { id: row.job_id, case_id: row.id, element_id: row.job_element_id, execution_id: row.job_execution_id, attempts: row.job_attempts };
        const entry = byCase.get(row.id);
        if (entry) entry.jobs.push(job);
        else byCase.set(row.id, { record: toRecord(row), jobs: [job] });
      }

      const events = new EventBatch(now, null);
      const batch: { write: CaseWrite; jobs: JobRow[]; events: EventBatch }[] = [];
      const dropped: string[] = [];
      const postponed: string[] = [];
      for (const { record, jobs } of byCase.values()) {
        if (record.status !== 'running') {
          dropped.push(...jobs.map((j) => j.id));
          continue;
        }
        if (record.incident) {
          // The case waits for its incident to be retried; look again later.
          postponed.push(...jobs.map((j) => j.id));
          continue;
        }
        const caseEvents = new EventBatch(now, null);
        const ctx: CommandContext = { q, now, actor: null, events: caseEvents, depth: 0 };
        let plan: RunPlan;
        try {
          const compiled = await this.commands.versions.compiled(record.code, record.version, q);
          const timerExecutionIds = jobs.map((j) => j.execution_id);
          // The fired jobs go with the case's new revision, also those whose element left meanwhile.
          plan = await this.commands.plan(ctx, record, compiled, { kind: 'fire', timerExecutionIds }, { deleteJobs: timerExecutionIds });
          if (plan.kind === 'failed') throw new RunFailedError(plan.failure);
        } catch (error) {
          await this.failed(q, now, record.id, jobs, error, counts);
          continue;
        }
        if (isSimple(plan)) {
          batch.push({ write: plan.write, jobs, events: caseEvents });
          continue;
        }
        // A referral to start, tasks to cancel or a parent to resume: written now, alone.
        await q.query('SAVEPOINT fire');
        try {
          await this.commands.execute(ctx, plan);
          await q.query('RELEASE SAVEPOINT fire');
          events.absorb(caseEvents);
          counts.fired += jobs.length;
        } catch (error) {
          await q.query('ROLLBACK TO SAVEPOINT fire');
          await this.failed(q, now, record.id, jobs, error, counts);
        }
      }

      if (dropped.length) await q.query('DELETE FROM jobs WHERE id = ANY($1::uuid[])', [dropped]);
      if (postponed.length) await q.query('UPDATE jobs SET run_at = $2 WHERE id = ANY($1::uuid[])', [postponed, new Date(now.getTime() + backoffMs(1))]);
      await this.writeBatch(q, now, batch, counts);
      await events.write(q);
      return counts;
    });
  }

  /** Saves the simply fired cases in one statement; if that statement fails, each case on its own. */
  private async writeBatch(q: Queryable, now: Date, batch: { write: CaseWrite; jobs: JobRow[]; events: EventBatch }[], counts: DueCounts): Promise<void> {
    if (!batch.length) return;
    const events = new EventBatch(now, null);
    for (const b of batch) events.absorb(b.events, { keep: true });
    await q.query('SAVEPOINT fire_batch');
    let saved: Set<string>;
    try {
      saved = await writeCaseBatch(
        q,
        batch.map((b) => b.write),
        events,
        now,
      );
      await q.query('RELEASE SAVEPOINT fire_batch');
    } catch (error) {
      await q.query('ROLLBACK TO SAVEPOINT fire_batch');
      this.resources.logger.warn({ err: error instanceof Error ? error.message : String(error), cases: batch.length }, 'timer batch failed; firing its cases one by one');
      for (const b of batch) {
        await q.query('SAVEPOINT fire');
        try {
          await writeCase(q, b.write, b.events, now);
          await q.query('RELEASE SAVEPOINT fire');
          counts.fired += b.jobs.length;
        } catch (caseError) {
          await q.query('ROLLBACK TO SAVEPOINT fire');
          await this.failed(q, now, b.write.record.id, b.jobs, caseError, counts);
        }
      }
      return;
    }
    for (const b of batch) {
      // A case not saved was changed meanwhile (a task completed, a message): its jobs stay for the next round.
      if (saved.has(b.write.record.id)) counts.fired += b.jobs.length;
      else counts.retried += b.jobs.length;
    }
  }

  /** A fire that failed: a lost race is tried again, a failing step with backoff and finally as an incident. */
  private async failed(q: Queryable, now: Date, caseId: string, jobs: JobRow[], error: unknown, counts: DueCounts): Promise<void> {
    if (error instanceof CaseConflictError) {
      counts.retried += jobs.length;
      return;
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
