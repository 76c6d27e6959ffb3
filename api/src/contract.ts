/**
 * @jingzhun/api/contract — the shapes the HTTP API takes and answers (docs/api.md), as TypeScript types
 * derived from the same TypeBox schemas that validate each route's request and response and describe
 * it in the OpenAPI document. The web app types its client with them, so a schema change that breaks
 * the web app fails its typecheck instead of a screen.
 *
 * Types only: every import here is `import type`, and clients import this entry with `import type`,
 * so no code of the API reaches a bundle (a test reads this file to keep it so).
 *
 * @example
 *   import type { Task, CaseFile } from '@jingzhun/api/contract';
 *   const file: CaseFile = await http.request('GET', `/cases/${id}`);
 */
import type { Static } from '@sinclair/typebox';
import type {
  AssignTaskBody,
  CaseDetailSchema,
  CaseEventSchema,
  CaseFileSchema,
  CaseListItemSchema,
  CaseListSchema,
  CasePositionSchema,
  CaseReferralSchema,
  CasesQuery as CasesQuerySchema,
  CaseStatusSchema,
  CaseStepSchema,
  CaseSummarySchema,
  CaseworkerLoadSchema,
  IncidentSchema,
  NewServiceRecordBody,
  ServiceRecordListSchema,
  ServiceRecordSchema,
  StandardRefSchema,
  StartCaseBody,
  TaskListItemSchema,
  TaskListSchema,
  TaskSchema,
  WorkloadSchema,
  WorkloadTasksQuery as WorkloadTasksQuerySchema,
} from './schemas/cases';
import type { PeopleSchema, ProblemSchema, RoleSchema, SessionSchema, UserSchema } from './schemas/common';
import type { DeployBody, DeploymentSchema, DistrictSchema, ParameterValueSchema, StreetSchema } from './schemas/districts';
import type {
  DraftCreatedSchema,
  DraftSavedSchema,
  DraftSchema,
  DraftStatusSchema,
  StandardDetailSchema,
  StandardDiffSchema,
  StandardListItem,
  StandardsQuery as StandardsQuerySchema,
  StandardStatusSchema,
  VersionSchema,
  VersionSummarySchema,
} from './schemas/standards';
import type {
  CaseOutcomeSchema,
  EarlyWarningSchema,
  ElementHeatSchema,
  FigureRowSchema,
  FigureSchema,
  GroupBySchema,
  HeatmapSchema,
  IndicatorReportItemSchema,
  IndicatorReportSchema,
  LimitsSchema,
  OccurrenceCaseSchema,
  OccurrenceCasesSchema,
  OverviewDistrictSchema,
  SimulatedSchema,
  StandardOverviewSchema,
  SupervisionOverviewSchema,
  SupervisionPeriodSchema,
  SupervisionQuerySchema,
} from './schemas/supervision';
import type {
  CloseNoticeBody,
  NoticeDetailSchema,
  NoticeEventSchema,
  NoticeFigureSchema,
  NoticeListSchema,
  NoticeSchema,
  NoticesQuery as NoticesQuerySchema,
  NoticeStatusSchema,
  ReplyNoticeBody,
  ReturnNoticeBody,
  SendNoticeBody,
} from './schemas/supervision-notices';

// Accounts
export type UserRole = Static<typeof RoleSchema>;
export type User = Static<typeof UserSchema>;
/** What `POST /auth/login` and `POST /auth/refresh` answer. */
export type LoginResponse = Static<typeof SessionSchema>;
/** Who each user id in an answer is. */
export type People = Static<typeof PeopleSchema>;

// Standards
export type Problem = Static<typeof ProblemSchema>;
export type StandardStatus = Static<typeof StandardStatusSchema>;
export type DraftStatus = Static<typeof DraftStatusSchema>;
/** A standard as `GET /standards` lists it. */
export type StandardSummary = Static<typeof StandardListItem>;
export type StandardsQuery = Static<typeof StandardsQuerySchema>;
export type StandardDraft = Static<typeof DraftSchema>;
export type DraftSaved = Static<typeof DraftSavedSchema>;
export type DraftCreated = Static<typeof DraftCreatedSchema>;
export type VersionSummary = Static<typeof VersionSummarySchema>;
/** A published version, whole. */
export type StandardVersion = Static<typeof VersionSchema>;
export type StandardDetail = Static<typeof StandardDetailSchema>;
export type StandardDiff = Static<typeof StandardDiffSchema>;

