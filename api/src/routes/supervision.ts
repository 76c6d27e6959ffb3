/**
 * Supervision over HTTP (docs/supervision.md): the standards' indicators per district, organisation
 * or month, the cases behind a figure, early warnings and the heatmap of a diagram — each also as CSV
 * and XLSX. A city supervisor sees every district; a district's users their district beside the
 * city-wide figure; an organisation's users their organisation.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { CaseOutcome, PeriodFilter, Runtime } from '@jingzhun/engine';
import { beijingDate, findDistrict, StandardCode } from '@jingzhun/standards';
import { scopeOf, type User } from '../accounts/roles';
import { HttpError } from '../http/errors';
import type { Language } from '../http/language';
import type { ApiRoutes } from '../http/route';
import type { Table, TableColumn } from '../http/table-export';
import {
  CaseOutcomeSchema,
  EarlyWarningSchema,
  FigureSchema,
  GroupBySchema,
  HeatmapSchema,
  IndicatorReportSchema,
  OccurrenceCasesSchema,
  PeriodQuery,
  SupervisionOverviewSchema,
  SupervisionQuerySchema,
} from '../schemas/supervision';

type PeriodQueryValue = Static<typeof SupervisionQuerySchema>;

const CodeParams = Type.Object({ code: StandardCode }, { additionalProperties: false });
const IndicatorParams = Type.Object({ code: StandardCode, indicator: Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$', maxLength: 64 }) }, { additionalProperties: false });

const DAY_MS = 86_400_000;

/** The days of a period: a year, a month, a quarter, or `from`–`to`; by default this year so far (Beijing). */
export function periodDays(query: { period?: string | undefined; from?: string | undefined; to?: string | undefined }, now: Date): { from: string; to: string } {
  const today = beijingDate(now);
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  if (query.period) {
    const year = Number(query.period.slice(0, 4));
    const quarter = /Q(\d)$/.exec(query.period)?.[1];
    if (quarter) {
      const first = (Number(quarter) - 1) * 3 + 1;
      return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: lastDay(year, first + 2) };
    }
    if (query.period.length === 7) return { from: `${query.period}-01`, to: lastDay(year, Number(query.period.slice(5, 7))) };
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (Number.isNaN(Date.parse(`${from}T00:00:00Z`)) || Number.isNaN(Date.parse(`${to}T00:00:00Z`)) || to < from) {
    throw new HttpError('BAD_REQUEST', { zh: '统计期的起止日期不正确', en: 'the period’s first and last days are wrong' }, [{ pointer: '/to', message: { zh: `${from}…${to}`, en: `${from}…${to}` } }]);
  }
  if ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS > 3 * 366) {
    throw new HttpError('BAD_REQUEST', { zh: '统计期不能超过三年', en: 'a period may span three years at most' }, [{ pointer: '/to', message: { zh: '至多在起始日期之后三年', en: 'at most three years after from' } }]);
  }
  return { from, to };
}

/** Who may read supervision: city roles, a district's operators, and the users of an organisation. */
function scopeFor(user: User) {
  if (user.role === 'caseworker' && !user.organisation) {
    throw new HttpError('FORBIDDEN', { zh: '督导评估数据只对督导、区级经办人员和承接机构开放', en: 'supervision is for supervisors, district operators and contracted organisations' });
  }
  return scopeOf(user);
}

function filterOf(query: PeriodQueryValue, now: Date): PeriodFilter {
  const days = periodDays(query, now);
  if (query.district !== undefined && !findDistrict(query.district)) {
    throw new HttpError('BAD_REQUEST', { zh: `没有这个区：${query.district}`, en: `no such district: ${query.district}` }, [{ pointer: '/district', message: { zh: `没有这个区：${query.district}`, en: `no such district: ${query.district}` } }]);
  }
  return {
    ...days,
    version: query.version,
    district: query.district,
    organisation: query.organisation,
    simulated: query.simulated ?? 'exclude',
    limits: query.limits ?? 'case',
  };
}

const periodOf = (filter: PeriodFilter) => ({ from: filter.from, to: filter.to, simulated: filter.simulated, limits: filter.limits });

const text = (zh: string, en = zh) => ({ zh, en });
const col = (key: string, zh: string, en: string, type?: TableColumn['type']): TableColumn => ({ key, title: { zh, en }, ...(type ? { type } : {}) });
const OUTCOME_WORDS: Record<CaseOutcome, { zh: string; en: string }> = {
  met: text('达标', 'Met'),
  breached: text('未达标', 'Breached'),
  pending: text('待定', 'Pending'),
  cancelled: text('已撤销', 'Cancelled'),
  void: text('不适用', 'Not applicable'),
};
const districtName = (code: string, lang: Language) => findDistrict(code)?.name[lang] ?? code;

