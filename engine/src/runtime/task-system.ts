/**
 * Tasks: the inbox (overdue first, then by due date, each with its case's client), claiming, a
 * district's workload (open and overdue tasks per holder) and handing a task to someone else, and
 * completion — the form data is checked against the task's schema, merged into the case variables and
 * the case runs on, all in one transaction with the case's revision check.
 *
 * @example
 *   const inbox = await tasks.list({ assignTo: 'caseworker' }, { district: 'dongcheng' });
 *   await tasks.reassign({ taskId: inbox[0].id, assignee: 'u8', assigneeRole: 'caseworker', actor: 'op1' }, { district: 'dongcheng' });
 *   await tasks.complete({ taskId: inbox[0].id, data: { tier: 'high' }, actor: 'u8' }, { district: 'dongcheng' });
 */
import { beijingDate, datesAfter, validateAgainst, type CaseRole } from '@jingzhun/standards';
import { CaseNotRunningError, TaskClaimedError, TaskDataInvalidError, TaskNotForRoleError, TaskNotFoundError, TaskNotOpenError } from '../errors';
import type { Queryable } from '../store';
import { detailsOf, infoOf, type CaseCommands } from './case-commands';
import { caseColumns, isUuid, prefixedCaseRow, toRecord, type CaseRecord } from './case-record';
import { requireRecords } from './record-system';
import type { CommandRunner } from './command-runner';
import { byKey, scopeClause } from './scope';
import type { RuntimeResources, Scope, Task, TaskFilter, TaskListItem, TaskLoad } from './types';
import { clientOf, taskFromJson, toTaskListItems, toTasks, type Json, type TaskRow } from './views';

export interface TaskCommandInput {
  taskId: string;
  actor: string;
  /**
   * The role the actor works as: a task assigned to another role is refused (TASK_NOT_FOR_ROLE),
   * before anything else about it is said. Unset, any task in scope may be worked.
   */
  workAs?: CaseRole | undefined;
}

export interface CompleteTaskInput extends TaskCommandInput {
  data: Record<string, unknown>;
}

export interface ReassignTaskInput {
  taskId: string;
  /** Who takes the task over. */
  assignee: string;
  /** The role the new holder works as: a task assigned to another role is refused (TASK_NOT_FOR_ROLE). */
  assigneeRole: CaseRole;
  /** Who hands it over. */
  actor: string;
}

const MAX_LIMIT = 500;

/** A task row's columns, named for a statement kept prepared (see caseColumns). */
const TASK_COLUMNS = [
  'id',
  'case_id',
  'case_key',
  'code',
  'version',
  'element_id',
  'name',
  'role',
  'assign_to',
  'district',
  'organisation',
  'assignee',
  'status',
  'created_at',
  'due_at',
  'completed_at',
  'completed_by',
  'form_id',
  'data',
]
  .map((column) => `t.${column}`)
  .join(', ');

/** The prefix of the case's columns read beside a task's (whose own include `case_id`, `code`, …). */
const CASE_PREFIX = 'c_';

/** A task by id; the scope's conditions are appended. */
export const TASK_BY_ID = `${byKey('tasks', 't')} SELECT ${TASK_COLUMNS} FROM t WHERE true`;
/** A task by id with its case's columns (prefixed), for a completion; the scope's conditions are appended. */
export const TASK_WITH_CASE_BY_ID = `${byKey('tasks', 't')} SELECT ${TASK_COLUMNS}, ${caseColumns('c', CASE_PREFIX)} FROM t JOIN cases c ON c.id = t.case_id WHERE true`;

export class TaskSystem {
  constructor(
    private readonly resources: RuntimeResources,
    private readonly commands: CaseCommands,
    private readonly runner: CommandRunner,
  ) {}

  async get(taskId: string, scope: Scope): Promise<Task> {
    const row = await this.row(this.resources.store, TASK_BY_ID, taskId, scope);
    const [task] = await toTasks([row], this.commands.versions, this.resources.clock.now());
    return task!;
  }

  /** The task in scope, for a command of `input`'s actor: refused when it is for another role. */
  private async workable(q: Queryable, input: TaskCommandInput, scope: Scope): Promise<TaskRow> {
    return this.mayWork(await this.row(q, TASK_BY_ID, input.taskId, scope), input);
  }

  /** The task in scope with its case, in one statement, for a completion; refused as `workable`. */
  private async workableWithCase(q: Queryable, input: TaskCommandInput, scope: Scope): Promise<{ row: TaskRow; record: CaseRecord }> {
    const row = this.mayWork(await this.row<TaskRow & Record<string, unknown>>(q, TASK_WITH_CASE_BY_ID, input.taskId, scope), input);
    return { row, record: toRecord(prefixedCaseRow(row, CASE_PREFIX)) };
  }

