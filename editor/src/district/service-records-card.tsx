import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ServiceRecordKind } from '../api';
import { useApi } from '../auth/session-context';
import { currentLanguage } from '../i18n';
import { formatDateTime, personName } from '../shell/format';
import { ErrorBanner, Loading } from '../shell/status-views';
import { useResource } from '../shell/use-resource';
import { RECORD_KINDS } from './record-kinds';
import { beijingLocalInput, fromBeijingLocalInput } from './record-time';

const NOTES_MAX = 2000;
const MINUTES = { min: 1, max: 720 };

/**
 * The case's service records (服务记录): every contact with the client, newest first — when, what kind,
 * how long, who recorded it and what was done — and, while the case runs, a form to record one, made
 * to be filled in on a phone at the door after a home visit.
 */
export function ServiceRecordsCard({ caseId, running, onAdded }: { caseId: string; running: boolean; onAdded: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const lang = currentLanguage();
  const records = useResource(() => api.listRecords(caseId), [caseId]);
  const [kind, setKind] = useState<ServiceRecordKind>('home_visit');
  const [occurredAt, setOccurredAt] = useState(() => beijingLocalInput(new Date()));
  const [minutes, setMinutes] = useState('30');
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const fieldError = (pointer: string) => (isApiError(error) ? error.detailsFor(pointer) : []);
  const fieldErrors = ['/kind', '/occurredAt', '/durationMinutes', '/notes'].flatMap(fieldError);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.addRecord(caseId, { kind, occurredAt: fromBeijingLocalInput(occurredAt) ?? occurredAt, durationMinutes: Number(minutes), notes });
      setNotes('');
      setOccurredAt(beijingLocalInput(new Date()));
      records.reload();
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const items = [...(records.data?.items ?? [])].reverse();
  const problem = (pointer: string) =>
    fieldError(pointer).map((message) => (
      <span key={message} className="field-error" role="alert">
        {message}
      </span>
    ));

  return (
    <section className="card service-records" data-testid="service-records">
      <h3>{t('records.title', { count: records.data?.items.length ?? 0 })}</h3>
      {running ? (
        <form className="record-form" onSubmit={submit} data-testid="record-form" noValidate>
          <label>
            {t('records.kind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as ServiceRecordKind)} data-testid="record-kind">
              {RECORD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`records.kinds.${k}`)}
                </option>
              ))}
            </select>
            {problem('/kind')}
          </label>
          <label>
            {t('records.occurredAt')}
            <input type="datetime-local" value={occurredAt} max={beijingLocalInput(new Date())} onChange={(e) => setOccurredAt(e.target.value)} required data-testid="record-occurred-at" />
            {problem('/occurredAt')}
          </label>
          <label>
            {t('records.duration')}
            <input type="number" inputMode="numeric" min={MINUTES.min} max={MINUTES.max} step={1} value={minutes} onChange={(e) => setMinutes(e.target.value)} required data-testid="record-duration" />
            {problem('/durationMinutes')}
          </label>
          <label className="record-notes">
            {t('records.notes')}
            <textarea value={notes} maxLength={NOTES_MAX} rows={3} placeholder={t('records.notesPlaceholder')} onChange={(e) => setNotes(e.target.value)} data-testid="record-notes" />
            {problem('/notes')}
          </label>
          {error && fieldErrors.length === 0 ? <ErrorBanner error={error} /> : null}
          <button type="submit" className="primary" disabled={busy} data-testid="record-submit">
            {busy ? t('common.submitting') : t('records.submit')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('records.closed')}</p>
      )}
      {records.error ? (
        <ErrorBanner error={records.error} onRetry={records.reload} />
      ) : !records.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted">{t('records.none')}</p>
      ) : (
        <ol className="record-list" data-testid="record-list">
          {items.map((r) => (
            <li key={r.id} data-testid="record-item" data-kind={r.kind}>
              <div className="record-head">
                <strong>{t(`records.kinds.${r.kind}`)}</strong>
                <time>{formatDateTime(r.occurredAt, lang)}</time>
                <span className="muted">{t('records.minutes', { count: r.durationMinutes })}</span>
                <span className="muted">{t('records.by', { who: personName(records.data?.people, r.recordedBy, lang) })}</span>
              </div>
              {r.notes && <p className="record-notes-text">{r.notes}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