export function supervisionRoutes(api: ApiRoutes, runtime: Runtime): void {
  const now = () => runtime.resources.clock.now();

  api.add({
    method: 'get',
    path: '/supervision/standards',
    summary: 'Every deployed standard with, per district, how many of its indicators are met, not met and pending in the period',
    tags: ['supervision'],
    permission: 'supervision.read',
    query: SupervisionQuerySchema,
    response: SupervisionOverviewSchema,
    handler: async ({ query, user }) => {
      const filter = filterOf(query, now());
      const items = await runtime.supervision.overview(filter, scopeFor(user));
      return {
        period: periodOf(filter),
        items: items.map((s) => ({ ...s, districts: s.districts.map((d) => ({ ...d, name: findDistrict(d.district)?.name ?? text(d.district) })) })),
      };
    },
    exportTables: (answer, { lang }) => [
      {
        name: text('标准执行概况', 'Standards overview'),
        columns: [col('standard', '服务标准', 'Standard'), col('district', '区', 'District'), col('met', '达标指标数', 'Indicators met', 'number'), col('notMet', '未达标指标数', 'Not met', 'number'), col('pending', '待定', 'Pending', 'number'), col('noData', '无数据', 'No data', 'number')],
        rows: (answer?.items ?? []).flatMap((s) => s.districts.map((d) => ({ standard: s.title[lang], district: d.name[lang], met: d.met, notMet: d.notMet, pending: d.pending, noData: d.noData }))),
      },
    ],
  });

  api.add({
    method: 'get',
    path: '/supervision/standards/:code/indicators',
    summary: 'Every indicator of a standard in the period, per district, organisation or month, beside the city-wide figure',
    tags: ['supervision'],
    permission: 'supervision.read',
    params: CodeParams,
    query: Type.Object(
      { ...PeriodQuery, groupBy: Type.Optional(GroupBySchema) },
      { additionalProperties: false },
    ),
    response: IndicatorReportSchema,
    handler: async ({ params, query, user }) => {
      const filter = filterOf(query, now());
      const report = await runtime.supervision.indicators(params.code, { ...filter, groupBy: query.groupBy }, scopeFor(user));
      return { period: periodOf(filter), groupBy: query.groupBy ?? null, ...report };
    },
    exportTables: (answer, { lang }) => {
      if (!answer) return [];
      const figureColumns = [
        col('value', '数值', 'Value', 'number'),
        col('target', '目标', 'Target'),
        col('met', '是否达标', 'Met', 'boolean'),
        col('numerator', '分子', 'Numerator', 'number'),
        col('denominator', '分母', 'Denominator', 'number'),
        col('pending', '待定', 'Pending', 'number'),
        col('breaching', '超时未完成', 'Past the limit', 'number'),
        col('cancelled', '已撤销', 'Cancelled', 'number'),
        col('void', '不适用', 'Not applicable', 'number'),
      ];
      const figure = (i: (typeof answer.indicators)[number], f: Static<typeof FigureSchema>) => ({
        indicator: i.title[lang],
        value: i.measured ? f.value : null,
        target: `${i.comparator} ${i.target}`,
        met: f.met,
        numerator: f.numerator,
        denominator: f.denominator,
        pending: f.pending,
        breaching: f.breaching,
        cancelled: f.cancelled,
        void: f.void,
      });
      const tables: Table[] = [
        {
          name: text('全市', 'City'),
          columns: [col('indicator', '指标', 'Indicator'), ...figureColumns, col('definition', '定义', 'Definition'), col('cohort', '计算口径', 'Cohort')],
          rows: answer.indicators.map((i) => ({ ...figure(i, i.city), definition: i.definition[lang], cohort: i.cohort[lang] })),
        },
      ];
      if (answer.groupBy) {
        const by = { district: text('区', 'District'), organisation: text('承接机构', 'Organisation'), month: text('月份', 'Month'), 'district-month': text('区和月份', 'District and month') }[answer.groupBy];
        tables.push({
          name: text(`按${by.zh}`, `By ${by.en.toLowerCase()}`),
          columns: [col('indicator', '指标', 'Indicator'), col('group', by.zh, by.en), ...figureColumns],
          rows: answer.indicators.flatMap((i) => i.rows.map((r) => ({ ...figure(i, r), group: r.label[lang] }))),
        });
      }
      return tables;
    },
    exportFilename: (answer) => ({
      zh: `督导指标-${answer?.standard.code ?? ''}-${answer?.period.from ?? ''}至${answer?.period.to ?? ''}`,
      en: `indicators-${answer?.standard.code ?? ''}-${answer?.period.from ?? ''}-${answer?.period.to ?? ''}`,
    }),
  });

  api.add({
    method: 'get',
    path: '/supervision/standards/:code/indicators/:indicator/cases',
    summary: 'The cases behind an indicator’s figure: met, breached, pending, cancelled or not applicable',
    tags: ['supervision'],
    permission: 'supervision.read',
    params: IndicatorParams,
    query: Type.Object(
      {
        ...PeriodQuery,
        outcome: Type.Optional(CaseOutcomeSchema),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
      },
      { additionalProperties: false },
    ),
    response: OccurrenceCasesSchema,
    handler: async ({ params, query, user }) => {
      const filter = filterOf(query, now());
      const page = await runtime.supervision.cases(params.code, params.indicator, { ...filter, outcome: query.outcome }, scopeFor(user), {
        limit: query.limit ?? 100,
        offset: query.offset ?? 0,
      });
      return { period: periodOf(filter), ...page };
    },
    exportTables: (answer, { lang }) => [
      {
        name: text('个案明细', 'Cases'),
        columns: [
          col('caseKey', '个案编号', 'Case number'),
          col('district', '区', 'District'),
          col('organisation', '承接机构', 'Organisation'),
          col('outcome', '结果', 'Outcome'),
          col('openedAt', '起算时间', 'From', 'datetime'),
          col('closedAt', '完成时间', 'Done', 'datetime'),
          col('deadlineAt', '截止时间', 'Deadline', 'datetime'),
          col('workingDays', '用时（工作日）', 'Working days', 'number'),
        ],
        rows: (answer?.items ?? []).map((c) => ({ ...c, district: districtName(c.district, lang), outcome: OUTCOME_WORDS[c.outcome][lang] })),
      },
    ],
  });

  api.add({
    method: 'get',
    path: '/supervision/standards/:code/warnings',
    summary: 'Early warnings (预警): cases whose limit falls within the next two working days',
    tags: ['supervision'],
    permission: 'supervision.read',
    params: CodeParams,
    query: SupervisionQuerySchema,
    response: Type.Object({ items: Type.Array(EarlyWarningSchema) }),
    handler: async ({ params, query, user }) => {
      const scope = scopeFor(user);
      const filter = filterOf(query, now());
      const [warnings, report] = await Promise.all([runtime.supervision.warnings(params.code, filter, scope), runtime.supervision.indicators(params.code, filter, scope)]);
      const titles = new Map(report.indicators.map((i) => [i.id, i.title]));
      return { items: warnings.map((w) => ({ ...w, indicatorTitle: titles.get(w.indicator) ?? text(w.indicator) })) };
    },
    exportTables: (answer, { lang }) => [
      {
        name: text('预警', 'Early warnings'),
        columns: [col('caseKey', '个案编号', 'Case number'), col('district', '区', 'District'), col('indicator', '指标', 'Indicator'), col('openedAt', '起算时间', 'From', 'datetime'), col('deadlineAt', '截止时间', 'Deadline', 'datetime')],
        rows: (answer?.items ?? []).map((w) => ({ ...w, district: districtName(w.district, lang), indicator: w.indicatorTitle[lang] })),
      },
    ],
  });

  api.add({
    method: 'get',
    path: '/supervision/standards/:code/heatmap',
    summary: 'Per element of a version’s diagram: entered, completed, cancelled, median and p90 duration, late tasks',
    tags: ['supervision'],
    permission: 'supervision.read',
    params: CodeParams,
    query: SupervisionQuerySchema,
    response: HeatmapSchema,
    handler: async ({ params, query, user }) => {
      const filter = filterOf(query, now());
      return { period: periodOf(filter), ...(await runtime.supervision.heatmap(params.code, filter, scopeFor(user))) };
    },
    exportTables: (answer, { lang }) => [
      {
        name: text('流程热力', 'Heatmap'),
        columns: [
          col('name', '环节', 'Step'),
          col('entered', '进入', 'Entered', 'number'),
          col('completed', '完成', 'Completed', 'number'),
          col('cancelled', '取消', 'Cancelled', 'number'),
          col('medianHours', '用时中位数（小时）', 'Median (hours)', 'number'),
          col('p90Hours', '用时90分位（小时）', 'p90 (hours)', 'number'),
          col('late', '超时任务', 'Late tasks', 'number'),
          col('lateShare', '超时比例', 'Late share', 'percent'),
        ],
        rows: (answer?.elements ?? []).map((e) => ({
          ...e,
          name: e.name[lang],
          medianHours: e.medianMs === null ? null : Math.round(e.medianMs / 36_000) / 100,
          p90Hours: e.p90Ms === null ? null : Math.round(e.p90Ms / 36_000) / 100,
        })),
      },
    ],
  });
}
