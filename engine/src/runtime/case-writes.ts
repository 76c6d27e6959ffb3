/**
 * What one run of a case writes — the case's next revision, its new tasks, its timer jobs, the
 * notifications and referrals of its services, and for a task completion the task itself — as one
 * statement of chained CTEs instead of one round trip each. Two shapes:
 *
 * - one command (`writeCase`): the whole statement fails with CASE_CONFLICT when the case's revision
 *   (or the task) was taken meanwhile, so nothing of the command is written;
 * - a batch of timer fires (`writeCaseBatch`): each case is saved only if its revision is still the
 *   one read, its other rows only with it; the ids of the saved cases come back.
 *
 * @example
 *   await writeCase(tx, write, events, now);                 // the command's last statement
 *   const saved = await writeCaseBatch(tx, writes, events, now); // Set of case ids saved
 */
import { CaseConflictError, CaseKeyTakenError } from '../errors';
import type { QueryOptions, Queryable } from '../store';
import type { CaseRecord } from './case-record';
import { CommandTransaction } from './command-transaction';
import { StatementParams, type EventBatch } from './event-log';
import type { IndicatorChanges } from '../supervision/indicator-tracker';

export interface TaskInsert {
  id: string;
  elementId: string;
  executionId: string;
  name: { zh: string; en: string };
  role: string | null;
  assignTo: string | null;
  dueAt: Date | null;
  formId: string | null;
}

export interface CaseWrite {
  /** The case as it is to be saved; `revision` is the one the command read (0 for a new case). */
  record: CaseRecord;
  isNew: boolean;
  /** A task completion takes its task in the same statement: completing it twice is a conflict. */
  takeTask?: { id: string; data: Record<string, unknown>; actor: string } | undefined;
  tasks: TaskInsert[];
  /** Execution ids of the case's timer jobs that are done (fired, cancelled, or being fired). */
  jobDeletes: string[];
  jobInserts: { executionId: string; elementId: string; dueAt: string }[];
  notifications: { id: string; elementId: string; title: { zh: string; en: string }; recipientRole: string | null }[];
  referrals: { id: string; elementId: string; target: string; data: Record<string, unknown> }[];
  /** The occurrences of indicators the run opened, moved on or closed, and what the closed ones add to the rollups. */
  indicators?: Pick<IndicatorChanges, 'occurrences' | 'rollups'>;
}

/** The SQLSTATE `case_write_check` (migration 0004) raises when a command's case was changed meanwhile. */
const CONFLICT_SQLSTATE = 'JZ409';

const PREPARED: QueryOptions = { prepare: true };

/**
 * What a command's statement gives back when asked: the rows it wrote as they are now stored, so that
 * the command can answer with them instead of reading them again.
 */
export interface WrittenRows {
  /** The case's JSON columns (variables, parameters, position) as stored. */
  saved: Record<string, unknown>;
  /** The tasks created, as `json_agg` of their rows, in inbox order; null when none. */
  tasks: Record<string, unknown>[] | null;
  /** The events of the case appended, as `json_agg` of their rows, in order; null when none. */
  events: Record<string, unknown>[] | null;
  /** The task the command completed, as a row; null when none. */
  taken: Record<string, unknown> | null;
}

