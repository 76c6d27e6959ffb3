/**
 * Schemas of 督办 notices as the API takes and returns them. Bounds come from the engine's
 * `NOTICE_LIMITS` and the standards' own schemas (comparator, indicator id), so they cannot drift.
 */
import { Type } from '@sinclair/typebox';
import { NOTICE_LIMITS, NOTICE_STATUSES } from '@jingzhun/engine/notice-limits';
import { Comparator, Identifier, StandardCode } from '@jingzhun/standards';
import { Localized, Nullable, PeopleSchema, PositiveInt } from './common';
import { StandardRefSchema } from './cases';

const BeijingDate = Type.String({ format: 'date', maxLength: 10, description: 'a Beijing calendar day, YYYY-MM-DD' });

export const NoticeStatusSchema = Type.Union(NOTICE_STATUSES.map((s) => Type.Literal(s)));

/** The figure as the supervisor saw it on the indicator page. */
export const NoticeFigureSchema = Type.Object(
  {
    value: Nullable(Type.Number({ description: 'the measured value; null when nothing was measured' })),
    target: Type.Number(),
    comparator: Comparator,
    numerator: Type.Number({ minimum: 0 }),
    denominator: Type.Number({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const NoticePeriodSchema = Type.Object({ from: BeijingDate, to: BeijingDate }, { additionalProperties: false, description: 'inclusive' });

const text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const SendNoticeBody = Type.Object(
  {
    district: Type.String({ minLength: 1, maxLength: 40 }),
    standard: StandardCode,
    // The standards' rule for an indicator's id, with the length it implies stated for the bounds.
    indicator: Type.String({ pattern: Identifier.pattern, maxLength: 64 }),
    period: NoticePeriodSchema,
    figure: NoticeFigureSchema,
    message: text(NOTICE_LIMITS.message),
    dueWorkingDays: Type.Integer({ minimum: NOTICE_LIMITS.dueWorkingDays.min, maximum: NOTICE_LIMITS.dueWorkingDays.max }),
  },
  { additionalProperties: false },
);

/** The revision the caller read: when the notice changed since, nothing is written (409 NOTICE_CONFLICT). */
const Revision = Type.Optional(PositiveInt());

export const ReplyNoticeBody = Type.Object(
  { findings: text(NOTICE_LIMITS.findings), actions: text(NOTICE_LIMITS.actions), revision: Revision },
  { additionalProperties: false },
);

export const CloseNoticeBody = Type.Object({ message: Type.Optional(text(NOTICE_LIMITS.message)), revision: Revision }, { additionalProperties: false });

export const ReturnNoticeBody = Type.Object({ message: text(NOTICE_LIMITS.message), revision: Revision }, { additionalProperties: false });

export const NoticeSchema = Type.Object({
  id: Type.String(),
  district: Type.String(),
  standard: StandardRefSchema,
  indicator: Type.Object({ id: Type.String(), title: Nullable(Localized) }),
  period: NoticePeriodSchema,
  figure: NoticeFigureSchema,
  message: Type.String(),
  dueWorkingDays: Type.Integer(),
  dueAt: Type.String(),
  status: NoticeStatusSchema,
  overdue: Type.Boolean({ description: 'waiting for the district past its due time' }),
  workingDaysLeft: Nullable(Type.Integer({ description: 'working days to the due day, negative past it; null once closed' })),
  returns: Type.Integer({ minimum: 0 }),
  revision: Type.Integer({ minimum: 1 }),
  createdBy: Type.String(),
  createdAt: Type.String(),
  repliedAt: Nullable(Type.String()),
  closedBy: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
});

export const NoticeEventSchema = Type.Object({
  id: Type.Integer(),
  kind: Type.Union([Type.Literal('sent'), Type.Literal('replied'), Type.Literal('returned'), Type.Literal('closed')]),
  actor: Type.String(),
  at: Type.String(),
  message: Nullable(Type.String()),
  findings: Nullable(Type.String()),
  actions: Nullable(Type.String()),
  late: Nullable(Type.Boolean()),
});

/** One notice as the API answers it: with its thread, and who each person in it is. */
export const NoticeDetailSchema = Type.Intersect([NoticeSchema, Type.Object({ thread: Type.Array(NoticeEventSchema), people: PeopleSchema })]);

export const NoticeListSchema = Type.Object({ items: Type.Array(NoticeSchema), nextCursor: Nullable(Type.String()), people: PeopleSchema });

export const NoticesQuery = Type.Object(
  {
    district: Type.Optional(Type.String({ maxLength: 40 })),
    status: Type.Optional(NoticeStatusSchema),
    standard: Type.Optional(StandardCode),
    overdue: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
