import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeDetail } from '../api';
import { repliesToNotices, sendsNotices } from '../auth/role-navigation';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link } from '../routing/router';
import { formatDateTime } from '../shell/format';
import { ErrorBanner, FieldError, Loading } from '../shell/status-views';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { NoticeDue, NoticeFigureText, NoticeStatusBadge, NoticeThread, noticeSubject } from './notice-parts';
import { NoticeReplyForm } from './notice-reply-form';

/**
 * One 督办 notice: the figure as sent, the message, the due time and the thread; the district operator
 * replies while it waits for them, the supervisor closes or returns it once replied.
 */
export function NoticePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const districts = useDistricts();
  const notice = useResource(() => api.getNotice(id), [id]);
  const [done, setDone] = useState<string | null>(null);
  const role = session!.user.role;
  const n = notice.data;
  if (notice.error) return <ErrorBanner error={notice.error} onRetry={notice.reload} />;
  if (!n) return <Loading />;
  const district = districts.find((d) => d.code === n.district);
  const after = (key: string) => (updated: NoticeDetail) => {
    notice.set(updated);
    setDone(t(key));
  };

  return (
    <section className="page narrow notice-page" data-testid="notice-page">
      <div className="page-header">
        <div>
          <Link to={repliesToNotices(role) ? '/inbox' : '/supervision/notices'} className="muted">
            {t('common.back')}
          </Link>
          <h1>
            {t('notices.heading', { district: district ? localized(district.name, lang) : n.district })}
          </h1>
          <p className="muted">{noticeSubject(n, lang)}</p>
        </div>
        <NoticeStatusBadge notice={n} />
      </div>
      {done && (
        <p className="notice" role="status" data-testid="notice-done">
          {done}
        </p>
      )}
      <section className="card">
        <dl className="notice-facts">
          <div>
            <dt>{t('notices.period')}</dt>
            <dd>{t('supervision.period.range', n.period)}</dd>
          </div>
          <div>
            <dt>{t('notices.figure')}</dt>
            <dd>
              <NoticeFigureText figure={n.figure} />
            </dd>
          </div>
          <div>
            <dt>{t('notices.due')}</dt>
            <dd>
              {formatDateTime(n.dueAt, lang)} · <NoticeDue notice={n} lang={lang} />
            </dd>
          </div>
          <div>
            <dt>{t('notices.message')}</dt>
            <dd className="notice-text" data-testid="notice-message-text">
              {n.message}
            </dd>
          </div>
          {n.returns > 0 && (
            <div>
              <dt>{t('notices.returnsHeading')}</dt>
              <dd>{t('notices.returns', { count: n.returns })}</dd>
            </div>
          )}
        </dl>
      </section>
      <section className="card">
        <h3>{t('notices.thread')}</h3>
        <NoticeThread thread={n.thread} people={n.people} lang={lang} />
      </section>
      {repliesToNotices(role) && n.status === 'open' && (
        <section className="card">
          <h3>{t('notices.reply.title')}</h3>
          <NoticeReplyForm notice={n} onReplied={after('notices.reply.replied')} />
        </section>
      )}
      {sendsNotices(role) && n.status === 'replied' && <Decision notice={n} onDone={(updated, key) => after(key)(updated)} />}
    </section>
  );
}

/** The supervisor's decision on a reply: close the notice (the reply is accepted) or return it. */
function Decision({ notice, onDone }: { notice: NoticeDetail; onDone: (notice: NoticeDetail, messageKey: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function decide(e: FormEvent, action: 'close' | 'return') {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const text = message.trim();
      if (action === 'close') onDone(await api.closeNotice(notice.id, { message: text || undefined, revision: notice.revision }), 'notices.close.closed');
      else onDone(await api.returnNotice(notice.id, { message: text, revision: notice.revision }), 'notices.return.returned');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="card" onSubmit={(e) => decide(e, 'close')} data-testid="notice-decision">
      <h3>{t('notices.decision')}</h3>
      <label>
        {t('notices.decisionMessage')}
        <textarea value={message} onChange={(e) => setMessage(e.target.value)} maxLength={2000} rows={3} data-testid="notice-decision-message" />
        <span className="hint">{t('notices.return.needsMessage')}</span>
        <FieldError error={error} pointer="/message" />
      </label>
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button type="button" className="danger" disabled={busy || !message.trim()} onClick={(e) => decide(e, 'return')} data-testid="notice-return">
          {t('notices.return.submit')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="notice-close">
          {t('notices.close.submit')}
        </button>
      </div>
    </form>
  );
}
