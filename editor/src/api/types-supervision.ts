/**
 * The shapes of supervision's answers (督导评估 and 督办, docs/api.md), written by hand from the API's
 * contract until they are generated from its OpenAPI document.
 */
import type { People } from '../shell/format';
import type { LocalizedText } from '@jingzhun/standards';

export type SimulatedFilter = 'exclude' | 'include' | 'only';
export type LimitsFilter = 'case' | 'city';
export type FigureGroupBy = 'district' | 'organisation' | 'month' | 'district-month';
export type CaseOutcome = 'met' | 'breached' | 'pending' | 'cancelled' | 'void';
export type NoticeComparator = '>=' | '<=' | '>' | '<' | '=';

/** The query every supervision route takes: a period (`period`, or `from`–`to`), and what to count. */
export interface SupervisionQuery {
  /** `2026`, `2026-Q2` or `2026-06`. */
  period?: string;
  /** Beijing days, inclusive. */
  from?: string;
  to?: string;
  version?: number;
  district?: string;
  organisation?: string;
  simulated?: SimulatedFilter;
  limits?: LimitsFilter;
}

/** The period an answer was computed for, as the server settled it. */
export interface SupervisionPeriod {
  from: string;
  to: string;
  simulated: SimulatedFilter;
  limits: LimitsFilter;
}

export interface OverviewDistrict {
  district: string;
  name: LocalizedText;
  met: number;
  notMet: number;
  pending: number;
  noData: number;
}

export interface StandardOverview {
  code: string;
  title: LocalizedText;
  version: number;
  /** Indicators with figures (conformance is not measured yet). */
  measured: number;
  districts: OverviewDistrict[];
}

export interface SupervisionOverview {
  period: SupervisionPeriod;
  items: StandardOverview[];
}

/** One figure of an indicator: what is counted, how it compares with the target, what is left out. */
export interface Figure {
  numerator: number | null;
  denominator: number | null;
  /** A percent for shares, a mean, or a count per period; null when nothing was measured. */
  value: number | null;
  met: boolean | null;
  pending: number;
  breaching: number;
  cancelled: number;
  void: number;
}

export interface FigureRow extends Figure {
  /** A district code, an organisation id ('' for none), a month `YYYY-MM`, or `district|YYYY-MM`. */
  key: string;
  label: LocalizedText;
}

export interface IndicatorReportItem {
  id: string;
  kind: 'duration' | 'recurrence' | 'completion' | 'field' | 'count' | 'conformance';
  title: LocalizedText;
  /** The indicator in one plain sentence. */
  definition: LocalizedText;
  /** Which cases count, what is pending, what is left out. */
  cohort: LocalizedText;
  /** 百分比 / percent, 平均值 / mean, 次/月 / per month … */
  unit: LocalizedText;
  target: number;
  comparator: NoticeComparator;
  /** False for what is not measured yet: never show a number. */
  measured: boolean;
  city: Figure;
  rows: FigureRow[];
}

export interface IndicatorReport {
  period: SupervisionPeriod;
  standard: { code: string; title: LocalizedText; version: number; versions: number[] };
  groupBy: FigureGroupBy | null;
  indicators: IndicatorReportItem[];
}

export interface OccurrenceCase {
  caseId: string;
  caseKey: string | null;
  district: string;
  organisation: string | null;
  openedAt: string;
  closedAt: string | null;
  deadlineAt: string | null;
  outcome: CaseOutcome;
  workingDays: number | null;
  value: number | null;
  ok: boolean | null;
}

export interface OccurrenceCases {
  period: SupervisionPeriod;
  total: number;
  items: OccurrenceCase[];
}

export interface EarlyWarning {
  caseId: string;
  caseKey: string | null;
  district: string;
  organisation: string | null;
  indicator: string;
  indicatorTitle: LocalizedText;
  openedAt: string;
  deadlineAt: string;
}

export interface ElementHeat {
  elementId: string;
  name: LocalizedText;
  entered: number;
  completed: number;
  cancelled: number;
  medianMs: number | null;
  p90Ms: number | null;
  late: number;
  /** Percent of the tasks completed that were late; null where no task was completed. */
  lateShare: number | null;
}

export interface Heatmap {
  period: SupervisionPeriod;
  version: number;
  elements: ElementHeat[];
}

// 督办 notices

export type NoticeStatus = 'open' | 'replied' | 'closed';

export interface NoticeFigure {
  value: number | null;
  target: number;
  comparator: NoticeComparator;
  numerator: number;
  denominator: number;
}

export interface Notice {
  id: string;
  district: string;
  standard: { code: string; version: number; title: LocalizedText };
  indicator: { id: string; title: LocalizedText | null };
  period: { from: string; to: string };
  figure: NoticeFigure;
  message: string;
  dueWorkingDays: number;
  dueAt: string;
  status: NoticeStatus;
  overdue: boolean;
  workingDaysLeft: number | null;
  returns: number;
  revision: number;
  createdBy: string;
  createdAt: string;
  repliedAt: string | null;
  closedBy: string | null;
  closedAt: string | null;
}

export interface NoticeEvent {
  id: number;
  kind: 'sent' | 'replied' | 'returned' | 'closed';
  actor: string;
  at: string;
  message: string | null;
  findings: string | null;
  actions: string | null;
  late: boolean | null;
}

export interface NoticeDetail extends Notice {
  thread: NoticeEvent[];
  people: People;
}

export interface NoticeList {
  items: Notice[];
  nextCursor: string | null;
  people: People;
}

export interface NoticesQuery {
  district?: string;
  status?: NoticeStatus;
  standard?: string;
  overdue?: boolean;
  cursor?: string;
  limit?: number;
}

export interface SendNotice {
  district: string;
  standard: string;
  indicator: string;
  period: { from: string; to: string };
  figure: NoticeFigure;
  message: string;
  dueWorkingDays: number;
}

/** A table the API answered as a file, with the name it gave it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}
