/**
 * Rows to what the runtime hands out: tasks with their form and standard title (from the compiled
 * version), case summaries with overdue and incident flags.
 */
import { workingDaysBetween, type CaseRole, type LocalizedText } from '@jingzhun/standards';
import type { CaseStatus, CaseSummary, Task, TaskStatus } from './types';
import type { VersionSystem } from './version-system';

export interface TaskRow {
  id: string;
  case_id: string;
  case_key: string;
  code: string;
  version: number;
  element_id: string;
  name: LocalizedText;
  role: string | null;
  assign_to: CaseRole | null;
  district: string;
  organisation: string | null;
  assignee: string | null;
  status: TaskStatus;
  created_at: Date;
  due_at: Date | null;
  completed_at: Date | null;
  completed_by: string | null;
  form_id: string | null;
  data: Record<string, unknown> | null;
}

/** A row as it arrives inside JSON (`json_agg`, `row_to_json`): timestamps as strings. */
export type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** A task row read as JSON, with its timestamps as dates again. */
export function taskFromJson(row: Json<TaskRow>): TaskRow {
  return {
    ...row,
    created_at: new Date(row.created_at),
    due_at: row.due_at ? new Date(row.due_at) : null,
    completed_at: row.completed_at ? new Date(row.completed_at) : null,
  };
}

export async function toTasks(rows: TaskRow[], versions: VersionSystem, now: Date): Promise<Task[]> {
  const out: Task[] = [];
  for (const row of rows) {
    const { version, model } = await versions.compiled(row.code, row.version);
    const spec = model.userTasks.get(row.element_id);
    out.push({
      id: row.id,
      caseId: row.case_id,
      caseKey: row.case_key,
      standard: { code: row.code, version: row.version, title: version.standard.title },
      elementId: row.element_id,
      name: row.name,
      role: row.role,
      assignTo: row.assign_to,
      district: row.district,
      organisation: row.organisation,
      assignee: row.assignee,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      dueAt: row.due_at?.toISOString() ?? null,
      overdue: row.status === 'open' && row.due_at !== null && row.due_at.getTime() < now.getTime(),
      workingDaysLeft: row.due_at ? workingDaysBetween(now, row.due_at) : null,
      formId: row.form_id,
      form: spec?.form ?? null,
      data: row.data,
      completedAt: row.completed_at?.toISOString() ?? null,
      completedBy: row.completed_by,
    });
  }
  return out;
}

export interface CaseSummaryRow {
  id: string;
  case_key: string;
  code: string;
  version: number;
  district: string;
  organisation: string | null;
  status: CaseStatus;
  incident: boolean;
  overdue: boolean;
  started_at: Date;
  ended_at: Date | null;
  parent_case_id: string | null;
}

export async function toCaseSummaries(rows: CaseSummaryRow[], versions: VersionSystem): Promise<CaseSummary[]> {
  const out: CaseSummary[] = [];
  for (const row of rows) {
    const { version } = await versions.compiled(row.code, row.version);
    out.push({
      id: row.id,
      caseKey: row.case_key,
      standard: { code: row.code, version: row.version, title: version.standard.title },
      district: row.district,
      organisation: row.organisation,
      status: row.status,
      incident: row.incident,
      overdue: row.overdue,
      startedAt: row.started_at.toISOString(),
      endedAt: row.ended_at?.toISOString() ?? null,
      parentCaseId: row.parent_case_id,
    });
  }
  return out;
}

/**
 * SQL for a case summary; `$now` is the parameter number holding the clock's time. The cases are read
 * as `c` from `from` (the table, or a CTE named `c` that a statement put before it).
 */
export function caseSummarySelect(
  now: number,
  columns = 'c.id, c.case_key, c.code, c.version, c.district, c.organisation, c.status, c.incident, c.started_at, c.ended_at, c.parent_case_id',
  from = 'cases c',
): string {
  return `SELECT ${columns},
      EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.status = 'open' AND t.due_at < $${now}) AS overdue
    FROM ${from}`;
}
