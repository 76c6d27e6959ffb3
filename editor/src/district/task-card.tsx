import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type People, type Task } from '../api';
import { useApi, useSession } from '../auth/session-context';
import { SchemaForm } from '../forms/schema-form';
import { currentLanguage, localized } from '../i18n';
import { announce } from '../shell/flash-notice';
import { formatDate, personName } from '../shell/format';
import { ErrorBanner } from '../shell/status-views';
import { dueState } from './inbox-order';

/**
 * The errors of a completion at the fields they concern: the form's own refusal is located in the
 * data, a malformed request in its body (`/data/…`).
 */
function fieldErrorsOf(error: unknown): { pointer: string; message: string }[] {
  if (!isApiError(error)) return [];
  const inData = error.code === 'TASK_DATA_INVALID';
  return error.details.flatMap((d) => {
    if (d.pointer === undefined) return [];
    if (inData) return [{ pointer: d.pointer, message: d.message }];
    return /^\/data(\/|$)/.test(d.pointer) ? [{ pointer: d.pointer.slice('/data'.length), message: d.message }] : [];
  });
}

/** An open task of a case: its deadline, claim, and its form to complete it. */
export function TaskCard({ task, people, focused, onDone }: { task: Task; people?: People | undefined; focused: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const [current, setCurrent] = useState(task);
  const [data, setData] = useState<unknown>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const due = dueState(current);
  const mine = current.assignee === session?.user.id;

  async function run(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const complete = (formData: Record<string, unknown>) =>
    run(async () => {
      setData(formData);
      // Completing an unclaimed task claims it first, so the record says who did it.
      if (!current.assignee) setCurrent(await api.claimTask(current.id));
      const done = await api.completeTask(current.id, formData);
      // The card goes with the task; the notice stays above the case file.
      announce('inbox.completed', { task: done.name });
      onDone();
    });

  const fieldErrors = fieldErrorsOf(error);

  return (
    <article className={`card task-card ${focused ? 'focused' : ''}`} data-testid="task-card" data-task-id={current.id}>
      <header className="page-header">
        <h3>{localized(current.name, lang)}</h3>
        <span className={`due due-${due.tone}`}>{t(due.key, { count: due.count })}</span>
      </header>
      <p className="muted">
        {current.dueAt && t('caseFile.dueOn', { date: formatDate(current.dueAt, lang) })} {current.assignee ? t('caseFile.claimedBy', { who: mine ? t('inbox.me') : personName(people, current.assignee, lang) }) : t('inbox.nobody')}
      </p>
      <div className="row-actions">
        {!current.assignee && (
          <button type="button" disabled={busy} onClick={() => run(async () => setCurrent(await api.claimTask(current.id)))} data-testid="claim-task">
            {t('inbox.claim')}
          </button>
        )}
        {mine && (
          <button type="button" className="link-button" disabled={busy} onClick={() => run(async () => setCurrent(await api.unclaimTask(current.id)))} data-testid="unclaim-task">
            {t('inbox.unclaim')}
          </button>
        )}
      </div>
      {error && fieldErrors.length === 0 ? <ErrorBanner error={error} /> : null}
      {fieldErrors.length > 0 && (
        <div className="field-error" role="alert">
          {t('caseFile.fixFields')}
        </div>
      )}
      <SchemaForm
        schema={current.form ?? { type: 'object', properties: {} }}
        formData={data}
        onSubmit={complete}
        submitLabel={busy ? t('common.submitting') : t('caseFile.complete')}
        disabled={busy}
        serverErrors={fieldErrors}
        testId="task-form"
      />
    </article>
  );
}
