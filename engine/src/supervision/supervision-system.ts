/**
 * What supervisors read: for a standard and a period, every indicator's figure per district,
 * organisation or month beside the city-wide one, the cases behind any figure, the early warnings,
 * the time spent per element of the diagram, and an overview of every deployed standard. Always
 * within the caller's scope: a district's users see their district (and the city-wide figure), an
 * organisation's users their organisation.
 *
 * @example
 *   const report = await runtime.supervision.indicators('BJ-SW-ELDER', { from: '2026-01-01', to: '2026-06-30', groupBy: 'district', simulated: 'exclude', limits: 'case' }, {});
 */
import { addWorkingDaysAt, describeIndicator, DISTRICTS, type Indicator, type LocalizedText } from '@jingzhun/standards';
import type { Queryable } from '../store';
import type { DeploymentSystem } from '../runtime/deployment-system';
import type { RuntimeResources, Scope } from '../runtime/types';
import type { VersionSystem } from '../runtime/version-system';
import { processNames } from '../bpmn/process-model';
import { VersionNotFoundError } from '../errors';
import { beijingMidnight, indicatorFigures, type Figure, type FigureFilter, type GroupBy, type SimulatedFilter } from './indicator-figures';
import { syncWorkingCalendar } from './working-calendar';
import { rebuildMissingIndicatorFacts } from './rebuild-facts';

/** Marks, in app_meta, that the facts of the history before them were built from the event log. */
const FACTS_BUILT = 'indicator_facts_built';

export interface PeriodFilter {
  from: string;
  to: string;
  version?: number | undefined;
  district?: string | undefined;
  organisation?: string | undefined;
  simulated: SimulatedFilter;
  limits: 'case' | 'city';
}

export interface IndicatorReportRow extends Figure {
  key: string;
  label: LocalizedText;
}

export interface IndicatorReport {
  standard: { code: string; title: LocalizedText; version: number; versions: number[] };
  indicators: Array<{
    id: string;
    kind: Indicator['kind'];
    title: LocalizedText;
    definition: LocalizedText;
    cohort: LocalizedText;
    unit: LocalizedText;
    target: number;
    comparator: Indicator['comparator'];
    measured: boolean;
    /** The figure over everything the caller may compare with: the city for a district's users. */
    city: Figure;
    rows: IndicatorReportRow[];
  }>;
}

export type CaseOutcome = 'met' | 'breached' | 'pending' | 'cancelled' | 'void';

export interface OccurrenceCase {
  caseId: string;
  caseKey: string | null;
  district: string;
  organisation: string | null;
  openedAt: string;
  closedAt: string | null;
  deadlineAt: string | null;
  outcome: CaseOutcome;
  /** Working days from the opening to the closing (or to now, while open). */
  workingDays: number | null;
  value: number | null;
  ok: boolean | null;
}

export interface EarlyWarning {
  caseId: string;
  caseKey: string | null;
  district: string;
  organisation: string | null;
  indicator: string;
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
  /** Tasks completed after their SLA, and their share of the tasks completed. */
  late: number;
  lateShare: number | null;
}

export interface StandardOverview {
  code: string;
  title: LocalizedText;
  version: number;
  measured: number;
  districts: Array<{ district: string; met: number; notMet: number; pending: number; noData: number }>;
}

