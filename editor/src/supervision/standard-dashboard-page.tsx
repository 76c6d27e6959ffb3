import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseOutcome, IndicatorReportItem, LocalizedText, NoticeDetail } from '../api';
import { sendsNotices } from '../auth/role-navigation';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link, navigate } from '../routing/router';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { RankingChart } from './charts/ranking-chart';
import { TrendChart } from './charts/trend-chart';
import { groupRows, monthsBetween, ranking, trendSeries, type GroupRow } from './dashboard-model';
import { ExportButton } from './export-button';
import { FiguresTable } from './figures-table';
import { FilterBar } from './filter-bar';
import { IndicatorCard } from './indicator-card';
import { NoticeDialog, type NoticeSubject } from './notice-dialog';
import { ScopeLine } from './scope-line';
import { apiQuery, filtersSearch, type SupervisionFilters } from './supervision-filters';
import { useSupervisionFilters } from './use-supervision-filters';
import { WarningsPanel } from './warnings-panel';

// bpmn-js comes only with the heatmap, when it is opened.
const HeatmapPanel = lazy(() => import('./heatmap-panel').then((m) => ({ default: m.HeatmapPanel })));

/**
 * A standard's dashboard: every indicator with its definition, cohort and city figure; the districts
 * (or organisations) ranked on one indicator and month by month; all figures side by side; the early
 * warnings; the heatmap on the diagram; 督办 from a figure below target; the view as an Excel file.
 * A district's operator sees their district beside the city, an organisation its own figures: the API
 * scopes the answers, the page shows what it is given.
 */
