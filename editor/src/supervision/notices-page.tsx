import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice, NoticeStatus, People } from '../api';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link } from '../routing/router';
import { formatDateTime, personName } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { NoticeDue, NoticeFigureText, NoticeStatusBadge, noticeSubject } from './notice-parts';

const STATUSES: readonly NoticeStatus[] = ['open', 'replied', 'closed'];

/** 督办: every notice the reader may see, newest first, by status, district and lateness; each opens its thread. */
export function NoticesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const districts = useDistricts();
  const [status, setStatus] = useState<NoticeStatus | ''>('');
  const [district, setDistrict] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [more, setMore] = useState<{ items: Notice[]; people: People; cursor: string | null; busy: boolean; error: unknown }>({ items: [], people: {}, cursor: null, busy: false, error: null });
  const query = { status: status || undefined, district: district || undefined, overdue: overdue || undefined, limit: 50 };
  const first = useResource(async () => {
    const r = await api.listNotices(query);
    setMore({ items: [], people: {}, cursor: r.nextCursor, busy: false, error: null });
    return r;
  }, [status, district, overdue]);

  async function loadMore() {
    if (!more.cursor) return;
    setMore((m) => ({ ...m, busy: true }));
    try {
      const r = await api.listNotices({ ...query, cursor: more.cursor });
      setMore((m) => ({ items: [...m.items, ...r.items], people: { ...m.people, ...r.people }, cursor: r.nextCursor, busy: false, error: null }));
    } catch (e) {
      setMore((m) => ({ ...m, busy: false, error: e }));
    }
  }

  const items = [...(first.data?.items ?? []), ...more.items];
  const people = { ...first.data?.people, ...more.people };
  const names = new Map(districts.map((d) => [d.code, d.name]));

  return (
    <section className="page notices-page">
      <div className="page-header">
        <div>
          <h1>{t('notices.title')}</h1>
          <p className="muted">{t('notices.intro')}</p>
        </div>
      </div>
      <div className="filters">
        <select value={status} onChange={(e) => setStatus(e.target.value as NoticeStatus | '')} aria-label={t('notices.filterStatus')} data-testid="notices-status">
          <option value="">{t('notices.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`notices.status.${s}`)}
            </option>
          ))}
        </select>
        {!session?.user.district && (
          <select value={district} onChange={(e) => setDistrict(e.target.value)} aria-label={t('notices.district')} data-testid="notices-district">
            <option value="">{t('notices.allDistricts')}</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {localized(d.name, lang)}
              </option>
            ))}
          </select>
        )}
        <label className="inline">
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="notices-overdue" /> {t('notices.overdueOnly')}
        </label>
      </div>
      {first.error ? (
        <ErrorBanner error={first.error} onRetry={first.reload} />
      ) : !first.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title={t('notices.empty')}>
          <p className="muted">{t('notices.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table" data-testid="notices-table">
              <thead>
                <tr>
                  <th>{t('notices.district')}</th>
                  <th>{t('notices.subject')}</th>
                  <th>{t('notices.figure')}</th>
                  <th>{t('notices.sentAt')}</th>
                  <th>{t('notices.due')}</th>
                  <th>{t('notices.statusHeading')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((n) => (
                  <tr key={n.id} data-testid="notice-row" data-notice-id={n.id} data-status={n.status} data-overdue={n.overdue} className={n.overdue ? 'due-overdue' : undefined}>
                    <td>{localized(names.get(n.district), lang) || n.district}</td>
                    <td>
                      <Link to={`/supervision/notices/${encodeURIComponent(n.id)}`} data-testid="notice-link">
                        {noticeSubject(n, lang)}
                      </Link>
                      <div className="muted">{t('supervision.period.range', n.period)}</div>
                    </td>
                    <td>
                      <NoticeFigureText figure={n.figure} />
                    </td>
                    <td>
                      {formatDateTime(n.createdAt, lang)}
                      <div className="muted">{personName(people, n.createdBy, lang)}</div>
                    </td>
                    <td>
                      <NoticeDue notice={n} lang={lang} />
                    </td>
                    <td>
                      <NoticeStatusBadge notice={n} />
                      {n.returns > 0 && <div className="muted">{t('notices.returns', { count: n.returns })}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ErrorBanner error={more.error} />
          {more.cursor && (
            <button type="button" onClick={loadMore} disabled={more.busy} data-testid="notices-more">
              {more.busy ? t('common.loading') : t('notices.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