/** The CTEs for the rows besides the case row; `savedCases` limits them to the cases saved. */
function rowParts(p: StatementParams, writes: CaseWrite[], now: string, savedCases?: string, returning = false): string[] {
  const only = (column: string, joiner = 'WHERE') => (savedCases ? ` ${joiner} ${column} IN (${savedCases})` : '');
  const parts: string[] = [];
  const tasks = writes.flatMap((w) => w.tasks.map((t) => ({ w: w.record, t })));
  if (tasks.length) {
    const columns = [
      p.add(tasks.map(({ t }) => t.id), 'uuid[]'),
      p.add(tasks.map(({ w }) => w.id), 'uuid[]'),
      p.add(tasks.map(({ w }) => w.caseKey), 'text[]'),
      p.add(tasks.map(({ w }) => w.code), 'text[]'),
      p.add(tasks.map(({ w }) => w.version), 'int[]'),
      p.add(tasks.map(({ t }) => t.elementId), 'text[]'),
      p.add(tasks.map(({ t }) => t.executionId), 'text[]'),
      p.add(tasks.map(({ t }) => JSON.stringify(t.name)), 'jsonb[]'),
      p.add(tasks.map(({ t }) => t.role), 'text[]'),
      p.add(tasks.map(({ t }) => t.assignTo), 'text[]'),
      p.add(tasks.map(({ w }) => w.district), 'text[]'),
      p.add(tasks.map(({ w }) => w.organisation), 'text[]'),
      p.add(tasks.map(({ t }) => t.dueAt?.toISOString() ?? null), 'timestamptz[]'),
      p.add(tasks.map(({ t }) => t.formId), 'text[]'),
    ];
    parts.push(`tasks_in AS (
      INSERT INTO tasks (id, case_id, case_key, code, version, element_id, execution_id, name, role, assign_to, district, organisation, due_at, form_id, status, created_at)
      SELECT t.*, 'open', ${now} FROM unnest(${columns.join(', ')})
        AS t(id, case_id, case_key, code, version, element_id, execution_id, name, role, assign_to, district, organisation, due_at, form_id)${only('t.case_id')}${returning ? ' RETURNING *' : ''})`);
  }
  const deletes = writes.flatMap((w) => [...new Set(w.jobDeletes)].map((executionId) => ({ caseId: w.record.id, executionId })));
  if (deletes.length) {
    const columns = [p.add(deletes.map((d) => d.caseId), 'uuid[]'), p.add(deletes.map((d) => d.executionId), 'text[]')];
    parts.push(`jobs_out AS (
      DELETE FROM jobs j USING unnest(${columns.join(', ')}) AS d(case_id, execution_id)
      WHERE j.case_id = d.case_id AND j.execution_id = d.execution_id${only('d.case_id', 'AND')} RETURNING 1)`);
  }
  const inserts = writes.flatMap((w) => w.jobInserts.map((j) => ({ caseId: w.record.id, j })));
  if (inserts.length) {
    const columns = [
      p.add(inserts.map(({ caseId }) => caseId), 'uuid[]'),
      p.add(inserts.map(({ j }) => j.elementId), 'text[]'),
      p.add(inserts.map(({ j }) => j.executionId), 'text[]'),
      p.add(inserts.map(({ j }) => j.dueAt), 'timestamptz[]'),
    ];
    // Reading jobs_out first makes the delete happen before the insert: a cycle's next round may reuse
    // the execution id of the job it replaces.
    const after = deletes.length ? ' AND (SELECT count(*) FROM jobs_out) >= 0' : '';
    parts.push(`jobs_in AS (
      INSERT INTO jobs (id, case_id, element_id, execution_id, due_at, run_at, created_at)
      SELECT gen_random_uuid(), j.case_id, j.element_id, j.execution_id, j.due_at, j.due_at, ${now}
      FROM unnest(${columns.join(', ')}) AS j(case_id, element_id, execution_id, due_at)
      WHERE true${after}${only('j.case_id', 'AND')}
      ON CONFLICT (case_id, execution_id) DO NOTHING)`);
  }
  const notes = writes.flatMap((w) => w.notifications.map((n) => ({ w: w.record, n })));
  if (notes.length) {
    const columns = [
      p.add(notes.map(({ n }) => n.id), 'uuid[]'),
      p.add(notes.map(({ w }) => w.id), 'uuid[]'),
      p.add(notes.map(({ w }) => w.district), 'text[]'),
      p.add(notes.map(({ w }) => w.organisation), 'text[]'),
      p.add(notes.map(({ n }) => n.elementId), 'text[]'),
      p.add(notes.map(({ n }) => JSON.stringify(n.title)), 'jsonb[]'),
      p.add(notes.map(({ n }) => n.recipientRole), 'text[]'),
    ];
    parts.push(`notes AS (
      INSERT INTO notifications (id, case_id, district, organisation, element_id, title, recipient_role, created_at)
      SELECT n.*, ${now} FROM unnest(${columns.join(', ')}) AS n(id, case_id, district, organisation, element_id, title, recipient_role)${only('n.case_id')})`);
  }
  const referrals = writes.flatMap((w) => w.referrals.map((r) => ({ caseId: w.record.id, r })));
  if (referrals.length) {
    const columns = [
      p.add(referrals.map(({ r }) => r.id), 'uuid[]'),
      p.add(referrals.map(({ caseId }) => caseId), 'uuid[]'),
      p.add(referrals.map(({ r }) => r.elementId), 'text[]'),
      p.add(referrals.map(({ r }) => r.target), 'text[]'),
      p.add(referrals.map(({ r }) => JSON.stringify(r.data)), 'jsonb[]'),
    ];
    parts.push(`refs AS (
      INSERT INTO referrals (id, case_id, element_id, target, data, created_at)
      SELECT r.*, ${now} FROM unnest(${columns.join(', ')}) AS r(id, case_id, element_id, target, data)${only('r.case_id')})`);
  }
  parts.push(...indicatorParts(p, writes, only));
  return parts;
}

