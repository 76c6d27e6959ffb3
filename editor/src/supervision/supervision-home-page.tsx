import { useTranslation } from 'react-i18next';
import type { OverviewDistrict, StandardOverview } from '../api';
import { useApi } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link } from '../routing/router';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { FilterBar } from './filter-bar';
import { ScopeLine } from './scope-line';
import { apiQuery, filtersSearch } from './supervision-filters';
import { LIGHTS, trafficLight } from './traffic-light';
import { useSupervisionFilters } from './use-supervision-filters';

/** Where a supervisor starts: every deployed standard, its districts as traffic lights, a link to its dashboard. */
export function SupervisionHomePage() {
  const { t } = useTranslation();
  const api = useApi();
  const lang = currentLanguage();
  const { filters, key, change } = useSupervisionFilters();
  const order = new Map(useDistricts().map((d, i) => [d.code, i]));
  const overview = useResource(() => api.supervisionOverview(apiQuery(filters)), [key]);
  const items = overview.data?.items ?? [];
  const nothingReal = filters.simulated === 'exclude' && items.length > 0 && items.every((s) => s.districts.every((d) => trafficLight(d) === 'grey'));
  const dashboard = (code: string) => `/supervision/${encodeURIComponent(code)}${filtersSearch(filters)}`;

  return (
    <section className="page supervision-home">
      <div className="page-header">
        <div>
          <h1>{t('supervision.title')}</h1>
          <p className="muted">{t('supervision.intro')}</p>
        </div>
      </div>
      <FilterBar filters={filters} onChange={(f) => change(f)} />
      <ScopeLine period={overview.data?.period} filters={filters} />
      <ul className="legend light-legend" aria-label={t('supervision.legend')} data-testid="light-legend">
        {LIGHTS.map((l) => (
          <li key={l} className={`legend-light light-${l}`}>
            {t(`supervision.light.${l}`)}
          </li>
        ))}
      </ul>
      {nothingReal && (
        <div className="status status-hint" data-testid="no-real-data">
          <p>{t('supervision.noRealData')}</p>
          <button type="button" onClick={() => change({ ...filters, simulated: 'include' })} data-testid="show-simulated">
            {t('supervision.showSimulated')}
          </button>
        </div>
      )}
      {overview.error ? (
        <ErrorBanner error={overview.error} onRetry={overview.reload} />
      ) : !overview.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title={t('supervision.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="table overview-table" data-testid="overview-table">
            <thead>
              <tr>
                <th>{t('supervision.standard')}</th>
                <th>{t('supervision.districts')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <OverviewRow key={s.code} standard={s} order={order} href={dashboard(s.code)} lang={lang} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OverviewRow({ standard, order, href, lang }: { standard: StandardOverview; order: ReadonlyMap<string, number>; href: string; lang: 'zh-CN' | 'en' }) {
  const { t } = useTranslation();
  const districts = [...standard.districts].sort((a, b) => (order.get(a.district) ?? Infinity) - (order.get(b.district) ?? Infinity));
  return (
    <tr data-testid={`overview-row-${standard.code}`}>
      <td className="overview-standard">
        <Link to={href} data-testid={`overview-link-${standard.code}`}>
          {localized(standard.title, lang)}
        </Link>
        <div className="muted">
          {standard.code} · v{standard.version} · {t('supervision.measured', { count: standard.measured })}
        </div>
      </td>
      <td>
        <ul className="lights" aria-label={t('supervision.districts')}>
          {districts.map((d) => (
            <DistrictLight key={d.district} code={standard.code} district={d} measured={standard.measured} lang={lang} />
          ))}
        </ul>
      </td>
      <td className="row-actions">
        <Link to={href} className="button">
          {t('supervision.openDashboard')}
        </Link>
      </td>
    </tr>
  );
}

function DistrictLight({ code, district, measured, lang }: { code: string; district: OverviewDistrict; measured: number; lang: 'zh-CN' | 'en' }) {
  const { t } = useTranslation();
  const light = trafficLight(district);
  const name = localized(district.name, lang);
  const title = t('supervision.lightTitle', { district: name, met: district.met, notMet: district.notMet, pending: district.pending, noData: district.noData });
  return (
    <li className={`light light-${light}`} title={title} data-testid={`light-${code}-${district.district}`} data-light={light}>
      <span className="light-dot" aria-hidden="true" />
      <span className="light-name">{name}</span>
      <span className="light-count">{t('supervision.lightCount', { met: district.met, measured })}</span>
      <span className="visually-hidden">{t(`supervision.light.${light}`)}</span>
    </li>
  );
}
