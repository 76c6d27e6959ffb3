import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../api';
import { useApi } from '../auth/session-context';
import { currentLanguage } from '../i18n';
import { Link } from '../routing/router';
import { formatDateTime } from '../shell/format';
import { ErrorBanner } from '../shell/status-views';
import { useResource } from '../shell/use-resource';
import { NoticeDue, NoticeFigureText, noticeSubject } from './notice-parts';
import { NoticeReplyForm } from './notice-reply-form';

/**
 * The 督办 notices a district operator owes a reply, at the top of their inbox, overdue first; each is
 * answered in place.
 */
export function InboxNotices() {
  const { t } = useTranslation();
  const api = useApi();
  const lang = currentLanguage();
  const notices = useResource(() => api.listNotices({ status: 'open', limit: 100 }), []);
  const [replying, setReplying] = useState<string | null>(null);
  const [replied, setReplied] = useState(false);
  const items = [...(notices.data?.items ?? [])].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt));

  return (
    <section className="card inbox-notices" data-testid="inbox-notices">
      <div className="page-header">
        <h3>{t('notices.inbox.title', { count: items.length })}</h3>
        <Link to="/supervision/notices">{t('notices.inbox.all')}</Link>
      </div>
      {replied && (
        <p className="notice" role="status" data-testid="notice-done">
          {t('notices.reply.replied')}
        </p>
      )}
      <ErrorBanner error={notices.error} onRetry={notices.reload} />
      {notices.data && items.length === 0 && <p className="muted">{t('notices.inbox.none')}</p>}
      <ul className="notice-list">
        {items.map((n: Notice) => (
          <li key={n.id} className={`notice-item${n.overdue ? ' due-overdue' : ''}`} data-testid="inbox-notice" data-notice-id={n.id} data-overdue={n.overdue}>
            <div className="notice-item-head">
              <Link to={`/supervision/notices/${encodeURIComponent(n.id)}`}>{noticeSubject(n, lang)}</Link>
              <NoticeDue notice={n} lang={lang} />
            </div>
            <div className="muted">
              {t('supervision.period.range', n.period)} · <NoticeFigureText figure={n.figure} /> · {t('notices.sentOn', { date: formatDateTime(n.createdAt, lang) })}
              {n.returns > 0 && ` · ${t('notices.returns', { count: n.returns })}`}
            </div>
            <p className="notice-text">{n.message}</p>
            {replying === n.id ? (
              <NoticeReplyForm
                notice={n}
                onReplied={() => {
                  setReplying(null);
                  setReplied(true);
                  notices.reload();
                }}
              />
            ) : (
              <button type="button" className="primary" onClick={() => setReplying(n.id)} data-testid="inbox-notice-reply">
                {t('notices.inbox.reply')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
