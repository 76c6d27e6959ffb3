import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseworkerLoad, TaskListItem } from '../api';
import { spreadsWork } from '../auth/role-navigation';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link } from '../routing/router';
import { formatDate, personName } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useResource } from '../shell/use-resource';
import { dueState, sortInbox } from './inbox-order';

/** The tasks nobody has taken, as the API names them. */
const UNASSIGNED = 'unassigned';

/**
 * A district operator's view of the team's work: how many open tasks each caseworker of the district
 * holds and how many are overdue, those nobody has taken, the tasks behind each figure, and a task
 * handed to another caseworker who may see its case.
 */
export function WorkloadPage() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const district = session && spreadsWork(session.user.role) ? session.user.district : null;
  const load = useResource(async () => (district ? api.workload(district) : null), [district]);
  const [holder, setHolder] = useState<string | null>(null);
  const tasks = useResource(async () => (district && holder ? api.workloadTasks(district, { assignee: holder }) : null), [district, holder]);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!district) return <EmptyState title={t('workload.onlyOperators')} />;
  if (load.error) return <ErrorBanner error={load.error} onRetry={load.reload} />;
  if (!load.data) return <Loading />;

  const caseworkers = load.data.caseworkers;
  const open = caseworkers.reduce((n, c) => n + c.open, load.data.unassigned.open);
  const overdue = caseworkers.reduce((n, c) => n + c.overdue, load.data.unassigned.overdue);
  const nameOf = (c: Pick<CaseworkerLoad, 'displayName'>) => localized(c.displayName, lang);
  const shown = holder === UNASSIGNED ? t('workload.unassignedTasks') : t('workload.tasksOf', { name: nameOf(caseworkers.find((c) => c.id === holder) ?? { displayName: { zh: '', en: '' } }) });

  /** The caseworkers a task may go to: those who can sign in and see its case, other than its holder. */
  const takers = (task: TaskListItem) => caseworkers.filter((c) => c.account && c.id !== task.assignee && (!c.organisation || c.organisation.id === task.organisation));

  async function handOn(task: TaskListItem) {
    const to = caseworkers.find((c) => c.id === chosen[task.id]);
    if (!to) return;
    setBusyId(task.id);
    setActionError(null);
    setNotice(null);
    try {
      await api.assignTask(task.id, to.id);
      setNotice(t('workload.reassigned', { task: localized(task.name, lang), caseKey: task.caseKey, name: nameOf(to) }));
      load.reload();
      tasks.reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusyId(null);
    }
  }

  const row = (id: string, name: string, detail: string | null, counts: { open: number; overdue: number }, username?: string) => (
    <tr key={id} data-testid="workload-row" data-holder={username ?? id} className={holder === id ? 'selected' : undefined}>
      <td>
        {name}
        {detail && <div className="muted small">{detail}</div>}
      </td>
      <td data-testid="workload-open">{counts.open}</td>
      <td data-testid="workload-overdue" className={counts.overdue ? 'due due-overdue' : undefined}>
        {counts.overdue}
      </td>
      <td>
        <div className="row-actions">
          <button type="button" disabled={counts.open === 0} onClick={() => setHolder(id)} data-testid="workload-show">
            {t('workload.show')}
          </button>
        </div>
      </td>
    </tr>
  );

  return (
    <section className="page workload-page">
      <div className="page-header">
        <h1>{t('workload.title')}</h1>
        <span className="muted" data-testid="workload-summary">
          {t('workload.summary', { open, overdue })}
        </span>
      </div>
      {caseworkers.length === 0 ? (
        <EmptyState title={t('workload.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="workload-table">
            <thead>
              <tr>
                <th>{t('workload.caseworker')}</th>
                <th>{t('workload.open')}</th>
                <th>{t('workload.overdue')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {caseworkers.map((c) =>
                row(c.id, nameOf(c), c.account ? (c.organisation ? localized(c.organisation.name, lang) : t('workload.station')) : t('workload.noAccount'), c, c.username),
              )}
              {row(UNASSIGNED, t('workload.unassigned'), null, load.data.unassigned)}
            </tbody>
          </table>
        </div>
      )}
      {notice && (
        <div className="status-ok" role="status" data-testid="workload-notice">
          {notice}
        </div>
      )}
      <ErrorBanner error={actionError} />
      {holder && (
        <section className="card" data-testid="workload-tasks">
          <h3>{shown}</h3>
          {tasks.error ? (
            <ErrorBanner error={tasks.error} onRetry={tasks.reload} />
          ) : !tasks.data ? (
            <Loading />
          ) : tasks.data.items.length === 0 ? (
            <EmptyState title={t('workload.noTasks')} />
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th>{t('inbox.due.heading')}</th>
                    <th>{t('inbox.task')}</th>
                    <th>{t('inbox.client')}</th>
                    <th>{t('inbox.case')}</th>
                    <th>{t('workload.handTo')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sortInbox(tasks.data.items).map((task) => {
                    const due = dueState(task);
                    const options = takers(task);
                    return (
                      <tr key={task.id} data-testid="workload-task" data-task-id={task.id} data-case-key={task.caseKey} className={`due-${due.tone}`}>
                        <td className="due" title={task.dueAt ? formatDate(task.dueAt, lang) : undefined}>
                          {t(due.key, { count: due.count })}
                        </td>
                        <td className="task-name">{localized(task.name, lang)}</td>
                        <td>{task.client ?? <span className="muted">{t('cases.noClient')}</span>}</td>
                        <td>
                          <Link to={`/cases/${encodeURIComponent(task.caseId)}`}>
                            <code>{task.caseKey}</code>
                          </Link>
                          {task.assignee && <div className="muted small">{personName(tasks.data?.people, task.assignee, lang)}</div>}
                        </td>
                        <td>
                          <div className="row-actions">
                            <select
                              value={chosen[task.id] ?? ''}
                              onChange={(e) => setChosen((c) => ({ ...c, [task.id]: e.target.value }))}
                              aria-label={t('workload.handTo')}
                              disabled={options.length === 0}
                              data-testid="reassign-select"
                            >
                              <option value="">{options.length ? t('workload.chooseCaseworker') : t('workload.nobodyToTake')}</option>
                              {options.map((c) => (
                                <option key={c.id} value={c.id}>
                                  {nameOf(c)}
                                </option>
                              ))}
                            </select>
                            <button type="button" className="primary" disabled={!chosen[task.id] || busyId === task.id} onClick={() => handOn(task)} data-testid="reassign-submit">
                              {t('workload.handOn')}
                            </button>
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </section>
  );
}
