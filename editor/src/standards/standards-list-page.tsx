import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardStatus } from '../api';
import { canAuthor, canReview } from '../auth/role-navigation';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link, navigate, useLocation } from '../routing/router';
import { formatDateTime } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDebounced } from '../shell/use-debounced';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { StatusBadge } from './status-badge';

const STATUSES: readonly StandardStatus[] = ['draft', 'in_review', 'published', 'rejected', 'retired'];
/**
 * The policy's four service populations. The API matches the filter as words in the population's
 * description, so each is searched by the Chinese word every such description contains.
 */
const POPULATIONS: [key: string, word: string][] = [
  ['families', '救助家庭'],
  ['elderly', '老年'],
  ['homeless', '流浪'],
  ['children', '儿童'],
];

export function StandardsListPage() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const districts = useDistricts();
  const { query } = useLocation();
  const lang = currentLanguage();
  const [q, setQ] = useState(query.get('q') ?? '');
  // A status the list does not know (an old or mistyped link) filters nothing.
  const status = STATUSES.find((s) => s === query.get('status')) ?? '';
  const population = query.get('population') ?? '';
  const district = query.get('district') ?? '';
  const search = useDebounced(q, 250);

  const list = useResource(
    () => api.listStandards({ q: search || undefined, status: status || undefined, population: population || undefined, district: district || undefined }),
    [search, status, population, district],
  );

  function setFilter(name: string, value: string) {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    navigate(`/standards${next.toString() ? `?${next}` : ''}`, { replace: true });
  }

  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<unknown>(null);

  async function importZip(file: File | undefined) {
    if (!file) return;
    setImporting(true);
    setImportError(null);
    try {
      const created = await api.importStandard(file);
      navigate(`/standards/${encodeURIComponent(created.code)}`);
    } catch (e) {
      setImportError(e);
    } finally {
      setImporting(false);
    }
  }

  const role = session?.user.role;
  const items = list.data?.items ?? [];

  return (
    <section className="page">
      <div className="page-header">
        <h1>{status === 'in_review' ? t('standards.reviewQueue') : t('standards.title')}</h1>
        {role && canAuthor(role) && (
          <div className="row-actions">
            <label className="button" data-testid="import-standard">
              {importing ? t('standards.importing') : t('standards.import')}
              <input type="file" accept=".zip,application/zip" hidden disabled={importing} onChange={(e) => importZip(e.target.files?.[0])} />
            </label>
            <Link to="/standards/new" className="button primary" data-testid="create-standard">
              {t('standards.create')}
            </Link>
          </div>
        )}
      </div>
      <div className="filters" role="search">
        <input
          type="search"
          placeholder={t('standards.searchPlaceholder')}
          aria-label={t('standards.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="standards-search"
        />
        <select aria-label={t('standards.filterStatus')} value={status} onChange={(e) => setFilter('status', e.target.value)} data-testid="filter-status">
          <option value="">{t('standards.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('standards.filterPopulation')} value={population} onChange={(e) => setFilter('population', e.target.value)} data-testid="filter-population">
          <option value="">{t('standards.allPopulations')}</option>
          {POPULATIONS.map(([key, word]) => (
            <option key={key} value={word}>
              {t(`populations.${key}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('standards.filterDistrict')} value={district} onChange={(e) => setFilter('district', e.target.value)} data-testid="filter-district">
          <option value="">{t('standards.allDistricts')}</option>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>
              {localized(d.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={importError} />
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={list.reload} />
      ) : list.loading && !list.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title={t('standards.empty')}>
          {role && canAuthor(role) && <p className="muted">{t('standards.emptyHint')}</p>}
        </EmptyState>
      ) : (
        <table className="table" data-testid="standards-table">
          <thead>
            <tr>
              <th>{t('standards.code')}</th>
              <th>{t('standards.name')}</th>
              <th>{t('standards.status')}</th>
              <th>{t('standards.latestVersion')}</th>
              <th>{t('standards.deployed')}</th>
              <th>{t('standards.updatedAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={s.code} data-testid={`standard-row-${s.code}`}>
                <td>
                  <code>{s.code}</code>
                </td>
                <td>
                  <Link to={`/standards/${encodeURIComponent(s.code)}`}>{localized(s.title, lang)}</Link>
                </td>
                <td>
                  <StatusBadge status={s.status} />
                </td>
                <td>{s.latestVersion ? `v${s.latestVersion}` : '—'}</td>
                <td>{t('standards.districtCount', { count: s.deployedDistricts?.length ?? 0 })}</td>
                <td>{formatDateTime(s.updatedAt, lang)}</td>
                <td>
                  {role && (canReview(role) || s.latestVersion) ? (
                    <Link to={`/standards/${encodeURIComponent(s.code)}/review`} data-testid={`review-link-${s.code}`}>
                      {s.status === 'in_review' && canReview(role) ? t('standards.review') : t('standards.history')}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
