/**
 * Schemas of supervision's answers (督导评估, docs/supervision.md) and the period query every
 * supervision route takes. The kinds, comparators and outcomes are the standards' and the engine's own
 * words, so the handlers (typed against these schemas) and the web app (typed from the contract) agree.
 */
import { Type } from '@sinclair/typebox';
import { Comparator, Indicator } from '@jingzhun/standards';
import { Localized, Nullable, PositiveInt } from './common';

export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const Period = Type.String({ pattern: '^\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$', maxLength: 7, description: 'a year (2026), a month (2026-06) or a quarter (2026-Q2)' });

/** Which cases count: real ones (default), simulated ones as well, or only simulated ones. */
export const SimulatedSchema = Type.Union([Type.Literal('exclude'), Type.Literal('include'), Type.Literal('only')]);
/** Judge by the limits each case ran with (its district's variant) or by the city standard's. */
export const LimitsSchema = Type.Union([Type.Literal('case'), Type.Literal('city')]);
export const GroupBySchema = Type.Union([Type.Literal('district'), Type.Literal('organisation'), Type.Literal('month'), Type.Literal('district-month')]);
export const OUTCOMES = ['met', 'breached', 'pending', 'cancelled', 'void'] as const;
export const CaseOutcomeSchema = Type.Union(OUTCOMES.map((o) => Type.Literal(o)));

/** The query every supervision route takes: a period (`period`, or `from`–`to`), and what to count. */
export const PeriodQuery = {
  period: Type.Optional(Period),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  version: Type.Optional(PositiveInt()),
  district: Type.Optional(Type.String({ maxLength: 40 })),
  organisation: Type.Optional(Type.String({ maxLength: 80 })),
  simulated: Type.Optional(SimulatedSchema),
  limits: Type.Optional(LimitsSchema),
};
export const SupervisionQuerySchema = Type.Object(PeriodQuery, { additionalProperties: false });

/** The period an answer was computed for, as the server settled it. */
export const SupervisionPeriodSchema = Type.Object({ from: Day, to: Day, simulated: SimulatedSchema, limits: LimitsSchema });

/** One figure of an indicator: what is counted, how it compares with the target, what is left out. */
export const FigureSchema = Type.Object({
  numerator: Nullable(Type.Number()),
  denominator: Nullable(Type.Number()),
  value: Nullable(Type.Number({ description: 'a percent for shares, a mean, or a count per period; null when nothing was measured' })),
  met: Nullable(Type.Boolean()),
  pending: Type.Integer(),
  breaching: Type.Integer(),
  cancelled: Type.Integer(),
  void: Type.Integer(),
});

export const FigureRowSchema = Type.Intersect([
  Type.Object({ key: Type.String({ description: 'a district code, an organisation id (empty for none), a month YYYY-MM, or district|YYYY-MM' }), label: Localized }),
  FigureSchema,
]);

export const IndicatorReportItemSchema = Type.Object({
  id: Type.String(),
  kind: Type.Index(Indicator, ['kind']),
  title: Localized,
  definition: Localized,
  cohort: Localized,
  unit: Localized,
  target: Type.Number(),
  comparator: Comparator,
  measured: Type.Boolean({ description: 'false for what is not measured yet: no figure is shown' }),
  city: FigureSchema,
  rows: Type.Array(FigureRowSchema),
});

export const IndicatorReportSchema = Type.Object({
  period: SupervisionPeriodSchema,
  standard: Type.Object({ code: Type.String(), title: Localized, version: Type.Integer(), versions: Type.Array(Type.Integer()) }),
  groupBy: Nullable(GroupBySchema),
  indicators: Type.Array(IndicatorReportItemSchema),
});

export const OccurrenceCaseSchema = Type.Object({
  caseId: Type.String(),
  caseKey: Nullable(Type.String()),
  district: Type.String(),
  organisation: Nullable(Type.String()),
  openedAt: Type.String(),
  closedAt: Nullable(Type.String()),
  deadlineAt: Nullable(Type.String()),
  outcome: CaseOutcomeSchema,
  workingDays: Nullable(Type.Number()),
  value: Nullable(Type.Number()),
  ok: Nullable(Type.Boolean()),
});

export const OccurrenceCasesSchema = Type.Object({ period: SupervisionPeriodSchema, total: Type.Integer(), items: Type.Array(OccurrenceCaseSchema) });

export const EarlyWarningSchema = Type.Object({
  caseId: Type.String(),
  caseKey: Nullable(Type.String()),
  district: Type.String(),
  organisation: Nullable(Type.String()),
  indicator: Type.String(),
  indicatorTitle: Localized,
  openedAt: Type.String(),
  deadlineAt: Type.String(),
});

export const ElementHeatSchema = Type.Object({
  elementId: Type.String(),
  name: Localized,
  entered: Type.Integer(),
  completed: Type.Integer(),
  cancelled: Type.Integer(),
  medianMs: Nullable(Type.Number()),
  p90Ms: Nullable(Type.Number()),
  late: Type.Integer(),
  lateShare: Nullable(Type.Number({ description: 'percent of the completed tasks that were late; null where none was completed' })),
});

export const HeatmapSchema = Type.Object({ period: SupervisionPeriodSchema, version: Type.Integer(), elements: Type.Array(ElementHeatSchema) });

export const OverviewDistrictSchema = Type.Object({
  district: Type.String(),
  name: Localized,
  met: Type.Integer(),
  notMet: Type.Integer(),
  pending: Type.Integer(),
  noData: Type.Integer(),
});

export const StandardOverviewSchema = Type.Object({
  code: Type.String(),
  title: Localized,
  version: Type.Integer(),
  measured: Type.Integer({ description: 'indicators with figures (conformance is not measured yet)' }),
  districts: Type.Array(OverviewDistrictSchema),
});

export const SupervisionOverviewSchema = Type.Object({ period: SupervisionPeriodSchema, items: Type.Array(StandardOverviewSchema) });