  private mayWork<R extends TaskRow>(row: R, input: TaskCommandInput): R {
    if (input.workAs !== undefined && row.assign_to !== input.workAs) throw new TaskNotForRoleError(row.id, input.workAs, row.assign_to);
    return row;
  }

  /** The row `statement` reads for the task, within the scope; TASK_NOT_FOUND when there is none. */
  private async row<R extends TaskRow = TaskRow>(q: Queryable, statement: string, taskId: string, scope: Scope): Promise<R> {
    if (!isUuid(taskId)) throw new TaskNotFoundError(taskId);
    const params: unknown[] = [taskId];
    const { rows } = await q.query<R>(`${statement}${scopeClause(scope, params, 't')}`, params, { prepare: true });
    if (!rows[0]) throw new TaskNotFoundError(taskId);
    return rows[0];
  }

  async list(filter: TaskFilter, scope: Scope): Promise<TaskListItem[]> {
    const now = this.resources.clock.now();
    const params: unknown[] = [now];
    let where = ` WHERE true${scopeClause(scope, params, 't')}`;
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where += ` AND ${sql.replace('?', `$${params.length}`)}`;
    };
    if (filter.status) add('t.status = ?', filter.status);
    if (filter.assignTo) add('t.assign_to = ?', filter.assignTo);
    if (filter.assignee === null) where += ' AND t.assignee IS NULL';
    else if (filter.assignee) add('t.assignee = ?', filter.assignee);
    if (filter.caseId) {
      if (!isUuid(filter.caseId)) return [];
      add('t.case_id = ?', filter.caseId);
    }
    if (filter.standard) add('t.code = ?', filter.standard);
    if (filter.overdue !== undefined) where += filter.overdue ? ` AND t.status = 'open' AND t.due_at < $1` : ` AND NOT (t.status = 'open' AND t.due_at < $1)`;
    const limit = Math.min(Math.max(1, filter.limit ?? 50), MAX_LIMIT);
    params.push(limit);
    const { rows } = await this.resources.store.query<TaskRow & { client: string | null }>(
      `SELECT t.*, ${clientOf('c')} AS client FROM tasks t JOIN cases c ON c.id = t.case_id${where}
       ORDER BY (t.status = 'open' AND t.due_at < $1) DESC, t.due_at ASC NULLS LAST, t.created_at ASC, t.id
       LIMIT $${params.length}`,
      params,
    );
    return toTaskListItems(rows, this.commands.versions, now);
  }

  /** The open tasks in scope for `role`, per holder (null: nobody's yet), with how many are overdue. */
  async workload(role: CaseRole, scope: Scope): Promise<TaskLoad[]> {
    const params: unknown[] = [this.resources.clock.now(), role];
    const { rows } = await this.resources.store.query<{ assignee: string | null; open: number | string; overdue: number | string }>(
      `SELECT t.assignee, count(*) AS open, count(*) FILTER (WHERE t.due_at < $1) AS overdue
         FROM tasks t
        WHERE t.status = 'open' AND t.assign_to = $2${scopeClause(scope, params, 't')}
        GROUP BY t.assignee`,
      params,
    );
    return rows.map((r) => ({ assignee: r.assignee, open: Number(r.open), overdue: Number(r.overdue) }));
  }

  /**
   * Hands an open task to someone else of its role (an operator spreading the district's work): it is
   * theirs as if they had claimed it, whoever held it. Recorded in the case's timeline as
   * `task_reassigned`, with the new holder and the one before.
   */
  async reassign(input: ReassignTaskInput, scope: Scope): Promise<Task> {
    await this.runner.run(input.actor, async (ctx) => {
      const row = await this.row(ctx.reads ?? ctx.q, TASK_BY_ID, input.taskId, scope);
      if (row.assign_to !== input.assigneeRole) throw new TaskNotForRoleError(row.id, input.assigneeRole, row.assign_to);
      if (row.status !== 'open') throw new TaskNotOpenError(row.id, row.status);
      if (row.assignee === input.assignee) return;
      const updated = await ctx.q.query(`UPDATE tasks SET assignee = $2, claimed_at = $3 WHERE id = $1 AND status = 'open'`, [row.id, input.assignee, ctx.now]);
      if (updated.rowCount === 0) throw new TaskNotOpenError(row.id, 'no longer open');
      const info = { id: row.case_id, code: row.code, version: row.version, district: row.district, organisation: row.organisation };
      ctx.events.add(info, 'task_reassigned', {
        elementId: row.element_id,
        elementType: 'bpmn:UserTask',
        taskId: row.id,
        data: { assignee: input.assignee, previous: row.assignee },
      });
    });
    return this.get(input.taskId, scope);
  }

  async claim(input: TaskCommandInput, scope: Scope): Promise<Task> {
    await this.runner.run(input.actor, async (ctx) => {
      const row = await this.workable(ctx.q, input, scope);
      if (row.status !== 'open') throw new TaskNotOpenError(row.id, row.status);
      if (row.assignee && row.assignee !== input.actor) throw new TaskClaimedError(row.id, row.assignee);
      const updated = await ctx.q.query(
        `UPDATE tasks SET assignee = $2, claimed_at = $3 WHERE id = $1 AND status = 'open' AND (assignee IS NULL OR assignee = $2)`,
        [row.id, input.actor, ctx.now],
      );
      if (updated.rowCount === 0) throw new TaskClaimedError(row.id, '?');
      const info = { id: row.case_id, code: row.code, version: row.version, district: row.district, organisation: row.organisation };
      if (row.assignee !== input.actor) ctx.events.add(info, 'task_claimed', { elementId: row.element_id, elementType: 'bpmn:UserTask', taskId: row.id });
    });
    return this.get(input.taskId, scope);
  }

  async unclaim(input: TaskCommandInput, scope: Scope): Promise<Task> {
    await this.runner.run(input.actor, async (ctx) => {
      const row = await this.workable(ctx.q, input, scope);
      if (row.status !== 'open') throw new TaskNotOpenError(row.id, row.status);
      if (!row.assignee) return;
      await ctx.q.query(`UPDATE tasks SET assignee = NULL, claimed_at = NULL WHERE id = $1`, [row.id]);
      const info = { id: row.case_id, code: row.code, version: row.version, district: row.district, organisation: row.organisation };
      ctx.events.add(info, 'task_unclaimed', { elementId: row.element_id, elementType: 'bpmn:UserTask', taskId: row.id, data: { assignee: row.assignee } });
    });
    return this.get(input.taskId, scope);
  }

  async complete(input: CompleteTaskInput, scope: Scope): Promise<Task> {
    let taken: Record<string, unknown> | null = null;
    await this.runner.run(input.actor, async (ctx) => {
      const reads = ctx.reads ?? ctx.q;
      const { row, record } = await this.workableWithCase(reads, input, scope);
      if (row.status !== 'open') throw new TaskNotOpenError(row.id, row.status);
      if (row.assignee && row.assignee !== input.actor) throw new TaskClaimedError(row.id, row.assignee);
      const compiled = await this.commands.versions.compiled(row.code, row.version, reads);
      const form = compiled.model.userTasks.get(row.element_id)?.form;
      const data = input.data ?? {};
      if (form) {
        // What a form records happened by the day it is submitted (a planned date excepted).
        const problems = [...validateAgainst(form, data, '', 'TASK_DATA_INVALID'), ...datesAfter(form, data, beijingDate(ctx.now))];
        if (problems.length) throw new TaskDataInvalidError(row.id, detailsOf(problems));
      }
      if (record.status !== 'running') throw new CaseNotRunningError(record.id, record.status);
      if (record.incident) throw new CaseNotRunningError(record.id, 'incident');
      const entry = record.position.active.find((a) => a.taskId === row.id);
      if (!entry) throw new TaskNotOpenError(row.id, 'stale');
      // A long step (an intervention) is done when its contacts were made, not when its form is filled.
      const needs = compiled.model.userTasks.get(row.element_id)?.minRecords;
      if (needs) await requireRecords(reads, row, needs);
      const late = row.due_at !== null && row.due_at.getTime() < ctx.now.getTime();
      const info = infoOf(record);
      ctx.events.add(info, 'task_completed', {
        elementId: row.element_id,
        elementType: 'bpmn:UserTask',
        taskId: row.id,
        durationMs: ctx.now.getTime() - row.created_at.getTime(),
        data: { late, formId: row.form_id },
      });
      if (late) ctx.events.rollup(info, row.element_id, { late: 1 });
      // Only one completion wins: the task is taken in the statement that writes the case's next
      // revision, and either being taken meanwhile voids the command.
      await this.commands.run(
        ctx,
        record,
        compiled,
        { kind: 'signal', executionId: entry.executionId },
        { variables: { ...record.variables, ...data }, takeTask: { id: row.id, data, actor: input.actor } },
      );
    }, { written: (rows) => (taken = rows.taken) });
    // The statement that completed the task gave it back as stored (it was read in scope above).
    if (taken) {
      const [task] = await toTasks([taskFromJson(taken as Json<TaskRow>)], this.commands.versions, this.resources.clock.now());
      return task!;
    }
    return this.get(input.taskId, scope);
  }
}
