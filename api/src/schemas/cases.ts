/**
 * Schemas of cases, tasks and service records as the API takes and returns them. They mirror the
 * engine's types: a handler's answer is typed against its route's schema (so the compiler sees a
 * drift), and the API's tests validate every response against it.
 */
import { Type } from '@sinclair/typebox';
import { CASE_EVENT_KINDS } from '@jingzhun/engine/case-event-kinds';
import { CaseRole, SERVICE_RECORD_LIMITS, ServiceRecordKindSchema, StandardCode } from '@jingzhun/standards';
import { DataObject, Localized, Nullable, PeopleSchema, PositiveInt } from './common';

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

/** What happened, one kind of entry each: a screen says each in words. */
export const CaseEventKindSchema = Type.Union(CASE_EVENT_KINDS.map((kind) => Type.Literal(kind)));

export const CaseEventSchema = Type.Object({
  id: Type.Integer(),
  kind: CaseEventKindSchema,
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

/** Where a case stands on its diagram: the elements active and done, and the flows taken. */
export const CasePositionSchema = Type.Object({ active: Type.Array(Type.String()), completed: Type.Array(Type.String()), flows: Type.Array(Type.String()) });

export const CaseReferralSchema = Type.Object({
  caseId: Type.String(),
  caseKey: Type.String(),
  standard: StandardRefSchema,
  status: CaseStatusSchema,
  direction: Type.Union([Type.Literal('to'), Type.Literal('from')], { description: 'to: a case this case referred to; from: the case that referred this one' }),
  elementId: Nullable(Type.String()),
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
    position: CasePositionSchema,
    referrals: Type.Array(CaseReferralSchema),
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

/** A case as `GET /cases/{id}` answers it: the case, and who each person in its timeline and tasks is. */
export const CaseFileSchema = Type.Intersect([CaseDetailSchema, Type.Object({ people: PeopleSchema })]);

export const CaseListSchema = Type.Object({ items: Type.Array(CaseSummarySchema), nextCursor: Nullable(Type.String()) });

export const TaskListSchema = Type.Object({ items: Type.Array(TaskSchema), people: PeopleSchema });

export const ServiceRecordListSchema = Type.Object({ items: Type.Array(ServiceRecordSchema), people: PeopleSchema });

const Data = DataObject();

export const StartCaseBody = Type.Object(
  {
    standard: StandardCode,
    version: Type.Optional(PositiveInt()),
    caseKey: Type.String({ minLength: 1, maxLength: 80, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:/-]*$' }),
    data: Data,
    district: Type.Optional(Type.String({ maxLength: 40 })),
    organisation: Type.Optional(Type.String({ maxLength: 80 })),
  },
  { additionalProperties: false },
);

export const CasesQuery = Type.Object(
  {
    standard: Type.Optional(StandardCode),
    status: Type.Optional(Type.Union([CaseStatusSchema, Type.Literal('incident')])),
    overdue: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 80 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);

/** A contact to record (服务记录). */
export const NewServiceRecordBody = Type.Object(
  {
    kind: ServiceRecordKindSchema,
    occurredAt: Type.String({ format: 'date-time', maxLength: 40, description: 'when the contact took place, with its zone: not ahead of now, not before the day the case started' }),
    durationMinutes: Type.Integer({ minimum: SERVICE_RECORD_LIMITS.durationMinutes.min, maximum: SERVICE_RECORD_LIMITS.durationMinutes.max }),
    notes: Type.Optional(Type.String({ maxLength: SERVICE_RECORD_LIMITS.notesMaxLength })),
  },
  { additionalProperties: false },
);

export const CancelCaseBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false });

export const CompleteTaskBody = Type.Object({ data: Data }, { additionalProperties: false });
