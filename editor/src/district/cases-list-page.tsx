import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem, CaseStatus, CasesQuery, People } from '../api';
import { spreadsWork, worksCases } from '../auth/role-navigation';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link } from '../routing/router';
import { formatDate, formatDateTime } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDebounced } from '../shell/use-debounced';
import { useResource } from '../shell/use-resource';
import { StatusBadge } from '../standards/status-badge';
import { caseHolders, caseStepNames } from './case-steps';

const CASE_STATUSES: readonly CaseStatus[] = ['running', 'completed', 'cancelled'];

/** The roles whose tasks an inbox holds: they may look for the cases they hold. */
const HOLDS_TASKS = ['district_operator', 'caseworker', 'professional_supervisor', 'supervisor'];

/**
 * The cases the user may see, newest first, a page at a time: who the client is, where each case
 * stands, who holds it and when it is next due. Found by part of the client's name or the case number,
 * filtered by status, street, holder and overdue tasks, on the server.
 */
export function CasesListPage() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const district = session?.user.district ?? null;
  const role = session?.user.role;
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [street, setStreet] = useState('');
  const [assignee, setAssignee] = useState('');
  const [overdue, setOverdue] = useState(false);
  const search = useDebounced(q, 250);
  // A district's streets to filter by; an operator's team to filter by who holds a case.
  const streets = useResource(async () => (district ? (await api.listStreets(district)).items : []), [district]);
  const team = useResource(async () => (district && role && spreadsWork(role) ? (await api.workload(district)).caseworkers : []), [district, role]);
  const query: CasesQuery = { q: search || undefined, status: status || undefined, street: street || undefined, assignee: assignee || undefined, overdue: overdue || undefined, limit: 50 };
  const [more, setMore] = useState<{ items: CaseListItem[]; people: People; cursor: string | null; busy: boolean; error: unknown }>({ items: [], people: {}, cursor: null, busy: false, error: null });
  const first = useResource(async () => {
    const r = await api.listCases(query);
    setMore({ items: [], people: {}, cursor: r.nextCursor, busy: false, error: null });
    return r;
  }, [search, status, street, assignee, overdue]);

  async function loadMore() {
    if (!more.cursor) return;
    setMore((m) => ({ ...m, busy: true }));
    try {
      const r = await api.listCases({ ...query, cursor: more.cursor });
      setMore((m) => ({ items: [...m.items, ...r.items], people: { ...m.people, ...r.people }, cursor: r.nextCursor, busy: false, error: null }));
    } catch (e) {
      setMore((m) => ({ ...m, busy: false, error: e }));
    }
  }

  const items = [...(first.data?.items ?? []), ...more.items];
  const people = { ...first.data?.people, ...more.people };
  const words = { kinds: (kind: string) => t(`cases.stepKinds.${kind}`), unclaimed: t('cases.unclaimed'), me: t('inbox.me') };
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
        <select value={status} onChange={(e) => setStatus(CASE_STATUSES.find((s) => s === e.target.value) ?? '')} aria-label={t('cases.status')} data-testid="cases-status">
          <option value="">{t('cases.allStatuses')}</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        {(streets.data?.length ?? 0) > 0 && (
          <select value={street} onChange={(e) => setStreet(e.target.value)} aria-label={t('cases.street')} data-testid="cases-street">
            <option value="">{t('cases.allStreets')}</option>
            {streets.data!.map((s) => (
              <option key={s.code} value={s.name.zh}>
                {localized(s.name, lang)}
              </option>
            ))}
          </select>
        )}
        {role && HOLDS_TASKS.includes(role) && (
          <select value={assignee} onChange={(e) => setAssignee(e.target.value)} aria-label={t('cases.assignee')} data-testid="cases-assignee">
            <option value="">{t('cases.allAssignees')}</option>
            <option value={session?.user.id ?? ''}>{t('cases.mine')}</option>
            {(team.data ?? [])
              .filter((c) => c.id !== session?.user.id)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {localized(c.displayName, lang)}
                </option>
              ))}
          </select>
        )}
        <label className="inline">
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="cases-overdue" /> {t('cases.overdueOnly')}
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
          <div className="table-scroll">
            <table className="table" data-testid="cases-table">
              <thead>
                <tr>
                  <th>{t('cases.caseKey')}</th>
                  <th>{t('cases.client')}</th>
                  <th>{t('cases.step')}</th>
                  <th>{t('cases.assignee')}</th>
                  <th>{t('cases.nextDue')}</th>
                  <th>{t('cases.standard')}</th>
                  <th>{t('cases.status')}</th>
                  <th>{t('cases.startedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => {
                  const holders = caseHolders(c, people, session?.user.id ?? '', lang, words);
                  return (
                    <tr key={c.id} data-testid="case-row" data-case-key={c.caseKey} className={c.overdue ? 'row-overdue' : undefined}>
                      <td>
                        <Link to={`/cases/${encodeURIComponent(c.id)}`}>
                          <code>{c.caseKey}</code>
                        </Link>
                      </td>
                      <td data-testid="case-client">{c.client ?? <span className="muted">{t('cases.noClient')}</span>}</td>
                      <td data-testid="case-step">{caseStepNames(c, lang, words) || <span className="muted">—</span>}</td>
                      <td data-testid="case-assignee">{holders || <span className="muted">—</span>}</td>
                      <td data-testid="case-due" className={c.overdue ? 'due due-overdue' : 'due'} title={c.nextDueAt ? formatDateTime(c.nextDueAt, lang) : undefined}>
                        {c.nextDueAt ? formatDate(c.nextDueAt, lang) : <span className="muted">—</span>}
                        {c.overdue && <span className="badge badge-rejected overdue-badge">{t('cases.overdue')}</span>}
                      </td>
                      <td>{`${localized(c.standard.title, lang)} v${c.standard.version}`}</td>
                      <td>
                        <StatusBadge status={c.status} />
                      </td>
                      <td>{formatDateTime(c.startedAt, lang)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
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