/** The CTEs that store the runs' indicator occurrences (inserted, or updated by their key) and rollup deltas. */
function indicatorParts(p: StatementParams, writes: CaseWrite[], only: (column: string, joiner?: string) => string): string[] {
  const parts: string[] = [];
  const occurrences = writes.flatMap((w) => (w.indicators?.occurrences ?? []).map((o) => ({ w: w.record, o })));
  if (occurrences.length) {
    const column = <T>(pick: (x: (typeof occurrences)[number]) => T, cast: string) => p.add(occurrences.map(pick), cast);
    const columns = [
      column(({ w }) => w.id, 'uuid[]'),
      column(({ o }) => o.indicator, 'text[]'),
      column(({ o }) => o.seq, 'int[]'),
      column(({ w }) => w.code, 'text[]'),
      column(({ w }) => w.version, 'int[]'),
      column(({ w }) => w.district, 'text[]'),
      column(({ w }) => w.organisation, 'text[]'),
      column(({ o }) => o.kind, 'text[]'),
      column(({ o }) => o.openedAt, 'timestamptz[]'),
      column(({ o }) => o.closedAt, 'timestamptz[]'),
      column(({ o }) => o.deadlineAt, 'timestamptz[]'),
      column(({ o }) => o.cityDeadlineAt, 'timestamptz[]'),
      column(({ o }) => o.lastAt, 'timestamptz[]'),
      column(({ o }) => o.outcome, 'text[]'),
      column(({ o }) => o.cityOutcome, 'text[]'),
      column(({ o }) => o.value, 'float8[]'),
      column(({ o }) => o.ok, 'boolean[]'),
    ];
    // The last write of a key wins within one statement: one row per key, as ON CONFLICT requires.
    parts.push(`occurrences_in AS (
      INSERT INTO indicator_occurrences (case_id, indicator, seq, code, version, district, organisation, kind, opened_at, closed_at,
        deadline_at, city_deadline_at, last_at, outcome, city_outcome, value, ok)
      SELECT DISTINCT ON (o.case_id, o.indicator, o.seq) o.case_id, o.indicator, o.seq, o.code, o.version, o.district, o.organisation,
        o.kind, o.opened_at, o.closed_at, o.deadline_at, o.city_deadline_at, o.last_at, o.outcome, o.city_outcome, o.value, o.ok
      FROM unnest(${columns.join(', ')})
        WITH ORDINALITY AS o(case_id, indicator, seq, code, version, district, organisation, kind, opened_at, closed_at,
          deadline_at, city_deadline_at, last_at, outcome, city_outcome, value, ok, n)
        ${only('o.case_id')}
      ORDER BY o.case_id, o.indicator, o.seq, o.n DESC
      ON CONFLICT (case_id, indicator, seq) DO UPDATE SET closed_at = EXCLUDED.closed_at, deadline_at = EXCLUDED.deadline_at,
        city_deadline_at = EXCLUDED.city_deadline_at, last_at = EXCLUDED.last_at, outcome = EXCLUDED.outcome,
        city_outcome = EXCLUDED.city_outcome, value = EXCLUDED.value, ok = EXCLUDED.ok)`);
  }
  const rollups = writes.flatMap((w) => (w.indicators?.rollups ?? []).map((r) => ({ w: w.record, r })));
  if (rollups.length) {
    const column = <T>(pick: (x: (typeof rollups)[number]) => T, cast: string) => p.add(rollups.map(pick), cast);
    const columns = [
      column(({ w }) => w.id, 'uuid[]'),
      column(({ w }) => w.code, 'text[]'),
      column(({ w }) => w.version, 'int[]'),
      column(({ w }) => w.district, 'text[]'),
      column(({ w }) => w.organisation ?? '', 'text[]'),
      column(({ r }) => r.indicator, 'text[]'),
      column(({ r }) => r.day, 'date[]'),
      column(({ r }) => r.met, 'int[]'),
      column(({ r }) => r.breached, 'int[]'),
      column(({ r }) => r.cityMet, 'int[]'),
      column(({ r }) => r.cityBreached, 'int[]'),
      column(({ r }) => r.void, 'int[]'),
      column(({ r }) => r.cancelled, 'int[]'),
      column(({ r }) => r.ok, 'int[]'),
      column(({ r }) => r.valueSum, 'float8[]'),
      column(({ r }) => r.valueN, 'int[]'),
    ];
    parts.push(`indicator_rollups_in AS (
      INSERT INTO indicator_rollups (code, version, district, organisation, indicator, day, met, breached, city_met, city_breached, void, cancelled, ok, value_sum, value_n)
      SELECT r.code, r.version, r.district, r.organisation, r.indicator, r.day, r.met, r.breached, r.city_met, r.city_breached, r.void, r.cancelled, r.ok, r.value_sum, r.value_n
      FROM unnest(${columns.join(', ')}) AS r(case_id, code, version, district, organisation, indicator, day, met, breached, city_met, city_breached, void, cancelled, ok, value_sum, value_n)
      ${only('r.case_id')})`);
  }
  return parts;
}

