/**
 * Schemas of cases, tasks and deployments as the API returns them. They mirror the engine's types; the
 * API's tests validate every response against them, so a drift shows up as a failing test.
 */
import { Type } from '@sinclair/typebox';
import { CaseRole, ServiceRecordKindSchema } from '@jingzhun/standards';
import { Localized } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const StandardRefSchema = Type.Object({ code: Type.String(), version: Type.Integer(), title: Localized });

export const TaskSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseKey: Type.String(),
  standard: StandardRefSchema,
  elementId: Type.String(),
  name: Localized,
  role: Nullable(Type.String()),
  assignTo: Nullable(CaseRole),
  district: Type.String(),
  organisation: Nullable(Type.String()),
  assignee: Nullable(Type.String()),
  status: Type.Union([Type.Literal('open'), Type.Literal('completed'), Type.Literal('cancelled')]),
  createdAt: Type.String(),
  dueAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
  workingDaysLeft: Nullable(Type.Integer()),
  formId: Nullable(Type.String()),
  form: Nullable(Type.Record(Type.String(), Type.Unknown())),
  data: Nullable(Type.Record(Type.String(), Type.Unknown())),
  completedAt: Nullable(Type.String()),
  completedBy: Nullable(Type.String()),
});

export const CaseStatusSchema = Type.Union([Type.Literal('running'), Type.Literal('completed'), Type.Literal('cancelled')]);

export const CaseSummarySchema = Type.Object({
  id: Type.String(),
  caseKey: Type.String(),
  standard: StandardRefSchema,
  district: Type.String(),
  organisation: Nullable(Type.String()),
  status: CaseStatusSchema,
  incident: Type.Boolean(),
  overdue: Type.Boolean(),
  startedAt: Type.String(),
  endedAt: Nullable(Type.String()),
  parentCaseId: Nullable(Type.String()),
});

export const CaseEventSchema = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  elementId: Nullable(Type.String()),
  elementType: Nullable(Type.String()),
  taskId: Nullable(Type.String()),
  actor: Nullable(Type.String()),
  at: Type.String(),
  durationMs: Nullable(Type.Number()),
  data: Nullable(Type.Record(Type.String(), Type.Unknown())),
});

export const IncidentSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  elementId: Nullable(Type.String()),
  cause: Type.String(),
  message: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('resolved')]),
  attempts: Type.Integer(),
  createdAt: Type.String(),
  resolvedAt: Nullable(Type.String()),
});

export const CaseDetailSchema = Type.Intersect([
  CaseSummarySchema,
  Type.Object({
    variables: Type.Record(Type.String(), Type.Unknown()),
    parameters: Type.Record(Type.String(), Type.Number()),
    revision: Type.Integer(),
    cancelReason: Nullable(Type.String()),
    openTasks: Type.Array(TaskSchema),
    timeline: Type.Array(CaseEventSchema),
    position: Type.Object({ active: Type.Array(Type.String()), completed: Type.Array(Type.String()), flows: Type.Array(Type.String()) }),
    referrals: Type.Array(
      Type.Object({
        caseId: Type.String(),
        caseKey: Type.String(),
        standard: StandardRefSchema,
        status: CaseStatusSchema,
        direction: Type.Union([Type.Literal('to'), Type.Literal('from')]),
        elementId: Nullable(Type.String()),
      }),
    ),
    incidents: Type.Array(IncidentSchema),
    timers: Type.Array(Type.Object({ elementId: Type.String(), dueAt: Type.String() })),
  }),
]);

/** A service record (服务记录) as the case file lists it. */
export const ServiceRecordSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  kind: ServiceRecordKindSchema,
  occurredAt: Type.String(),
  durationMinutes: Type.Integer(),
  notes: Type.String(),
  recordedBy: Type.String(),
  recordedAt: Type.String(),
});

export const ParameterValueSchema = Type.Object({
  id: Type.String(),
  title: Localized,
  kind: Type.String(),
  unit: Type.Optional(Type.String()),
  default: Type.Number(),
  min: Type.Number(),
  max: Type.Number(),
  tighter: Type.Union([Type.Literal('lower'), Type.Literal('higher')]),
  value: Type.Number(),
});

export const DeploymentSchema = Type.Object({
  code: Type.String(),
  district: Type.String(),
  version: Type.Integer(),
  title: Localized,
  deployedAt: Type.String(),
  deployedBy: Type.String(),
  variant: Type.Record(Type.String(), Type.Number()),
  parameters: Type.Array(ParameterValueSchema),
});