// Districts and deployments
export type District = Static<typeof DistrictSchema>;
/** A street, area office, town or township of a district (街道、地区、镇、乡). */
export type Street = Static<typeof StreetSchema>;
export type DeploymentParameter = Static<typeof ParameterValueSchema>;
export type Deployment = Static<typeof DeploymentSchema>;
/** What `POST /standards/{code}/versions/{version}/deploy` takes. */
export type DeployRequest = Static<typeof DeployBody>;

// Cases and tasks
export type StandardRef = Static<typeof StandardRefSchema>;
export type Task = Static<typeof TaskSchema>;
/** A task as an inbox lists it, with its case's client. */
export type TaskListItem = Static<typeof TaskListItemSchema>;
export type TaskList = Static<typeof TaskListSchema>;
/** The open caseworkers' tasks of a district, per caseworker. */
export type Workload = Static<typeof WorkloadSchema>;
export type CaseworkerLoad = Static<typeof CaseworkerLoadSchema>;
export type WorkloadTasksQuery = Static<typeof WorkloadTasksQuerySchema>;
/** What `POST /tasks/{id}/assign` takes. */
export type AssignTask = Static<typeof AssignTaskBody>;
export type CaseStatus = Static<typeof CaseStatusSchema>;
export type CaseSummary = Static<typeof CaseSummarySchema>;
/** A step a case waits at, as the case lists say it. */
export type CaseStep = Static<typeof CaseStepSchema>;
/** A case as `GET /cases` lists it: its client, steps, who holds them and when it is next due. */
export type CaseListItem = Static<typeof CaseListItemSchema>;
export type CaseList = Static<typeof CaseListSchema>;
export type CasesQuery = Static<typeof CasesQuerySchema>;
export type CaseEvent = Static<typeof CaseEventSchema>;
export type CasePosition = Static<typeof CasePositionSchema>;
export type CaseReferral = Static<typeof CaseReferralSchema>;
export type Incident = Static<typeof IncidentSchema>;
export type CaseDetail = Static<typeof CaseDetailSchema>;
/** A case as `GET /cases/{id}` answers it, with the people in it. */
export type CaseFile = Static<typeof CaseFileSchema>;
/** What `POST /cases` takes. */
export type StartCase = Static<typeof StartCaseBody>;
export type ServiceRecord = Static<typeof ServiceRecordSchema>;
export type ServiceRecordList = Static<typeof ServiceRecordListSchema>;
/** What `POST /cases/{id}/records` takes. */
export type NewServiceRecord = Static<typeof NewServiceRecordBody>;

// Supervision (督导评估)
export type SimulatedFilter = Static<typeof SimulatedSchema>;
export type LimitsFilter = Static<typeof LimitsSchema>;
export type FigureGroupBy = Static<typeof GroupBySchema>;
export type CaseOutcome = Static<typeof CaseOutcomeSchema>;
export type SupervisionQuery = Static<typeof SupervisionQuerySchema>;
export type SupervisionPeriod = Static<typeof SupervisionPeriodSchema>;
export type OverviewDistrict = Static<typeof OverviewDistrictSchema>;
export type StandardOverview = Static<typeof StandardOverviewSchema>;
export type SupervisionOverview = Static<typeof SupervisionOverviewSchema>;
export type Figure = Static<typeof FigureSchema>;
export type FigureRow = Static<typeof FigureRowSchema>;
export type IndicatorReportItem = Static<typeof IndicatorReportItemSchema>;
export type IndicatorReport = Static<typeof IndicatorReportSchema>;
export type OccurrenceCase = Static<typeof OccurrenceCaseSchema>;
export type OccurrenceCases = Static<typeof OccurrenceCasesSchema>;
export type EarlyWarning = Static<typeof EarlyWarningSchema>;
export type ElementHeat = Static<typeof ElementHeatSchema>;
export type Heatmap = Static<typeof HeatmapSchema>;

// 督办 notices
export type NoticeStatus = Static<typeof NoticeStatusSchema>;
export type NoticeFigure = Static<typeof NoticeFigureSchema>;
export type Notice = Static<typeof NoticeSchema>;
export type NoticeEvent = Static<typeof NoticeEventSchema>;
export type NoticeDetail = Static<typeof NoticeDetailSchema>;
export type NoticeList = Static<typeof NoticeListSchema>;
export type NoticesQuery = Static<typeof NoticesQuerySchema>;
/** What `POST /supervision/notices` takes. */
export type SendNotice = Static<typeof SendNoticeBody>;
export type ReplyNotice = Static<typeof ReplyNoticeBody>;
export type CloseNotice = Static<typeof CloseNoticeBody>;
export type ReturnNotice = Static<typeof ReturnNoticeBody>;
