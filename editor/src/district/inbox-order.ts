import type { Task, TaskListItem } from '../api';

/**
 * The inbox's order: overdue tasks first, the longest overdue at the top, then by due date, tasks
 * without a deadline last; equal deadlines in the order the tasks arrived.
 */
export function sortInbox<T extends Task>(tasks: readonly T[]): T[] {
  const due = (t: Task) => (t.dueAt ? Date.parse(t.dueAt) : Number.POSITIVE_INFINITY);
  return [...tasks].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    const d = due(a) - due(b);
    if (d !== 0 && !Number.isNaN(d)) return d;
    return Date.parse(a.createdAt) - Date.parse(b.createdAt);
  });
}

export type DueState = { key: 'inbox.due.overdue' | 'inbox.due.today' | 'inbox.due.left' | 'inbox.due.none'; count: number; tone: 'overdue' | 'soon' | 'ok' | 'none' };

/** How much time a task has left, in working days, as the inbox says it. */
export function dueState(task: Pick<Task, 'overdue' | 'workingDaysLeft' | 'dueAt'>): DueState {
  const left = task.workingDaysLeft;
  if (task.overdue) return { key: 'inbox.due.overdue', count: Math.abs(Math.min(left ?? 0, 0)), tone: 'overdue' };
  if (left === null || left === undefined) return task.dueAt ? { key: 'inbox.due.left', count: 0, tone: 'soon' } : { key: 'inbox.due.none', count: 0, tone: 'none' };
  if (left <= 0) return { key: 'inbox.due.today', count: 0, tone: 'soon' };
  return { key: 'inbox.due.left', count: left, tone: left <= 2 ? 'soon' : 'ok' };
}

export interface InboxFilter {
  text: string;
  mine: 'all' | 'mine' | 'unclaimed';
  userId: string;
}

/** The inbox's tasks a person looks for: theirs or nobody's, and by part of the client's name, the case number, the task or the standard. */
export function filterInbox<T extends TaskListItem>(tasks: readonly T[], f: InboxFilter, title: (t: T) => string): T[] {
  const q = f.text.trim().toLowerCase();
  return tasks.filter((t) => {
    if (f.mine === 'mine' && t.assignee !== f.userId) return false;
    if (f.mine === 'unclaimed' && t.assignee) return false;
    if (!q) return true;
    return [t.client, t.caseKey, t.name.zh, t.name.en, t.standard.code, title(t)].some((s) => s?.toLowerCase().includes(q));
  });
}
