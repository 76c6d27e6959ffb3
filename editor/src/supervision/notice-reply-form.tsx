import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice, NoticeDetail } from '../api';
import { useApi } from '../auth/session-context';
import { ErrorBanner, FieldError } from '../shell/status-views';

/** The district operator's reply to a notice: what was found and what was done. */
export function NoticeReplyForm({ notice, onReplied }: { notice: Notice; onReplied: (notice: NoticeDetail) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [findings, setFindings] = useState('');
  const [actions, setActions] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onReplied(await api.replyNotice(notice.id, { findings: findings.trim(), actions: actions.trim(), revision: notice.revision }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="notice-reply" onSubmit={submit} data-testid="notice-reply-form">
      <label>
        {t('notices.reply.findings')}
        <textarea value={findings} onChange={(e) => setFindings(e.target.value)} required maxLength={4000} placeholder={t('notices.reply.findingsPlaceholder')} data-testid="notice-findings" />
        <FieldError error={error} pointer="/findings" />
      </label>
      <label>
        {t('notices.reply.actions')}
        <textarea value={actions} onChange={(e) => setActions(e.target.value)} required maxLength={4000} placeholder={t('notices.reply.actionsPlaceholder')} data-testid="notice-actions" />
        <FieldError error={error} pointer="/actions" />
      </label>
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !findings.trim() || !actions.trim()} data-testid="notice-reply">
          {busy ? t('common.submitting') : t('notices.reply.submit')}
        </button>
      </div>
    </form>
  );
}
