/**
 * Cases: start one of a deployed standard in a district, deliver messages to it, cancel it, and read
 * it back (the case file: variables, open tasks, timeline, position, referrals, incidents) or list
 * cases with filters and cursor pagination — all within the caller's scope.
 *
 * @example
 *   const c = await cases.start({ code: 'BJ-SW-ELDER', district: 'dongcheng', caseKey: 'DC-2024-001', data, actor: 'u1' });
 *   await cases.correlateMessage({ caseKey: 'DC-2024-001', messageName: 'review-done', payload: { ok: true } }, scope);
 */
import { CaseConflictError, CaseNotFoundError, CaseNotRunningError, DistrictUnknownError, MessageAmbiguousError, MessageNotCorrelatedError } from '../errors';
import { isDistrictCode } from '@jingzhun/standards';
import { CommandTransaction } from './command-transaction';
import { writeCase, type CaseWrite, type WrittenRows } from './case-writes';
import { EventBatch } from './event-log';
import { infoOf, type CaseCommands, type CommandContext } from './case-commands';
import { caseColumns, isUuid, loadCase, saveCase, toRecord, type CaseRecord, type CaseRow } from './case-record';
import { byKey, scopeClause } from './scope';
import { cancelOccurrences } from '../supervision/cancelled-occurrences';
import type {
  CaseDetail,
  CaseEvent,
  CaseEventKind,
  CaseFilter,
  CaseReferral,
  CaseSummary,
  Incident,
  Page,
  RuntimeResources,
  Scope,
} from './types';
import { caseSummarySelect, taskFromJson, toCaseSummaries, toTasks, type CaseSummaryRow, type Json, type TaskRow } from './views';

export interface StartCaseInput {
  code: string;
  /** Defaults to the version deployed in the district. */
  version?: number | undefined;
  district: string;
  organisation?: string | null | undefined;
  caseKey: string;
  data: Record<string, unknown>;
  actor: string;
}

export interface MessageInput {
  caseKey: string;
  messageName: string;
  payload?: Record<string, unknown> | undefined;
  /** The standard, when the same key is used by cases of several standards. */
  code?: string | undefined;
  actor?: string | undefined;
}

export interface CancelInput {
  caseId: string;
  reason: string;
  actor: string;
}

interface EventRow {
  id: number;
  kind: CaseEventKind;
  element_id: string | null;
  element_type: string | null;
  task_id: string | null;
  actor: string | null;
  at: Date;
  duration_ms: number | null;
  data: Record<string, unknown> | null;
}


interface Related {
  open_tasks: Json<TaskRow>[] | null;
  events: Json<EventRow>[] | null;
  incident_rows: Json<IncidentRow>[] | null;
  related: (Json<CaseSummaryRow> & { parent_element_id: string | null })[] | null;
}

interface IncidentRow {
  id: string;
  case_id: string;
  element_id: string | null;
  cause: string;
  message: string;
  status: 'open' | 'resolved';
  attempts: number;
  created_at: Date;
  resolved_at: Date | null;
}

export function toIncident(row: IncidentRow): Incident {
  return {
    id: row.id,
    caseId: row.case_id,
    elementId: row.element_id,
    cause: row.cause,
    message: row.message,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.created_at.toISOString(),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
  };
}

const MAX_LIMIT = 500;

export interface CommandOptions {
  /** Given the rows the command's last statement wrote, when its run was written that way. */
  written?: (rows: WrittenRows) => void;
}

