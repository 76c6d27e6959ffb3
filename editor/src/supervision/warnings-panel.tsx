import { useTranslation } from 'react-i18next';
import type { District, EarlyWarning } from '../api';
import { localized, type Language } from '../i18n';
import { Link } from '../routing/router';
import { formatDateTime } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import type { Resource } from '../shell/use-resource';
import { groupWarnings } from './warning-groups';

/** 预警: cases whose limit falls within two working days, per district and indicator, each opening its case file. */
export function WarningsPanel({ warnings, districts, lang }: { warnings: Resource<{ items: EarlyWarning[] }>; districts: readonly District[]; lang: Language }) {
  const { t } = useTranslation();
  const names = new Map(districts.map((d) => [d.code, d.name]));
  const groups = groupWarnings(warnings.data?.items ?? [], districts.map((d) => d.code));
  return (
    <section className="card" data-testid="warnings">
      <h3>{t('supervision.warnings.title', { count: warnings.data?.items.length ?? 0 })}</h3>
      {warnings.error ? (
        <ErrorBanner error={warnings.error} onRetry={warnings.reload} />
      ) : !warnings.data ? (
        <Loading />
      ) : groups.length === 0 ? (
        <EmptyState title={t('supervision.warnings.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="table compact">
            <thead>
              <tr>
                <th>{t('supervision.warnings.district')}</th>
                <th>{t('supervision.warnings.indicator')}</th>
                <th>{t('supervision.warnings.cases')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={`${g.district}|${g.indicator}`} data-testid="warning-group" data-district={g.district} data-indicator={g.indicator}>
                  <td>{localized(names.get(g.district), lang) || g.district}</td>
                  <td>{localized(g.indicatorTitle, lang)}</td>
                  <td>
                    <ul className="warning-cases">
                      {g.items.map((w) => (
                        <li key={`${w.caseId}-${w.deadlineAt}`}>
                          <Link to={`/cases/${encodeURIComponent(w.caseId)}`}>
                            <code>{w.caseKey ?? w.caseId}</code>
                          </Link>{' '}
                          <span className="muted">{t('supervision.warnings.dueAt', { date: formatDateTime(w.deadlineAt, lang) })}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