/**
 * Writes one command's case, its rows and (when given) the command's events in one statement. As the
 * command's `last` statement it runs on its own when nothing was written before it, else inside the
 * command's transaction. A revision or task taken meanwhile fails
 * it as CASE_CONFLICT and a case key taken meanwhile as CASE_KEY_TAKEN; either way nothing is written.
 */
export async function writeCase(
  q: Queryable,
  write: CaseWrite,
  events: EventBatch | null,
  now: Date,
  options: { last?: boolean; returning?: boolean } = {},
): Promise<WrittenRows | null> {
  const returning = options.returning ?? false;
  const p = new StatementParams();
  const at = p.add(now.toISOString(), 'timestamptz');
  const r = write.record;
  const parts: string[] = [];
  let expected = 1;
  if (write.takeTask) {
    expected += 1;
    const actor = p.add(write.takeTask.actor, 'text');
    parts.push(`take AS (
      UPDATE tasks SET status = 'completed', data = ${p.add(JSON.stringify(write.takeTask.data), 'jsonb')}, completed_at = ${at},
        completed_by = ${actor}, assignee = COALESCE(assignee, ${actor})
      WHERE id = ${p.add(write.takeTask.id, 'uuid')} AND status = 'open' RETURNING ${returning ? '*' : '1'})`);
  }
  const state = r.state ? p.add(r.state.toString('base64'), 'text') : 'NULL';
  if (write.isNew) {
    parts.push(`saved AS (
      INSERT INTO cases (id, case_key, code, version, district, organisation, status, incident, revision, state, variables, parameters,
        position, parent_case_id, parent_element_id, parent_execution_id, started_at, started_by, ended_at, cancel_reason, updated_at)
      VALUES (${[
        p.add(r.id, 'uuid'),
        p.add(r.caseKey, 'text'),
        p.add(r.code, 'text'),
        p.add(r.version, 'int'),
        p.add(r.district, 'text'),
        p.add(r.organisation, 'text'),
        p.add(r.status, 'text'),
        p.add(r.incident, 'boolean'),
        '1',
        `decode(${state}, 'base64')`,
        p.add(JSON.stringify(r.variables), 'jsonb'),
        p.add(JSON.stringify(r.parameters), 'jsonb'),
        p.add(JSON.stringify(r.position), 'jsonb'),
        p.add(r.parentCaseId, 'uuid'),
        p.add(r.parentElementId, 'text'),
        p.add(r.parentExecutionId, 'text'),
        p.add(r.startedAt.toISOString(), 'timestamptz'),
        p.add(r.startedBy, 'text'),
        p.add(r.endedAt?.toISOString() ?? null, 'timestamptz'),
        p.add(r.cancelReason, 'text'),
        at,
      ].join(', ')})
      RETURNING ${returning ? 'variables, parameters, position' : '1'})`);
  } else {
    parts.push(`saved AS (
      UPDATE cases SET status = ${p.add(r.status, 'text')}, incident = ${p.add(r.incident, 'boolean')}, revision = revision + 1,
        state = decode(${state}, 'base64'), variables = ${p.add(JSON.stringify(r.variables), 'jsonb')}, position = ${p.add(JSON.stringify(r.position), 'jsonb')},
        ended_at = ${p.add(r.endedAt?.toISOString() ?? null, 'timestamptz')}, cancel_reason = ${p.add(r.cancelReason, 'text')}, updated_at = ${at}
      WHERE id = ${p.add(r.id, 'uuid')} AND revision = ${p.add(r.revision, 'int')} RETURNING ${returning ? 'variables, parameters, position' : '1'})`);
  }
  parts.push(...rowParts(p, [write], at, undefined, returning));
  const withEvents = events !== null && events.size > 0;
  if (events) parts.push(...events.statementParts(p, undefined, { returning }));
  const written = write.takeTask ? '(SELECT count(*) FROM saved) + (SELECT count(*) FROM take)' : '(SELECT count(*) FROM saved)';
  const columns = [`case_write_check(${expected}, ${written}) AS written`];
  if (returning) {
    columns.push(
      '(SELECT row_to_json(s) FROM saved s) AS saved',
      write.tasks.length ? '(SELECT json_agg(t ORDER BY t.created_at, t.id) FROM tasks_in t) AS tasks' : 'NULL::json AS tasks',
      withEvents ? `(SELECT json_agg(e ORDER BY e.id) FROM events e WHERE e.case_id = ${p.add(r.id, 'uuid')}) AS events` : 'NULL::json AS events',
      write.takeTask ? '(SELECT row_to_json(k) FROM take k) AS taken' : 'NULL::json AS taken',
    );
  }
  const text = `WITH ${parts.join(',\n')}\nSELECT ${columns.join(', ')}`;
  let rows: (WrittenRows & { written: number })[];
  try {
    // The command's last statement: on its own when the command has written nothing before it.
    const send = options.last && q instanceof CommandTransaction ? q.last.bind(q) : q.query.bind(q);
    ({ rows } = await send<WrittenRows & { written: number }>(text, p.values, PREPARED));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === CONFLICT_SQLSTATE) throw new CaseConflictError(r.id);
    if (code === '23505' && write.isNew) throw new CaseKeyTakenError(r.code, r.district, r.caseKey);
    throw error;
  }
  events?.clear();
  return returning && rows[0] ? { saved: rows[0].saved, tasks: rows[0].tasks, events: rows[0].events, taken: rows[0].taken } : null;
}

