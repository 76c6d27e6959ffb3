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

/** A step a case waits at, as the case lists say it. */
export const CaseStepSchema = Type.Object({
  elementId: Type.String(),
  /** The step's name on the diagram; null for a step drawn without one. */
  name: Nullable(Localized),
  kind: Type.Union([Type.Literal('task'), Type.Literal('timer'), Type.Literal('message'), Type.Literal('referral'), Type.Literal('other')]),
  taskId: Nullable(Type.String()),
  assignee: Nullable(Type.String({ description: 'who holds the step’s task (a user id, named in `people`)' })),
  dueAt: Nullable(Type.String()),
});

/** A case as the case lists show it: who, what and when. */
export const CaseListItemSchema = Type.Intersect([
  CaseSummarySchema,
  Type.Object({
    client: Nullable(Type.String({ description: 'the client’s name, from the case’s data (`clientName`)' })),
    street: Nullable(Type.String({ description: 'the client’s street, town or township, from the case’s data (`street`)' })),
    steps: Type.Array(CaseStepSchema, { description: 'the steps the case waits at, open tasks first' }),
    nextDueAt: Nullable(Type.String({ description: 'the earliest due time of the open tasks, else of the timers the case waits for' })),
  }),
]);

export const CaseListSchema = Type.Object({ items: Type.Array(CaseListItemSchema), nextCursor: Nullable(Type.String()), people: PeopleSchema });

/** A task as the inbox lists it: with its case's client. */
export const TaskListItemSchema = Type.Intersect([TaskSchema, Type.Object({ client: Nullable(Type.String()) })]);

export const TaskListSchema = Type.Object({ items: Type.Array(TaskListItemSchema), people: PeopleSchema });

/** One caseworker's share of a district's open tasks. */
export const CaseworkerLoadSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Localized,
  organisation: Nullable(Type.Object({ id: Type.String(), name: Localized })),
  open: Type.Integer(),
  overdue: Type.Integer(),
  account: Type.Boolean({ description: 'false: someone holding tasks who is no caseworker of the district able to sign in (they can be handed on, not to)' }),
});

/** The open caseworkers' tasks of a district: per caseworker, and those nobody has taken yet. */
export const WorkloadSchema = Type.Object({
  caseworkers: Type.Array(CaseworkerLoadSchema),
  unassigned: Type.Object({ open: Type.Integer(), overdue: Type.Integer() }),
});

export const WorkloadTasksQuery = Type.Object(
  {
    assignee: Type.String({ minLength: 1, maxLength: 80, description: 'a caseworker’s user id, or `unassigned`' }),
    overdue: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);

export const AssignTaskBody = Type.Object(
  { assignee: Type.String({ minLength: 1, maxLength: 80, description: 'the user id of the caseworker of the district who takes the task over' }) },
  { additionalProperties: false },
);

export const ServiceRecordListSchema = Type.Object({ items: Type.Array(ServiceRecordSchema), people: PeopleSchema });

const Data = DataObject();

export const StartCaseBody = Type.Object(
  {
    standard: StandardCode,
    version: Type.Optional(PositiveInt()),
    caseKey: Type.Optional(
      Type.String({ minLength: 1, maxLength: 80, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:/-]*$', description: 'the case’s number; when absent, the district’s next one (DC-2026-000123)' }),
    ),
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
    q: Type.Optional(Type.String({ maxLength: 80, description: 'part of the case’s number or of the client’s name' })),
    street: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'the client’s street, town or township, by its Chinese name' })),
    assignee: Type.Optional(Type.String({ minLength: 1, maxLength: 80, description: 'cases with an open task held by this user' })),
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
