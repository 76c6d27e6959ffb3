/**
 * Rows to what the runtime hands out: tasks with their form and standard title (from the compiled
 * version), case summaries with overdue and incident flags, and the case lists' items with the client,
 * the steps the case waits at by their names, who holds them and when they are due.
 */
import { CASE_FIELDS, workingDaysBetween, type CaseRole, type LocalizedText } from '@jingzhun/standards';
import type { ProcessModel } from '../bpmn/process-model';
import type { ActiveElement, ArmedTimer } from './case-run';
import type { CaseListItem, CaseStatus, CaseStep, CaseSummary, Task, TaskListItem, TaskStatus } from './types';
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

/** The client's name as a case's data holds it, for a statement reading the case as `alias`. */
export const clientOf = (alias: string) => `${alias}.variables->>'${CASE_FIELDS.clientName}'`;
/** The client's street as a case's data holds it. */
export const streetOf = (alias: string) => `${alias}.variables->>'${CASE_FIELDS.street}'`;

export async function toTaskListItems(rows: Array<TaskRow & { client: string | null }>, versions: VersionSystem, now: Date): Promise<TaskListItem[]> {
  const tasks = await toTasks(rows, versions, now);
  return tasks.map((task, i) => ({ ...task, client: rows[i]!.client }));
}

/** An open task of a listed case, as the list's statement reads it (JSON). */
interface OpenTaskJson {
  id: string;
  element_id: string;
  assignee: string | null;
  due_at: string | null;
}

export interface CaseListRow extends CaseSummaryRow {
  client: string | null;
  street: string | null;
  active: ActiveElement[] | null;
  timers: ArmedTimer[] | null;
  open_tasks: OpenTaskJson[] | null;
}

/** SQL for a case list's row: the summary, the client, where the case waits and its open tasks. `$now` as for caseSummarySelect. */
export function caseListSelect(now: number): string {
  return caseSummarySelect(
    now,
    `c.id, c.case_key, c.code, c.version, c.district, c.organisation, c.status, c.incident, c.started_at, c.ended_at, c.parent_case_id,
      ${clientOf('c')} AS client, ${streetOf('c')} AS street, c.position->'active' AS active, c.position->'timers' AS timers,
      (SELECT json_agg(json_build_object('id', t.id, 'element_id', t.element_id, 'assignee', t.assignee, 'due_at', t.due_at) ORDER BY t.created_at, t.id)
         FROM tasks t WHERE t.case_id = c.id AND t.status = 'open') AS open_tasks`,
  );
}

/** Elements a case is in without waiting there itself: a sub-process (its steps wait), a gateway, a boundary event (its task waits). */
const NOT_A_STEP = /^bpmn:(SubProcess|\w*Gateway|BoundaryEvent)$/;

function stepKind(model: ProcessModel, elementId: string, type: string | undefined): CaseStep['kind'] {
  if (type === 'bpmn:UserTask') return 'task';
  if (model.timers.has(elementId)) return 'timer';
  if (model.messageWaits.has(elementId)) return 'message';
  if (model.calls.has(elementId)) return 'referral';
  return 'other';
}

/** The steps a case waits at, open tasks first (the earliest due first), each named as the diagram names it. */
function caseSteps(model: ProcessModel, active: readonly ActiveElement[], openTasks: readonly OpenTaskJson[]): CaseStep[] {
  const tasks = new Map(openTasks.map((t) => [t.id, t]));
  const steps: CaseStep[] = [];
  const seen = new Set<string>();
  for (const a of active) {
    const element = model.elements.get(a.elementId);
    if (seen.has(a.elementId) || (element && NOT_A_STEP.test(element.type))) continue;
    seen.add(a.elementId);
    const task = a.taskId ? tasks.get(a.taskId) : undefined;
    // A step drawn without a name is known by its id, which names nothing a person knows.
    const named = element && element.name.zh !== element.id ? element.name : null;
    steps.push({
      elementId: a.elementId,
      name: named,
      kind: stepKind(model, a.elementId, element?.type),
      taskId: task?.id ?? null,
      assignee: task?.assignee ?? null,
      dueAt: task?.due_at ? new Date(task.due_at).toISOString() : null,
    });
  }
  // Steps without a due time keep their order after those with one.
  const due = (s: CaseStep) => (s.dueAt ? Date.parse(s.dueAt) : Number.MAX_SAFE_INTEGER);
  return steps.sort((a, b) => Number(b.kind === 'task') - Number(a.kind === 'task') || due(a) - due(b));
}

/** The earliest of the open tasks' due times, else of the timers' (ISO strings sort as their instants). */
function nextDue(steps: readonly CaseStep[], timers: readonly ArmedTimer[]): string | null {
  const earliest = (times: Array<string | null>) => times.filter((t): t is string => t !== null).sort()[0] ?? null;
  return earliest(steps.map((s) => s.dueAt)) ?? earliest(timers.map((t) => new Date(t.dueAt).toISOString()));
}

export async function toCaseListItems(rows: CaseListRow[], versions: VersionSystem): Promise<CaseListItem[]> {
  const summaries = await toCaseSummaries(rows, versions);
  const out: CaseListItem[] = [];
  for (const [i, row] of rows.entries()) {
    const { model } = await versions.compiled(row.code, row.version);
    const steps = row.status === 'running' ? caseSteps(model, row.active ?? [], row.open_tasks ?? []) : [];
    out.push({
      ...summaries[i]!,
      client: row.client,
      street: row.street,
      steps,
      nextDueAt: row.status === 'running' ? nextDue(steps, row.timers ?? []) : null,
    });
  }
  return out;
}