export function StandardDashboardPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const user = session!.user;
  const districts = useDistricts();
  const { filters, key, query, change } = useSupervisionFilters(['indicator']);
  const q = apiQuery(filters);
  const cityWide = !user.district && !user.organisation;

  const report = useResource(() => api.supervisionIndicators(code, { ...q, groupBy: filters.view }), [code, key]);
  const monthly = useResource(() => (filters.view === 'district' ? api.supervisionIndicators(code, { ...q, groupBy: 'district-month' }) : Promise.resolve(null)), [code, key]);
  const warnings = useResource(() => api.supervisionWarnings(code, q), [code, key]);
  // Only city-wide readers see the districts the standard is deployed to, figures or not.
  const deployed = useResource(async () => (cityWide ? (await api.getStandard(code)).deployments.map((d) => d.district) : []), [code, cityWide]);

  const [heatmapOpen, setHeatmapOpen] = useState(false);
  const [noticeFor, setNoticeFor] = useState<NoticeSubject | null>(null);
  const [sent, setSent] = useState<NoticeDetail | null>(null);
  const organisations = useRef(new Map<string, LocalizedText>());

  const data = report.data;
  if (data && filters.view === 'organisation') for (const i of data.indicators) for (const r of i.rows) if (r.key) organisations.current.set(r.key, r.label);
  const names = useMemo(() => new Map(districts.map((d) => [d.code, d.name])), [districts]);
  const order = useMemo(() => districts.map((d) => d.code), [districts]);
  const rows = useMemo(() => {
    if (!data) return [];
    const include = filters.view === 'district' ? (deployed.data ?? []).map((d) => ({ key: d, label: names.get(d) ?? { zh: d, en: d } })) : [];
    return groupRows(data, { include, order: filters.view === 'district' ? order : [] });
  }, [data, deployed.data, names, order, filters.view]);

  const indicators = data?.indicators ?? [];
  const selectedId = query.get('indicator');
  // The indicator the address names, else the first with figures.
  const chosen = indicators.findIndex((i) => i.id === selectedId);
  const selectedIndex = chosen >= 0 ? chosen : Math.max(0, indicators.findIndex((i) => i.measured));
  const selected = indicators[selectedIndex];
  const bars = useMemo(() => (selected ? ranking(selected, selectedIndex, rows) : []), [selected, selectedIndex, rows]);
  const months = useMemo(() => (data ? monthsBetween(data.period.from, data.period.to) : []), [data]);
  const series = useMemo(() => {
    const trend = monthly.data?.indicators.find((i) => i.id === selected?.id);
    return trend ? trendSeries(trend, months, names, order) : [];
  }, [monthly.data, selected, months, names, order]);

  const scopeLabel = user.organisation ? t('supervision.dashboard.organisationTotal') : t('supervision.dashboard.city');
  const casesHref = (indicator: IndicatorReportItem, row: GroupRow | null, outcome?: CaseOutcome): string | null => {
    let f: SupervisionFilters = filters;
    const more: Record<string, string | undefined> = { outcome };
    if (row && filters.view === 'organisation') {
      // The API cannot be asked for "no organisation" by name: that row's cases are not opened apart.
      if (!row.key) return null;
      f = { ...filters, organisation: row.key };
    } else if (row) more['district'] = row.key;
    return `/supervision/${encodeURIComponent(code)}/indicators/${encodeURIComponent(indicator.id)}/cases${filtersSearch(f, more)}`;
  };
  const openNotice = sendsNotices(user.role) && filters.view === 'district' && data
    ? (indicator: IndicatorReportItem, row: GroupRow, figure: NoticeSubject['figure']) =>
        setNoticeFor({ standard: data.standard, indicator, district: { code: row.key, name: row.label }, figure, period: data.period })
    : undefined;

  return (
    <section className="page dashboard" data-testid="dashboard">
      <div className="page-header">
        <div>
          <Link to={`/supervision${filtersSearch({ ...filters, version: undefined, organisation: undefined, view: 'district' })}`} className="muted">
            {t('supervision.back')}
          </Link>
          <h1 data-testid="dashboard-title">{data ? localized(data.standard.title, lang) : code}</h1>
          {data && (
            <p className="muted">
              {data.standard.code} · v{data.standard.version}
            </p>
          )}
        </div>
        <div className="row-actions">
          <ExportButton download={() => api.exportIndicators(code, { ...q, groupBy: filters.view })} />
        </div>
      </div>
      <FilterBar
        filters={filters}
        onChange={(f) => change(f)}
        versions={data?.standard.versions}
        latestVersion={data?.standard.versions[data.standard.versions.length - 1]}
        organisations={[...organisations.current].map(([k, label]) => ({ key: k, label }))}
        views
      />
      <ScopeLine period={data?.period} filters={filters} />
      {sent && (
        <div className="status status-ok" role="status" data-testid="notice-sent">
          {t('notices.send.sent', { district: localized(names.get(sent.district), lang) || sent.district })} <Link to={`/supervision/notices/${encodeURIComponent(sent.id)}`}>{t('notices.send.open')}</Link>
        </div>
      )}
      {report.error ? (
        <ErrorBanner error={report.error} onRetry={report.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <div className="indicator-grid-cards">
            {indicators.map((indicator) => (
              <IndicatorCard
                key={indicator.id}
                indicator={indicator}
                scopeLabel={scopeLabel}
                selected={indicator === selected}
                onSelect={() => {
                  change(filters, { indicator: indicator.id });
                  document.getElementById('dashboard-charts')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                }}
                casesHref={(outcome) => casesHref(indicator, null, outcome)!}
                lang={lang}
              />
            ))}
          </div>

          {selected && (
            <section className="card charts" id="dashboard-charts" data-testid="charts">
              <div className="page-header">
                <h3>{filters.view === 'district' ? t('supervision.dashboard.charts') : t('supervision.dashboard.chartsOrg')}</h3>
                <label className="inline">
                  {t('supervision.dashboard.chartIndicator')}
                  <select value={selected.id} onChange={(e) => change(filters, { indicator: e.target.value })} data-testid="chart-indicator">
                    {indicators.map((i) => (
                      <option key={i.id} value={i.id}>
                        {localized(i.title, lang)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              {!selected.measured ? (
                <EmptyState title={t('supervision.dashboard.notMeasured')} />
              ) : rows.length === 0 ? (
                <EmptyState title={t('supervision.dashboard.noRows')} />
              ) : (
                <div className="chart-grid">
                  <figure className="chart-figure">
                    <figcaption>{filters.view === 'district' ? t('supervision.dashboard.ranking') : t('supervision.dashboard.rankingOrg')}</figcaption>
                    <RankingChart
                      indicator={selected}
                      bars={bars}
                      city={selected.city}
                      lang={lang}
                      onOpen={(bar) => {
                        const row = rows.find((r) => r.key === bar.key);
                        const href = row && casesHref(selected, row);
                        if (href) navigate(href);
                      }}
                    />
                    <Outliers bars={bars} lang={lang} />
                  </figure>
                  {filters.view === 'district' && (
                    <figure className="chart-figure">
                      <figcaption>{t('supervision.dashboard.trend')}</figcaption>
                      {monthly.error ? <ErrorBanner error={monthly.error} onRetry={monthly.reload} /> : !monthly.data ? <Loading /> : <TrendChart indicator={selected} months={months} series={series} lang={lang} />}
                    </figure>
                  )}
                </div>
              )}
            </section>
          )}

          <section className="card">
            <h3>{filters.view === 'district' ? t('supervision.dashboard.table') : t('supervision.dashboard.tableOrg')}</h3>
            <p className="hint">{openNotice ? t('supervision.dashboard.tableHintNotice') : t('supervision.dashboard.tableHint')}</p>
            <FiguresTable
              indicators={indicators}
              rows={rows}
              scopeLabel={scopeLabel}
              groupHeading={filters.view === 'district' ? t('supervision.dashboard.district') : t('supervision.dashboard.organisation')}
              lang={lang}
              casesHref={(i, row) => casesHref(i, row)}
              onNotice={openNotice}
            />
          </section>

          <WarningsPanel warnings={warnings} districts={districts} lang={lang} />

          <section className="card" data-testid="heatmap-section">
            <div className="page-header">
              <h3>{t('supervision.heatmap.heading')}</h3>
              <button type="button" onClick={() => setHeatmapOpen((o) => !o)} aria-expanded={heatmapOpen} data-testid="toggle-heatmap">
                {heatmapOpen ? t('supervision.heatmap.hide') : t('supervision.heatmap.show')}
              </button>
            </div>
            {heatmapOpen && (
              <Suspense fallback={<Loading />}>
                <HeatmapPanel code={code} query={q} queryKey={key} lang={lang} />
              </Suspense>
            )}
          </section>
        </>
      )}
      {noticeFor && (
        <NoticeDialog
          subject={noticeFor}
          lang={lang}
          onClose={() => setNoticeFor(null)}
          onSent={(notice) => {
            setNoticeFor(null);
            setSent(notice);
          }}
        />
      )}
    </section>
  );
}

function Outliers({ bars, lang }: { bars: ReturnType<typeof ranking>; lang: 'zh-CN' | 'en' }) {
  const { t } = useTranslation();
  const marked = bars.filter((b) => b.outlier);
  return (
    <p className="hint" data-testid="outliers">
      {marked.length === 0
        ? t('supervision.dashboard.noOutliers')
        : t('supervision.dashboard.outliers', {
            list: marked.map((b) => t(b.outlier === 'low' ? 'supervision.dashboard.outlierLow' : 'supervision.dashboard.outlierHigh', { name: localized(b.label, lang) })).join(t('supervision.dashboard.listSeparator')),
          })}
    </p>
  );
}
