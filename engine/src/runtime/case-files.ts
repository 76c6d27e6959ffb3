/**
 * The case file and the cases list: what a caseworker or supervisor reads of a case — its variables,
 * open tasks, timeline, position, referrals, incidents and timers — and the filtered, cursor-paged
 * list with each case's client, the steps it waits at, who holds them and when they are due, always
 * within the caller's scope. Reads only: the commands are in case-system.ts.
 *
 * @example
 *   const file = await caseFiles.get(caseId, { districts: ['dongcheng'] });
 *   const page = await caseFiles.list({ status: 'running', limit: 50 }, scope);
 */
import { CaseNotFoundError } from '../errors';
import type { WrittenRows } from './case-writes';
import { caseColumns, isUuid, toRecord, type CaseRecord, type CaseRow } from './case-record';
import { byKey, scopeClause } from './scope';
import type { CaseDetail, CaseEvent, CaseEventKind, CaseFilter, CaseListItem, CaseReferral, Incident, Page, RuntimeResources, Scope } from './types';
import type { VersionSystem } from './version-system';
import {
  caseListSelect,
  caseSummarySelect,
  clientOf,
  streetOf,
  taskFromJson,
  toCaseListItems,
  toCaseSummaries,
  toTasks,
  type CaseListRow,
  type CaseSummaryRow,
  type Json,
  type TaskRow,
} from './views';

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

/** An incident as stored (what a case file and the incidents list read of it). */
export interface IncidentRow {
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

export class CaseFiles {
  constructor(
    private readonly resources: RuntimeResources,
    private readonly versions: VersionSystem,
  ) {}

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
  ofNewCase(record: CaseRecord, written: WrittenRows): Promise<CaseDetail> {
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
    const [summary] = await toCaseSummaries([row], this.versions);
    const related = (row.related ?? []).map((r) => ({ ...r, started_at: new Date(r.started_at), ended_at: r.ended_at ? new Date(r.ended_at) : null }));
    const summaries = await toCaseSummaries(related, this.versions);
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
      openTasks: await toTasks(tasks, this.versions, now),
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

  async list(filter: CaseFilter, scope: Scope): Promise<Page<CaseListItem>> {
    const now = this.resources.clock.now();
    const params: unknown[] = [now];
    let where = ` WHERE true${scopeClause(scope, params, 'c')}`;
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where += ` AND ${sql.replaceAll('?', `$${params.length}`)}`;
    };
    if (filter.standard) add('c.code = ?', filter.standard);
    if (filter.status === 'incident') where += ' AND c.incident';
    else if (filter.status) add('c.status = ?', filter.status);
    if (filter.overdue !== undefined) {
      where += ` AND ${filter.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.status = 'open' AND t.due_at < $1)`;
    }
    // The case's number or its client's name, as a person remembers either: any part of it.
    if (filter.q) add(`(c.case_key ILIKE ? OR ${clientOf('c')} ILIKE ?)`, `%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    if (filter.street) add(`${streetOf('c')} = ?`, filter.street);
    if (filter.assignee) add(`EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.status = 'open' AND t.assignee = ?)`, filter.assignee);
    const cursor = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    if (cursor) {
      params.push(cursor.startedAt, cursor.id);
      where += ` AND (c.started_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    const limit = Math.min(Math.max(1, filter.limit ?? 50), MAX_LIMIT);
    params.push(limit + 1);
    const { rows } = await this.resources.store.query<CaseListRow>(
      `${caseListSelect(1)}${where} ORDER BY c.started_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: await toCaseListItems(page, this.versions), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }
}
