/**
 * The shapes the runtime hands out and takes in. Timestamps are ISO 8601 strings so that they travel
 * through JSON unchanged.
 */
import type { CaseRole, LocalizedText, ServiceRecordKind, StandardVersion } from '@jingzhun/standards';
import type { Store } from '../store';
import type { CaseEventKind } from './case-event-kinds';

/** Where "now" comes from; tests and the simulator move it. */
export interface Clock {
  now(): Date;
}

/** pino-compatible: the runtime logs with an object first and a message second. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RuntimeResources {
  store: Store;
  clock: Clock;
  logger: Logger;
}

/**
 * Who may see and act: a district and/or an organisation. An undefined field is not restricted, so
 * `{}` is city-wide. Applied in the SQL of every read and command: what lies outside is not found.
 */
export interface Scope {
  district?: string | undefined;
  organisation?: string | undefined;
}

export type VersionStatus = StandardVersion['status'];

export interface VersionSummary {
  code: string;
  version: number;
  hash: string;
  status: VersionStatus;
  publishedAt: string;
  author: string;
  approver: string;
  changelog?: string | undefined;
}

export interface ParameterValue {
  id: string;
  title: LocalizedText;
  kind: string;
  unit?: string | undefined;
  default: number;
  min: number;
  max: number;
  tighter: 'lower' | 'higher';
  /** The value in force in the district (the variant's, else the default). */
  value: number;
}

export interface Deployment {
  code: string;
  district: string;
  version: number;
  title: LocalizedText;
  deployedAt: string;
  deployedBy: string;
  /** The district's variant values, by parameter id. */
  variant: Record<string, number>;
  parameters: ParameterValue[];
}

export type CaseStatus = 'running' | 'completed' | 'cancelled';
export type TaskStatus = 'open' | 'completed' | 'cancelled';

export interface StandardRef {
  code: string;
  version: number;
  title: LocalizedText;
}

export interface Task {
  id: string;
  caseId: string;
  caseKey: string;
  standard: StandardRef;
  elementId: string;
  name: LocalizedText;
  /** The standard's role id (`std:role`) and the platform role whose inbox shows the task. */
  role: string | null;
  assignTo: CaseRole | null;
  district: string;
  organisation: string | null;
  assignee: string | null;
  status: TaskStatus;
  createdAt: string;
  dueAt: string | null;
  /** Open and past its due time, by the runtime's clock. */
  overdue: boolean;
  /** Working days from today to the due day (negative when overdue); null without a due date. */
  workingDaysLeft: number | null;
  formId: string | null;
  /** The JSON Schema of the task's form. */
  form: Record<string, unknown> | null;
  data: Record<string, unknown> | null;
  completedAt: string | null;
  completedBy: string | null;
}

export interface CaseSummary {
  id: string;
  caseKey: string;
  standard: StandardRef;
  district: string;
  organisation: string | null;
  status: CaseStatus;
  /** An open incident stops the case until it is retried. */
  incident: boolean;
  /** Some open task is past its due time. */
  overdue: boolean;
  startedAt: string;
  endedAt: string | null;
  parentCaseId: string | null;
}

/** A step a case waits at, as the case lists say it. */
export interface CaseStep {
  elementId: string;
  /** The step's name on the diagram; null for a step drawn without one. */
  name: LocalizedText | null;
  /** What kind of wait it is: a task for someone, a date, a message, or a case it referred to. */
  kind: 'task' | 'timer' | 'message' | 'referral' | 'other';
  /** The step's open task, who holds it and when it is due; null for a step that is no task. */
  taskId: string | null;
  assignee: string | null;
  dueAt: string | null;
}

/** A case as the case lists show it: who the client is, where the case stands, who holds it and when it is next due. */
export interface CaseListItem extends CaseSummary {
  /** The client's name, from the case's data (CASE_FIELDS.clientName); null when it holds none. */
  client: string | null;
  /** The street, town or township of the client, from the case's data (CASE_FIELDS.street). */
  street: string | null;
  /** The steps the case waits at, open tasks first. */
  steps: CaseStep[];
  /** When the case is next due: the earliest due time of its open tasks, else of the timers it waits for. */
  nextDueAt: string | null;
}

/** A task as an inbox lists it: with the name of its case's client. */
export interface TaskListItem extends Task {
  client: string | null;
}

/** The open tasks of one holder in the caller's scope, and how many of them are overdue. */
export interface TaskLoad {
  /** Who holds them; null for the tasks nobody has taken. */
  assignee: string | null;
  open: number;
  overdue: number;
}

export type { CaseEventKind };

export interface CaseEvent {
  id: number;
  kind: CaseEventKind;
  elementId: string | null;
  elementType: string | null;
  taskId: string | null;
  actor: string | null;
  at: string;
  durationMs: number | null;
  data: Record<string, unknown> | null;
}

/** A service record (服务记录): one contact with the client, as the case file lists it. */
export interface ServiceRecord {
  id: string;
  caseId: string;
  kind: ServiceRecordKind;
  /** When the contact took place. */
  occurredAt: string;
  durationMinutes: number;
  notes: string;
  recordedBy: string;
  recordedAt: string;
}

export interface CaseReferral {
  caseId: string;
  caseKey: string;
  standard: StandardRef;
  status: CaseStatus;
  /** `to`: a case this case referred to (its child); `from`: the case that referred this one. */
  direction: 'to' | 'from';
  elementId: string | null;
}

export interface Incident {
  id: string;
  caseId: string;
  elementId: string | null;
  cause: string;
  message: string;
  status: 'open' | 'resolved';
  attempts: number;
  createdAt: string;
  resolvedAt: string | null;
}

export interface CaseDetail extends CaseSummary {
  variables: Record<string, unknown>;
  parameters: Record<string, number>;
  revision: number;
  cancelReason: string | null;
  openTasks: Task[];
  timeline: CaseEvent[];
  position: { active: string[]; completed: string[]; flows: string[] };
  referrals: CaseReferral[];
  incidents: Incident[];
  /** Timers armed in the case, with their due times. */
  timers: { elementId: string; dueAt: string }[];
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface CaseFilter {
  standard?: string | undefined;
  status?: CaseStatus | 'incident' | undefined;
  overdue?: boolean | undefined;
  /** Part of the case key or of the client's name. */
  q?: string | undefined;
  /** The client's street, town or township, as the case's data names it. */
  street?: string | undefined;
  /** Cases with an open task held by this user. */
  assignee?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface TaskFilter {
  /** Platform role whose inbox this is. */
  assignTo?: CaseRole | undefined;
  status?: TaskStatus | undefined;
  /** Tasks this user holds; null: tasks nobody holds. */
  assignee?: string | null | undefined;
  caseId?: string | undefined;
  standard?: string | undefined;
  overdue?: boolean | undefined;
  limit?: number | undefined;
}
