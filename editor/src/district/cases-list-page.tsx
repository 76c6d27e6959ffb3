import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, CaseSummary } from '../api';
import { worksCases } from '../auth/role-navigation';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link } from '../routing/router';
import { formatDateTime } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDebounced } from '../shell/use-debounced';
import { useResource } from '../shell/use-resource';
import { StatusBadge } from '../standards/status-badge';

const CASE_STATUSES: readonly CaseStatus[] = ['running', 'completed', 'cancelled'];

/** The cases the user may see, newest first, a page at a time. */
export function CasesListPage() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [overdue, setOverdue] = useState(false);
  const search = useDebounced(q, 250);
  const [more, setMore] = useState<{ items: CaseSummary[]; cursor: string | null; busy: boolean; error: unknown }>({ items: [], cursor: null, busy: false, error: null });
  const first = useResource(async () => {
    const r = await api.listCases({ q: search || undefined, status: status || undefined, overdue: overdue || undefined, limit: 50 });
    setMore({ items: [], cursor: r.nextCursor, busy: false, error: null });
    return r;
  }, [search, status, overdue]);

  async function loadMore() {
    if (!more.cursor) return;
    setMore((m) => ({ ...m, busy: true }));
    try {
      const r = await api.listCases({ q: search || undefined, status: status || undefined, overdue: overdue || undefined, limit: 50, cursor: more.cursor });
      setMore((m) => ({ items: [...m.items, ...r.items], cursor: r.nextCursor, busy: false, error: null }));
    } catch (e) {
      setMore((m) => ({ ...m, busy: false, error: e }));
    }
  }

  const items = [...(first.data?.items ?? []), ...more.items];
  return (
    <section className="page">
      <div className="page-header">
        <h1>{t('cases.title')}</h1>
        {session && session.user.role === 'district_operator' && worksCases(session.user.role) && (
          <Link to="/cases/new" className="button primary" data-testid="start-case">
            {t('nav.startCase')}
          </Link>
        )}
      </div>
      <div className="filters">
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('cases.searchPlaceholder')} aria-label={t('cases.search')} data-testid="cases-search" />
        <select value={status} onChange={(e) => setStatus(CASE_STATUSES.find((s) => s === e.target.value) ?? '')} aria-label={t('cases.status')}>
          <option value="">{t('cases.allStatuses')}</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <label className="inline">
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} /> {t('cases.overdueOnly')}
        </label>
      </div>
      {first.error ? (
        <ErrorBanner error={first.error} onRetry={first.reload} />
      ) : !first.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title={t('cases.empty')} />
      ) : (
        <>
          <table className="table" data-testid="cases-table">
            <thead>
              <tr>
                <th>{t('cases.caseKey')}</th>
                <th>{t('cases.standard')}</th>
                <th>{t('cases.status')}</th>
                <th>{t('cases.startedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id} data-testid="case-row">
                  <td>
                    <Link to={`/cases/${encodeURIComponent(c.id)}`}>
                      <code>{c.caseKey}</code>
                    </Link>
                  </td>
                  <td>{c.standard ? `${localized(c.standard.title, lang)} v${c.standard.version}` : ''}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>{formatDateTime(c.startedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ErrorBanner error={more.error} />
          {more.cursor && (
            <button type="button" onClick={loadMore} disabled={more.busy} data-testid="cases-more">
              {more.busy ? t('common.loading') : t('cases.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