/**
 * Writes several cases' runs (timer fires) in one statement: each case only if its revision is still
 * the one read, and its rows and events only with it. Returns the ids of the cases saved.
 */
export async function writeCaseBatch(q: Queryable, writes: CaseWrite[], events: EventBatch, now: Date): Promise<Set<string>> {
  if (!writes.length) return new Set();
  const p = new StatementParams();
  const at = p.add(now.toISOString(), 'timestamptz');
  const rs = writes.map((w) => w.record);
  const columns = [
    p.add(rs.map((r) => r.id), 'uuid[]'),
    p.add(rs.map((r) => r.revision), 'int[]'),
    p.add(rs.map((r) => r.status), 'text[]'),
    p.add(rs.map((r) => r.incident), 'boolean[]'),
    p.add(rs.map((r) => r.state?.toString('base64') ?? null), 'text[]'),
    p.add(rs.map((r) => JSON.stringify(r.variables)), 'jsonb[]'),
    p.add(rs.map((r) => JSON.stringify(r.position)), 'jsonb[]'),
    p.add(rs.map((r) => r.endedAt?.toISOString() ?? null), 'timestamptz[]'),
    p.add(rs.map((r) => r.cancelReason), 'text[]'),
  ];
  const parts = [
    `saved AS (
      UPDATE cases c SET status = u.status, incident = u.incident, revision = c.revision + 1, state = decode(u.state, 'base64'),
        variables = u.variables, position = u.position, ended_at = u.ended_at, cancel_reason = u.cancel_reason, updated_at = ${at}
      FROM unnest(${columns.join(', ')}) AS u(id, revision, status, incident, state, variables, position, ended_at, cancel_reason)
      WHERE c.id = u.id AND c.revision = u.revision RETURNING c.id)`,
  ];
  const saved = 'SELECT id FROM saved';
  parts.push(...rowParts(p, writes, at, saved));
  parts.push(...events.statementParts(p, saved));
  const { rows } = await q.query<{ id: string }>(`WITH ${parts.join(',\n')}\n${saved}`, p.values, PREPARED);
  events.clear();
  return new Set(rows.map((row) => row.id));
}