const BEIJING_DAY = (column: string) => `((${column} AT TIME ZONE 'UTC') + interval '8 hours')::date`;
const NO_ORGANISATION: LocalizedText = { zh: '区属社工（无承接机构）', en: 'District staff (no organisation)' };

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export class SupervisionSystem {
  private calendar: Promise<void> | undefined;

  constructor(
    private readonly resources: RuntimeResources,
    private readonly versions: VersionSystem,
    private readonly deployments: DeploymentSystem,
  ) {}

  private get store(): Queryable {
    return this.resources.store;
  }

  /** The filter within the scope: a district's or an organisation's users never leave theirs. */
  private scoped(filter: PeriodFilter, scope: Scope): PeriodFilter {
    return { ...filter, district: scope.district ?? filter.district, organisation: scope.organisation ?? filter.organisation };
  }

  /** The version whose indicators are shown: the one asked for, else the newest deployed in the scope. */
  private async versionOf(code: string, version: number | undefined, scope: Scope): Promise<{ version: number; versions: number[] }> {
    const deployed = await this.deployments.list({ code, district: scope.district });
    const versions = [...new Set(deployed.map((d) => d.version))].sort((a, b) => a - b);
    if (!versions.length) throw new VersionNotFoundError(code, version ?? 0);
    if (version !== undefined && !versions.includes(version)) {
      await this.versions.get(code, version); // a version never deployed in the scope still has figures: must exist
    }
    return { version: version ?? versions[versions.length - 1]!, versions };
  }

  async indicators(code: string, filter: PeriodFilter & { groupBy?: GroupBy | undefined }, scope: Scope): Promise<IndicatorReport> {
    const now = this.resources.clock.now();
    const { version, versions } = await this.versionOf(code, filter.version, scope);
    const { version: standardVersion, model } = await this.versions.compiled(code, version);
    const standard = standardVersion.standard;
    const inScope = this.scoped(filter, scope);
    const figureFilter: FigureFilter = { code, ...inScope, groupBy: filter.groupBy, now };
    // Beside a district's own rows, the figure of the whole city (an organisation's users: their organisation).
    const cityFilter: FigureFilter = { code, ...filter, district: scope.district ? undefined : inScope.district, organisation: inScope.organisation, groupBy: undefined, now };
    const [rows, city, names] = await Promise.all([
      indicatorFigures(this.store, standard.indicators, figureFilter),
      indicatorFigures(this.store, standard.indicators, cityFilter),
      filter.groupBy === 'organisation' ? this.organisationNames() : Promise.resolve(new Map<string, LocalizedText>()),
    ]);
    const districtName = (code: string): LocalizedText => DISTRICTS.find((d) => d.code === code)?.name ?? { zh: code, en: code };
    const label = (key: string): LocalizedText => {
      if (filter.groupBy === 'district') return districtName(key);
      if (filter.groupBy === 'district-month') {
        const [district = '', month = ''] = key.split('|');
        const name = districtName(district);
        return { zh: `${name.zh} ${month}`, en: `${name.en} ${month}` };
      }
      if (filter.groupBy === 'organisation') return key ? (names.get(key) ?? { zh: key, en: key }) : NO_ORGANISATION;
      return { zh: key, en: key };
    };
    return {
      standard: { code, title: standard.title, version, versions },
      indicators: standard.indicators.map((indicator, i) => {
        const text = describeIndicator(indicator, processNames(model), standard);
        return {
          id: indicator.id,
          kind: indicator.kind,
          title: indicator.title,
          ...text,
          target: indicator.target,
          comparator: indicator.comparator,
          measured: rows[i]!.measured,
          city: city[i]!.groups.get('')!,
          rows: filter.groupBy ? [...rows[i]!.groups].map(([key, figure]) => ({ key, label: label(key), ...figure })) : [],
        };
      }),
    };
  }

  /**
   * Once per store: builds from the event log the indicator facts of the cases whose commands did not
   * keep them (history from before they existed). Later cases have theirs; a second call does nothing.
   */
  async buildMissingFacts(): Promise<{ cases: number }> {
    const { rows } = await this.store.query('SELECT 1 FROM app_meta WHERE key = $1', [FACTS_BUILT]);
    if (rows.length) return { cases: 0 };
    const built = await rebuildMissingIndicatorFacts(this.resources.store, this.versions);
    await this.store.query('INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [FACTS_BUILT, JSON.stringify({ cases: built.cases, at: this.resources.clock.now() })]);
    return built;
  }

  private async organisationNames(): Promise<Map<string, LocalizedText>> {
    const { rows } = await this.store.query<{ id: string; name: LocalizedText | string }>('SELECT id, name FROM organisations');
    return new Map(rows.map((r) => [r.id, typeof r.name === 'string' ? { zh: r.name, en: r.name } : r.name]));
  }

  private calendarReady(): Promise<void> {
    this.calendar ??= syncWorkingCalendar(this.store, this.resources.clock.now()).catch((error: unknown) => {
      this.calendar = undefined;
      throw error;
    });
    return this.calendar;
  }

  /** The cases behind a figure, newest opening first, `limit` at a time. */
  async cases(
    code: string,
    indicatorId: string,
    filter: PeriodFilter & { outcome?: CaseOutcome | undefined },
    scope: Scope,
    page: { limit: number; offset: number },
  ): Promise<{ items: OccurrenceCase[]; total: number }> {
    await this.calendarReady();
    const now = this.resources.clock.now();
    const f = this.scoped(filter, scope);
    const deadline = f.limits === 'city' ? 'o.city_deadline_at' : 'o.deadline_at';
    const params: unknown[] = [code, indicatorId, beijingMidnight(f.from), beijingMidnight(nextDay(f.to)), now];
    let where = `o.code = $1 AND o.indicator = $2 AND o.opened_at >= $3 AND o.opened_at < $4`;
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where += ` AND ${sql.replace('?', `$${params.length}`)}`;
    };
    if (f.version !== undefined) add('o.version = ?', f.version);
    if (f.district !== undefined) add('o.district = ?', f.district);
    if (f.organisation !== undefined) add("COALESCE(o.organisation, '') = ?", f.organisation);
    if (f.simulated !== 'include') where += ` AND ${f.simulated === 'only' ? '' : 'NOT '}o.simulated`;
    const outcome = `CASE WHEN o.outcome = 'open' THEN (CASE WHEN ${deadline} < $5 THEN 'breached' ELSE 'pending' END)
      WHEN o.outcome IN ('met', 'breached') AND $${params.length + 1}::boolean THEN o.city_outcome ELSE o.outcome END`;
    params.push(f.limits === 'city');
    const filtered = filter.outcome ? `WHERE x.outcome = $${params.push(filter.outcome)}` : '';
    const { rows } = await this.store.query<{
      case_id: string;
      case_key: string | null;
      district: string;
      organisation: string | null;
      opened_at: Date;
      closed_at: Date | null;
      deadline: Date | null;
      outcome: CaseOutcome;
      working_days: number | null;
      value: number | null;
      ok: boolean | null;
      total: number;
    }>(
      `SELECT x.*, count(*) OVER ()::int AS total FROM (
         SELECT o.case_id, c.case_key, o.district, o.organisation, o.opened_at, o.closed_at, ${deadline} AS deadline, ${outcome} AS outcome,
                b.number - a.number AS working_days, o.value, o.ok, o.seq
           FROM indicator_occurrences o LEFT JOIN cases c ON c.id = o.case_id
           LEFT JOIN working_calendar a ON a.day = ${BEIJING_DAY('o.opened_at')}
           LEFT JOIN working_calendar b ON b.day = ${BEIJING_DAY('COALESCE(o.closed_at, $5)')}
          WHERE ${where}) x ${filtered}
       ORDER BY x.opened_at DESC, x.case_id, x.seq LIMIT ${Math.max(1, page.limit)} OFFSET ${Math.max(0, page.offset)}`,
      params,
    );
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((r) => ({
        caseId: r.case_id,
        caseKey: r.case_key,
        district: r.district,
        organisation: r.organisation,
        openedAt: r.opened_at.toISOString(),
        closedAt: r.closed_at?.toISOString() ?? null,
        deadlineAt: r.deadline?.toISOString() ?? null,
        outcome: r.outcome,
        workingDays: r.working_days,
        value: r.value,
        ok: r.ok,
      })),
    };
  }

  /** Open occurrences due within the next two working days: what a district can still do in time. */
  async warnings(code: string, filter: PeriodFilter, scope: Scope): Promise<EarlyWarning[]> {
    const now = this.resources.clock.now();
    const f = this.scoped(filter, scope);
    const params: unknown[] = [code, now, addWorkingDaysAt(now, 2)];
    let where = '';
    if (f.district !== undefined) where += ` AND o.district = $${params.push(f.district)}`;
    if (f.organisation !== undefined) where += ` AND COALESCE(o.organisation, '') = $${params.push(f.organisation)}`;
    if (f.simulated !== 'include') where += ` AND ${f.simulated === 'only' ? '' : 'NOT '}o.simulated`;
    const deadline = f.limits === 'city' ? 'o.city_deadline_at' : 'o.deadline_at';
    const { rows } = await this.store.query<{ case_id: string; case_key: string | null; district: string; organisation: string | null; indicator: string; opened_at: Date; deadline: Date }>(
      `SELECT o.case_id, c.case_key, o.district, o.organisation, o.indicator, o.opened_at, ${deadline} AS deadline
         FROM indicator_occurrences o LEFT JOIN cases c ON c.id = o.case_id
        WHERE o.code = $1 AND o.outcome = 'open' AND ${deadline} >= $2 AND ${deadline} <= $3${where}
        ORDER BY ${deadline}, o.case_id LIMIT 1000`,
      params,
    );
    return rows.map((r) => ({
      caseId: r.case_id,
      caseKey: r.case_key,
      district: r.district,
      organisation: r.organisation,
      indicator: r.indicator,
      openedAt: r.opened_at.toISOString(),
      deadlineAt: r.deadline.toISOString(),
    }));
  }

  /** Per element of a version's diagram: how many entered and completed it, how long it took, how many tasks were late. */
  async heatmap(code: string, filter: PeriodFilter, scope: Scope): Promise<{ version: number; elements: ElementHeat[] }> {
    const { version } = await this.versionOf(code, filter.version, scope);
    const { model } = await this.versions.compiled(code, version);
    const f = this.scoped(filter, scope);
    const params: unknown[] = [code, version, beijingMidnight(f.from), beijingMidnight(nextDay(f.to))];
    let where = '';
    if (f.district !== undefined) where += ` AND e.district = $${params.push(f.district)}`;
    if (f.organisation !== undefined) where += ` AND COALESCE(e.organisation, '') = $${params.push(f.organisation)}`;
    if (f.simulated !== 'include') where += ` AND ${f.simulated === 'only' ? '' : 'NOT '}EXISTS (SELECT 1 FROM simulated_cases s WHERE s.case_id = e.case_id)`;
    const { rows } = await this.store.query<{
      element_id: string;
      entered: number;
      completed: number;
      cancelled: number;
      median_ms: number | null;
      p90_ms: number | null;
      late: number;
      tasks: number;
    }>(
      `SELECT e.element_id,
              count(*) FILTER (WHERE e.kind = 'element_entered')::int AS entered,
              count(*) FILTER (WHERE e.kind = 'element_left' AND e.data->>'outcome' = 'completed')::int AS completed,
              count(*) FILTER (WHERE e.kind = 'element_left' AND e.data->>'outcome' = 'cancelled')::int AS cancelled,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY e.duration_ms) FILTER (WHERE e.kind = 'element_left' AND e.data->>'outcome' = 'completed') AS median_ms,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY e.duration_ms) FILTER (WHERE e.kind = 'element_left' AND e.data->>'outcome' = 'completed') AS p90_ms,
              count(*) FILTER (WHERE e.kind = 'task_completed' AND (e.data->>'late')::boolean)::int AS late,
              count(*) FILTER (WHERE e.kind = 'task_completed')::int AS tasks
         FROM case_events e
        WHERE e.code = $1 AND e.version = $2 AND e.at >= $3 AND e.at < $4 AND e.element_id IS NOT NULL${where}
        GROUP BY e.element_id`,
      params,
    );
    const elements = rows
      .filter((r) => model.elements.has(r.element_id))
      .map((r) => ({
        elementId: r.element_id,
        name: model.elements.get(r.element_id)!.name,
        entered: r.entered,
        completed: r.completed,
        cancelled: r.cancelled,
        medianMs: r.median_ms === null ? null : Math.round(r.median_ms),
        p90Ms: r.p90_ms === null ? null : Math.round(r.p90_ms),
        late: r.late,
        lateShare: r.tasks ? (100 * r.late) / r.tasks : null,
      }))
      .sort((a, b) => a.elementId.localeCompare(b.elementId));
    return { version, elements };
  }

  /** Every standard deployed in the scope, with how many indicators each district meets. */
  async overview(filter: PeriodFilter, scope: Scope): Promise<StandardOverview[]> {
    const deployed = await this.deployments.list({ district: scope.district });
    const codes = [...new Set(deployed.map((d) => d.code))];
    const out: StandardOverview[] = [];
    for (const code of codes) {
      const report = await this.indicators(code, { ...filter, version: undefined, groupBy: 'district' }, scope);
      const districts = new Map<string, StandardOverview['districts'][number]>();
      for (const d of deployed.filter((x) => x.code === code)) districts.set(d.district, { district: d.district, met: 0, notMet: 0, pending: 0, noData: 0 });
      const measured = report.indicators.filter((i) => i.measured);
      for (const indicator of measured) {
        for (const entry of districts.values()) {
          const row = indicator.rows.find((r) => r.key === entry.district);
          if (row?.met === true) entry.met += 1;
          else if (row?.met === false) entry.notMet += 1;
          else if (row && row.pending > 0) entry.pending += 1;
          else entry.noData += 1;
        }
      }
      out.push({ code, title: report.standard.title, version: report.standard.version, measured: measured.length, districts: [...districts.values()] });
    }
    return out;
  }
}
