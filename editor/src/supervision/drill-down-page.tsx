import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseOutcome, LocalizedText } from '../api';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link, navigate, useLocation } from '../routing/router';
import { formatDateTime } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { ExportButton } from './export-button';
import { FilterBar } from './filter-bar';
import { ScopeLine } from './scope-line';
import { apiQuery, filtersSearch } from './supervision-filters';
import { useSupervisionFilters } from './use-supervision-filters';

const OUTCOMES: readonly CaseOutcome[] = ['met', 'breached', 'pending', 'cancelled', 'void'];
const PAGE = 100;

/**
 * The cases behind a figure: an indicator's occurrences in the period, for a district or organisation,
 * by outcome, a hundred at a time, each opening its case file; the same page as an Excel file.
 */
export function DrillDownPage({ code, indicator }: { code: string; indicator: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const districts = useDistricts();
  const { path } = useLocation();
  const { filters, key, query, change } = useSupervisionFilters(['district', 'outcome']);
  const district = query.get('district') ?? undefined;
  const outcomeParam = query.get('outcome') as CaseOutcome | null;
  const outcome = outcomeParam && OUTCOMES.includes(outcomeParam) ? outcomeParam : undefined;
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const q = { ...apiQuery(filters), district, outcome };

  const cases = useResource(() => api.supervisionCases(code, indicator, { ...q, limit: PAGE, offset }), [code, indicator, key, district, outcome, offset]);
  // The indicator's words, and the organisations' names, from the figures of the same view.
  const report = useResource(() => api.supervisionIndicators(code, { ...apiQuery(filters), district, groupBy: 'organisation' }), [code, key, district]);
  const item = report.data?.indicators.find((i) => i.id === indicator);
  const organisations = useMemo(() => new Map<string, LocalizedText>((item?.rows ?? []).map((r) => [r.key, r.label])), [item]);
  const names = useMemo(() => new Map(districts.map((d) => [d.code, d.name])), [districts]);
  const scopeDistrict = district ?? session?.user.district ?? undefined;

  const go = (more: Record<string, string | undefined>) => navigate(path + filtersSearch(filters, { district, outcome, ...more }));
  const total = cases.data?.total ?? 0;

  return (
    <section className="page drill-down" data-testid="drill-down">
      <div className="page-header">
        <div>
          <Link to={`/supervision/${encodeURIComponent(code)}${filtersSearch(filters, { indicator })}`} className="muted" data-testid="back-to-dashboard">
            {t('supervision.drill.back')}
          </Link>
          <h1>{item ? localized(item.title, lang) : indicator}</h1>
          <p className="muted" data-testid="drill-scope">
            {report.data ? `${localized(report.data.standard.title, lang)} · ` : ''}
            {scopeDistrict ? localized(names.get(scopeDistrict), lang) || scopeDistrict : t('supervision.drill.allDistricts')}
            {filters.organisation ? ` · ${localized(organisations.get(filters.organisation), lang) || filters.organisation}` : ''}
          </p>
          {item && <p className="indicator-definition">{localized(item.definition, lang)}</p>}
        </div>
        <div className="row-actions">
          <ExportButton download={() => api.exportCases(code, indicator, { ...q, limit: PAGE, offset })} />
        </div>
      </div>
      <FilterBar filters={filters} onChange={(f) => change(f)} />
      <ScopeLine period={cases.data?.period} filters={filters} />
      <div className="tabs outcome-tabs" role="tablist" aria-label={t('supervision.drill.outcome')}>
        {[undefined, ...OUTCOMES].map((o) => (
          <button key={o ?? 'all'} type="button" role="tab" aria-selected={o === outcome} className={o === outcome ? 'active' : ''} onClick={() => go({ outcome: o, offset: undefined })} data-testid={`outcome-${o ?? 'all'}`}>
            {o ? t(`supervision.drill.outcomes.${o}`) : t('supervision.drill.all')}
          </button>
        ))}
      </div>
      {cases.error ? (
        <ErrorBanner error={cases.error} onRetry={cases.reload} />
      ) : !cases.data ? (
        <Loading />
      ) : cases.data.items.length === 0 ? (
        <EmptyState title={t('supervision.drill.empty')} />
      ) : (
        <>
          <p className="muted" data-testid="drill-total">
            {t('supervision.drill.total', { count: total, from: offset + 1, to: offset + cases.data.items.length })}
          </p>
          <div className="table-scroll">
            <table className="table compact" data-testid="drill-table">
              <thead>
                <tr>
                  <th>{t('supervision.drill.case')}</th>
                  <th>{t('supervision.drill.district')}</th>
                  <th>{t('supervision.drill.organisation')}</th>
                  <th>{t('supervision.drill.outcome')}</th>
                  <th>{t('supervision.drill.opened')}</th>
                  <th>{t('supervision.drill.closed')}</th>
                  <th>{t('supervision.drill.deadline')}</th>
                  <th>{t('supervision.drill.workingDays')}</th>
                </tr>
              </thead>
              <tbody>
                {cases.data.items.map((c, i) => (
                  <tr key={`${c.caseId}-${c.openedAt}-${i}`} data-testid="drill-row" data-outcome={c.outcome} data-case-id={c.caseId}>
                    <td>
                      <Link to={`/cases/${encodeURIComponent(c.caseId)}`} data-testid="drill-case-link">
                        <code>{c.caseKey ?? c.caseId}</code>
                      </Link>
                    </td>
                    <td>{localized(names.get(c.district), lang) || c.district}</td>
                    <td>{c.organisation ? localized(organisations.get(c.organisation), lang) || c.organisation : <span className="muted">{t('supervision.drill.noOrganisation')}</span>}</td>
                    <td>
                      <span className={`badge outcome-${c.outcome}`}>{t(`supervision.drill.outcomes.${c.outcome}`)}</span>
                    </td>
                    <td>{formatDateTime(c.openedAt, lang)}</td>
                    <td>{formatDateTime(c.closedAt, lang)}</td>
                    <td>{formatDateTime(c.deadlineAt, lang)}</td>
                    <td>{c.workingDays ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row-actions pager">
            <button type="button" disabled={offset === 0} onClick={() => go({ offset: offset - PAGE > 0 ? String(offset - PAGE) : undefined })} data-testid="drill-previous">
              {t('supervision.drill.previous')}
            </button>
            <button type="button" disabled={offset + PAGE >= total} onClick={() => go({ offset: String(offset + PAGE) })} data-testid="drill-next">
              {t('supervision.drill.next')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
