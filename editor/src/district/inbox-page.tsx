import { useMemo, useRef, useState, useSyncExternalStore, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../api';
import { repliesToNotices } from '../auth/role-navigation';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link } from '../routing/router';
import { formatDate, personName } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useResource } from '../shell/use-resource';
import { InboxNotices } from '../supervision/inbox-notices';
import { dueState, filterInbox, sortInbox } from './inbox-order';
import { visibleRange } from './virtual-window';

const ROW_HEIGHT = 56;

function useViewportHeight(): number {
  return useSyncExternalStore(
    (l) => {
      window.addEventListener('resize', l);
      return () => window.removeEventListener('resize', l);
    },
    () => window.innerHeight,
  );
}

/** The caseworker's and operator's open tasks, overdue first, drawn a screenful at a time. */
export function InboxPage() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const tasks = useResource(() => api.listTasks(1000), []);
  const [text, setText] = useState('');
  const [mine, setMine] = useState<'all' | 'mine' | 'unclaimed'>('all');
  const [scrollTop, setScrollTop] = useState(0);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const viewport = useViewportHeight();
  const userId = session?.user.id ?? '';

  const rows = useMemo(
    () => sortInbox(filterInbox(tasks.data?.items ?? [], { text, mine, userId }, (x) => localized(x.standard.title, lang))),
    [tasks.data, text, mine, userId, lang],
  );
  const listHeight = Math.max(ROW_HEIGHT * 3, viewport - 230);
  const range = visibleRange(scrollTop, listHeight, ROW_HEIGHT, rows.length);
  const overdue = (tasks.data?.items ?? []).filter((x) => x.overdue).length;

  async function claim(task: Task, on: boolean) {
    setBusyId(task.id);
    setActionError(null);
    try {
      const updated = on ? await api.claimTask(task.id) : await api.unclaimTask(task.id);
      // Keep the directory of people: a task the caller claimed shows as theirs, needing no new name.
      tasks.set({ items: (tasks.data?.items ?? []).map((x) => (x.id === task.id ? { ...x, ...updated } : x)), people: tasks.data?.people ?? {} });
    } catch (e) {
      setActionError(e);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className="page inbox-page">
      <div className="page-header">
        <h1>{t('inbox.title')}</h1>
        <span className="muted" data-testid="inbox-summary">
          {t('inbox.summary', { count: tasks.data?.items.length ?? 0, overdue })}
        </span>
      </div>
      {session && repliesToNotices(session.user.role) && <InboxNotices />}
      <div className="filters">
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('inbox.searchPlaceholder')} aria-label={t('inbox.search')} data-testid="inbox-search" />
        <select value={mine} onChange={(e) => setMine(e.target.value as typeof mine)} aria-label={t('inbox.show')} data-testid="inbox-filter">
          <option value="all">{t('inbox.all')}</option>
          <option value="mine">{t('inbox.mine')}</option>
          <option value="unclaimed">{t('inbox.unclaimed')}</option>
        </select>
        <button type="button" onClick={tasks.reload} data-testid="inbox-refresh">
          {t('common.refresh')}
        </button>
      </div>
      <ErrorBanner error={actionError} />
      {tasks.error ? (
        <ErrorBanner error={tasks.error} onRetry={tasks.reload} />
      ) : !tasks.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <EmptyState title={tasks.data.items.length ? t('inbox.noMatch') : t('inbox.empty')} />
      ) : (
        <div className="inbox" role="table" aria-label={t('inbox.title')} aria-rowcount={rows.length} data-testid="inbox">
          <div className="inbox-row inbox-head" role="row">
            <span role="columnheader">{t('inbox.due.heading')}</span>
            <span role="columnheader">{t('inbox.task')}</span>
            <span role="columnheader">{t('inbox.client')}</span>
            <span role="columnheader">{t('inbox.case')}</span>
            <span role="columnheader">{t('inbox.standard')}</span>
            <span role="columnheader">{t('inbox.assignee')}</span>
            <span role="columnheader" />
          </div>
          <div className="inbox-scroll" ref={listRef} style={{ height: listHeight }} onScroll={(e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop)} data-testid="inbox-scroll">
            <div style={{ height: range.totalHeight, position: 'relative' }}>
              <div style={{ transform: `translateY(${range.offsetTop}px)` }}>
                {rows.slice(range.start, range.end).map((task, i) => {
                  const due = dueState(task);
                  const claimedByMe = task.assignee === userId;
                  return (
                    <div
                      key={task.id}
                      className={`inbox-row due-${due.tone}`}
                      role="row"
                      aria-rowindex={range.start + i + 1}
                      style={{ height: ROW_HEIGHT }}
                      data-testid="inbox-row"
                      data-task-id={task.id}
                      data-overdue={task.overdue}
                    >
                      <span role="cell" className="due" title={task.dueAt ? formatDate(task.dueAt, lang) : undefined}>
                        {t(due.key, { count: due.count })}
                      </span>
                      <span role="cell" className="task-name">
                        {localized(task.name, lang)}
                      </span>
                      <span role="cell" className="ellipsis" data-testid="inbox-client">
                        {task.client ?? <span className="muted">{t('cases.noClient')}</span>}
                      </span>
                      <span role="cell">
                        <code>{task.caseKey}</code>
                      </span>
                      <span role="cell" className="muted ellipsis">
                        {localized(task.standard.title, lang)}
                      </span>
                      <span role="cell">{task.assignee ? (claimedByMe ? t('inbox.me') : personName(tasks.data?.people, task.assignee, lang)) : <span className="muted">{t('inbox.nobody')}</span>}</span>
                      <span role="cell" className="row-actions">
                        {!task.assignee && (
                          <button type="button" disabled={busyId === task.id} onClick={() => claim(task, true)} data-testid="claim-task">
                            {t('inbox.claim')}
                          </button>
                        )}
                        {claimedByMe && (
                          <button type="button" className="link-button" disabled={busyId === task.id} onClick={() => claim(task, false)} data-testid="unclaim-task">
                            {t('inbox.unclaim')}
                          </button>
                        )}
                        <Link to={`/cases/${encodeURIComponent(task.caseId)}?task=${encodeURIComponent(task.id)}`} className="button primary" data-testid="open-task">
                          {t('inbox.open')}
                        </Link>
                      </span>
                    </div>
                  );
                })}
              </div>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
