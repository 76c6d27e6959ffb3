/**
 * The shapes the HTTP API answers with (docs/api.md). Types of the standard itself come from
 * `@jingzhun/standards`, type-only: the editor never runs code of another workspace.
 */
import type { People } from '../shell/format';
import type { LocalizedText, Problem, ServiceRecordKind, ServiceStandard, StandardVersion } from '@jingzhun/standards';

export type { LocalizedText, Problem, ServiceRecordKind, ServiceStandard, StandardVersion };

/** The account roles of docs/api.md; `professional_supervisor` is a district's or organisation's 机构督导. */
export type UserRole = 'admin' | 'standards_officer' | 'reviewer' | 'district_operator' | 'caseworker' | 'professional_supervisor' | 'supervisor';

export interface User {
  id: string;
  username: string;
  /** Either one name, or the name in both languages. */
  displayName: string | LocalizedText;
  role: UserRole;
  /** A district code such as `dongcheng`, or null for city-wide users. */
  district: string | null;
  organisation: string | null;
}

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: User;
}

export type StandardStatus = 'draft' | 'in_review' | 'published' | 'rejected' | 'retired';

export interface StandardSummary {
  code: string;
  title: LocalizedText;
  status: StandardStatus;
  latestVersion: number | null;
  updatedAt: string;
  deployedDistricts: string[];
}

export interface StandardDraft {
  standard: ServiceStandard;
  revision: number;
  status: StandardStatus;
  author: string;
  updatedAt: string;
  problems: Problem[];
  reviewComment?: string | null;
}

export interface VersionSummary {
  version: number;
  hash: string;
  status: 'published' | 'retired';
  publishedAt: string;
  author: string;
  approver: string;
  changelog?: string | null;
}

export interface StandardDetail {
  code: string;
  title: LocalizedText;
  draft: StandardDraft | null;
  versions: VersionSummary[];
  deployments: { district: string; version: number; deployedAt?: string }[];
  /** The review record: submitted, approved, rejected, … with the reviewer's comment. */
  history?: { action: string; version: number | null; actor: string; comment: string | null; at: string }[];
  /** Who each user id above is. */
  people?: People;
}

export interface StandardsQuery {
  q?: string;
  status?: string;
  population?: string;
  district?: string;
}

export interface DiffResponse {
  /** The semantic diff computed by the standards workspace; rendered generically by the review page. */
  diff: Record<string, unknown>;
  fromXml: string;
  toXml: string;
}

export interface District {
  code: string;
  name: LocalizedText;
}

export interface DeploymentParameter {
  id: string;
  title: LocalizedText;
  kind: 'duration' | 'count' | 'number';
  unit?: string;
  default: number;
  min: number;
  max: number;
  tighter: 'lower' | 'higher';
  /** The district's chosen value; equals the default when it has no variant. */
  value: number;
}

export interface Deployment {
  code: string;
  version: number;
  title: LocalizedText;
  parameters: DeploymentParameter[];
}

export interface TaskRef {
  code: string;
  version: number;
  title: LocalizedText;
}

export interface Task {
  id: string;
  caseId: string;
  caseKey: string;
  standard: TaskRef;
  elementId: string;
  name: LocalizedText;
  role: string;
  assignTo: string;
  district: string;
  organisation: string | null;
  assignee: string | null;
  status: string;
  createdAt: string;
  dueAt: string | null;
  overdue: boolean;
  workingDaysLeft: number | null;
  formId: string | null;
  form: Record<string, unknown> | null;
}

export interface CaseEvent {
  kind: string;
  at?: string;
  time?: string;
  elementId?: string | null;
  actor?: string | null;
  [key: string]: unknown;
}

export interface CasePosition {
  active: string[];
  completed: string[];
  flows: string[];
}

export interface Referral {
  caseId: string;
  standard: string | TaskRef;
  status: string;
}

export interface CaseFile {
  id: string;
  caseKey: string;
  standard: TaskRef;
  district: string;
  organisation: string | null;
  status: string;
  startedAt: string;
  endedAt: string | null;
  variables: Record<string, unknown>;
  openTasks: Task[];
  timeline: CaseEvent[];
  position: CasePosition;
  referrals: Referral[];
  parent: string | { caseId: string } | null;
  /** Who each user id in the timeline and tasks is. */
  people?: People;
}

/** A service record (服务记录): one contact with the client, as `GET /cases/{id}/records` lists it. */
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

/** What `POST /cases/{id}/records` takes. */
export interface NewServiceRecord {
  kind: ServiceRecordKind;
  /** A date-time with its zone. */
  occurredAt: string;
  durationMinutes: number;
  notes?: string;
}

export interface CaseSummary {
  id: string;
  caseKey: string;
  standard: TaskRef;
  status: string;
  startedAt: string;
  [key: string]: unknown;
}