function encodeCursor(row: { started_at: Date; id: string }): string {
  return Buffer.from(`${row.started_at.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { startedAt: string; id: string } | undefined {
  const [startedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!startedAt || !id || Number.isNaN(Date.parse(startedAt)) || !isUuid(id)) return undefined;
  return { startedAt, id };
}

/** A case by id (`$2`) with its open tasks, timeline, incidents and related cases as JSON; `$1` is now; the scope's conditions are appended. */
export const CASE_DETAIL_BY_ID = `${byKey('cases', 'c', 2)} ${caseSummarySelect(
  1,
  `${caseColumns('c')},
  (SELECT json_agg(t ORDER BY t.created_at, t.id) FROM tasks t WHERE t.case_id = c.id AND t.status = 'open') AS open_tasks,
  (SELECT json_agg(e ORDER BY e.id) FROM case_events e WHERE e.case_id = c.id) AS events,
  (SELECT json_agg(i ORDER BY i.created_at, i.id) FROM incidents i WHERE i.case_id = c.id) AS incident_rows,
  (SELECT json_agg(json_build_object('id', r.id, 'case_key', r.case_key, 'code', r.code, 'version', r.version, 'district', r.district,
      'organisation', r.organisation, 'status', r.status, 'incident', r.incident, 'overdue', false, 'started_at', r.started_at,
      'ended_at', r.ended_at, 'parent_case_id', r.parent_case_id, 'parent_element_id', r.parent_element_id) ORDER BY r.started_at, r.id)
    FROM cases r WHERE r.parent_case_id = c.id OR r.id = c.parent_case_id) AS related`,
  'c',
)} WHERE true`;

export class CaseSystem {
  constructor(
    private readonly resources: RuntimeResources,
    private readonly commands: CaseCommands,
  ) {}

  /**
   * Runs `fn` as one command: one transaction, one "now", the events written last. The transaction
   * opens at the command's first write; a run handed over with `ctx.defer` is written together with
   * the events as the last statement — alone, without BEGIN and COMMIT, when it is the only one.
   */
  async command<T>(actor: string | null, fn: (ctx: CommandContext) => Promise<T>, options: CommandOptions = {}): Promise<T> {
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

  async start(input: StartCaseInput): Promise<CaseDetail> {
    if (!isDistrictCode(input.district)) throw new DistrictUnknownError([input.district]);
    let written: WrittenRows | undefined;
    const record = await this.command(
      input.actor,
      async (ctx) => {
        const deployment = await this.commands.deployments.find(input.code, input.district, ctx.reads);
        return this.commands.start(ctx, {
          code: input.code,
          version: input.version ?? deployment.version,
          district: input.district,
          organisation: input.organisation ?? null,
          caseKey: input.caseKey,
          data: input.data,
          variant: deployment.variant,
        });
      },
      { written: (rows) => (written = rows) },
    );
    // The statement that wrote the new case gave back its rows as stored: they are the case file.
    return written ? this.newCaseDetail(record, written) : this.get(record.id, {});
  }

  /** Delivers a message to the one case in scope with this key that waits for it. */
  async correlateMessage(input: MessageInput, scope: Scope): Promise<{ caseId: string }> {
    return this.command(input.actor ?? null, async (ctx) => {
      const params: unknown[] = [input.caseKey];
      let sql = `SELECT * FROM cases c WHERE c.case_key = $1 AND c.status = 'running' AND NOT c.incident${scopeClause(scope, params, 'c')}`;
      if (input.code) {
        params.push(input.code);
        sql += ` AND c.code = $${params.length}`;
      }
      const { rows } = await ctx.q.query<CaseRow>(sql, params);
      const waiting: { record: CaseRecord; messageId: string; elementId: string }[] = [];
      for (const record of rows.map(toRecord)) {
        const { model } = await this.commands.versions.compiled(record.code, record.version, ctx.q);
        for (const active of record.position.active) {
          const messageId = model.messageWaits.get(active.elementId);
          if (messageId && (messageId === input.messageName || model.messages.get(messageId) === input.messageName)) {
            waiting.push({ record, messageId, elementId: active.elementId });
            break;
          }
        }
      }
      if (!waiting.length) throw new MessageNotCorrelatedError(input.caseKey, input.messageName);
      const codes = [...new Set(waiting.map((w) => w.record.code))];
      if (waiting.length > 1) throw new MessageAmbiguousError(input.caseKey, input.messageName, codes);
      const { record, messageId, elementId } = waiting[0]!;
      const compiled = await this.commands.versions.compiled(record.code, record.version, ctx.q);
      ctx.events.add(infoOf(record), 'message_correlated', { elementId, data: { message: input.messageName } });
      const variables = input.payload ? { ...record.variables, ...input.payload } : record.variables;
      await this.commands.run(ctx, record, compiled, { kind: 'message', messageId }, { variables });
      return { caseId: record.id };
    });
  }

  /** Cancels a running case, its open tasks, its timers and the cases it referred to. */
  async cancel(input: CancelInput, scope: Scope): Promise<CaseDetail> {
    await this.command(input.actor, async (ctx) => {
      const record = await loadCase(ctx.q, input.caseId, scope);
      if (record.status !== 'running') throw new CaseNotRunningError(record.id, record.status);
      await this.cancelIn(ctx, record, input.reason, true);
    });
    return this.get(input.caseId, scope);
  }

  private async cancelIn(ctx: CommandContext, record: CaseRecord, reason: string, resumeParent: boolean): Promise<void> {
    const info = infoOf(record);
    const saved = await saveCase(
      ctx.q,
      { ...record, status: 'cancelled', state: null, endedAt: ctx.now, cancelReason: reason, position: { ...record.position, active: [], timers: [] } },
      false,
      ctx.now,
    );
    for (const active of record.position.active) {
      const durationMs = Math.max(0, ctx.now.getTime() - Date.parse(active.enteredAt));
      ctx.events.add(info, 'element_left', { elementId: active.elementId, durationMs, data: { outcome: 'cancelled' } });
      ctx.events.rollup(info, active.elementId, { cancelled: 1 });
    }
    const tasks = await ctx.q.query<{ id: string; element_id: string }>(
      `UPDATE tasks SET status = 'cancelled' WHERE case_id = $1 AND status = 'open' RETURNING id, element_id`,
      [record.id],
    );
    for (const t of tasks.rows) ctx.events.add(info, 'task_cancelled', { elementId: t.element_id, elementType: 'bpmn:UserTask', taskId: t.id });
    await cancelOccurrences(ctx.q, record.id, ctx.now);
    const jobs = await ctx.q.query<{ element_id: string }>('DELETE FROM jobs WHERE case_id = $1 RETURNING element_id', [record.id]);
    for (const j of jobs.rows) ctx.events.add(info, 'timer_cancelled', { elementId: j.element_id });
    await ctx.q.query(
      `UPDATE incidents SET status = 'resolved', resolved_at = $2, resolved_by = $3 WHERE case_id = $1 AND status = 'open'`,
      [record.id, ctx.now, ctx.actor],
    );
    ctx.events.add(info, 'case_cancelled', { durationMs: ctx.now.getTime() - record.startedAt.getTime(), data: { reason } });
    const children = await ctx.q.query<CaseRow>(`SELECT * FROM cases WHERE parent_case_id = $1 AND status = 'running'`, [record.id]);
    for (const child of children.rows) await this.cancelIn(ctx, toRecord(child), reason, false);
    if (resumeParent) await this.commands.resumeParent(ctx, saved);
  }

  async get(id: string, scope: Scope): Promise<CaseDetail> {
    const now = this.resources.clock.now();
    const params: unknown[] = [now, id];
    if (!isUuid(id)) throw new CaseNotFoundError(id);
    // One round trip: the case with its open tasks, timeline, incidents and related cases as JSON.
    const { rows } = await this.resources.store.query<CaseSummaryRow & CaseRow & Related>(
      `${CASE_DETAIL_BY_ID}${scopeClause(scope, params, 'c')}`,
      params,
      { prepare: true },
    );
    const row = rows[0];
    if (!row) throw new CaseNotFoundError(id);
    return this.detail(row, now);
  }

  /**
   * The case file of a case started just now, from the rows its statement wrote: the same as `get`
   * would read back (nothing else can refer to a case before it exists), one round trip fewer.
   */
  private newCaseDetail(record: CaseRecord, written: WrittenRows): Promise<CaseDetail> {
    const now = this.resources.clock.now();
    const tasks = (written.tasks ?? []) as unknown as Json<TaskRow>[];
    const row: CaseSummaryRow & CaseRow & Related = {
      id: record.id,
      case_key: record.caseKey,
      code: record.code,
      version: record.version,
      district: record.district,
      organisation: record.organisation,
      status: record.status,
      incident: record.incident,
      revision: record.revision,
      state: null,
      variables: written.saved['variables'] as CaseRow['variables'],
      parameters: written.saved['parameters'] as CaseRow['parameters'],
      position: written.saved['position'] as CaseRow['position'],
      parent_case_id: record.parentCaseId,
      parent_element_id: record.parentElementId,
      parent_execution_id: record.parentExecutionId,
      started_at: record.startedAt,
      started_by: record.startedBy,
      ended_at: record.endedAt,
      cancel_reason: record.cancelReason,
      overdue: tasks.some((t) => t.status === 'open' && t.due_at !== null && Date.parse(t.due_at) < now.getTime()),
      open_tasks: tasks.length ? tasks.filter((t) => t.status === 'open') : null,
      events: written.events as Json<EventRow>[] | null,
      incident_rows: null,
      related: null,
    };
    return this.detail(row, now);
  }

  /** A case row with its open tasks, timeline, incidents and related cases, as the case file. */
  private async detail(row: CaseSummaryRow & CaseRow & Related, now: Date): Promise<CaseDetail> {
    const record = toRecord(row);
    const [summary] = await toCaseSummaries([row], this.commands.versions);
    const related = (row.related ?? []).map((r) => ({ ...r, started_at: new Date(r.started_at), ended_at: r.ended_at ? new Date(r.ended_at) : null }));
    const summaries = await toCaseSummaries(related, this.commands.versions);
    const referrals: CaseReferral[] = summaries.map((r, i) => ({
      caseId: r.id,
      caseKey: r.caseKey,
      standard: r.standard,
      status: r.status,
      direction: r.id === record.parentCaseId ? 'from' : 'to',
      elementId: r.id === record.parentCaseId ? record.parentElementId : (related[i]?.parent_element_id ?? null),
    }));
    const timeline: CaseEvent[] = (row.events ?? []).map((e) => ({
      id: Number(e.id),
      kind: e.kind,
      elementId: e.element_id,
      elementType: e.element_type,
      taskId: e.task_id,
      actor: e.actor,
      at: new Date(e.at).toISOString(),
      durationMs: e.duration_ms === null ? null : Number(e.duration_ms),
      data: e.data,
    }));
    const tasks: TaskRow[] = (row.open_tasks ?? []).map(taskFromJson);
    const incidents = (row.incident_rows ?? []).map((i) => ({ ...i, created_at: new Date(i.created_at), resolved_at: i.resolved_at ? new Date(i.resolved_at) : null }));
    return {
      ...summary!,
      variables: record.variables,
      parameters: record.parameters,
      revision: record.revision,
      cancelReason: record.cancelReason,
      openTasks: await toTasks(tasks, this.commands.versions, now),
      timeline,
      position: {
        active: [...new Set(record.position.active.map((a) => a.elementId))],
        completed: record.position.completed,
        flows: record.position.flows,
      },
      referrals,
      incidents: incidents.map(toIncident),
      timers: record.position.timers.map((t) => ({ elementId: t.elementId, dueAt: t.dueAt })),
    };
  }

  async list(filter: CaseFilter, scope: Scope): Promise<Page<CaseSummary>> {
    const now = this.resources.clock.now();
    const params: unknown[] = [now];
    let where = ` WHERE true${scopeClause(scope, params, 'c')}`;
    if (filter.standard) {
      params.push(filter.standard);
      where += ` AND c.code = $${params.length}`;
    }
    if (filter.status === 'incident') where += ' AND c.incident';
    else if (filter.status) {
      params.push(filter.status);
      where += ` AND c.status = $${params.length}`;
    }
    if (filter.overdue !== undefined) {
      where += ` AND ${filter.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.status = 'open' AND t.due_at < $1)`;
    }
    if (filter.q) {
      params.push(`%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      where += ` AND c.case_key ILIKE $${params.length}`;
    }
    const cursor = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    if (cursor) {
      params.push(cursor.startedAt, cursor.id);
      where += ` AND (c.started_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    const limit = Math.min(Math.max(1, filter.limit ?? 50), MAX_LIMIT);
    params.push(limit + 1);
    const { rows } = await this.resources.store.query<CaseSummaryRow>(
      `${caseSummarySelect(1)}${where} ORDER BY c.started_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: await toCaseSummaries(page, this.commands.versions), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }
}
