import type { TaskListItem } from '../api';
import { dueState, filterInbox, sortInbox } from './inbox-order';

function task(id: string, over: Partial<TaskListItem> = {}): TaskListItem {
  return {
    id,
    caseId: `c-${id}`,
    caseKey: `K-${id}`,
    standard: { code: 'BJ-SW-ELDER', version: 1, title: { zh: '老年', en: 'Elderly' } },
    elementId: 'Task_1',
    name: { zh: '家访', en: 'Home visit' },
    role: 'caseworker',
    assignTo: 'caseworker',
    district: 'dongcheng',
    organisation: null,
    assignee: null,
    status: 'open',
    createdAt: '2024-03-01T00:00:00Z',
    dueAt: null,
    overdue: false,
    workingDaysLeft: null,
    formId: null,
    form: null,
    data: null,
    completedAt: null,
    completedBy: null,
    client: null,
    ...over,
  };
}

describe('the order of the inbox', () => {
  it('puts overdue tasks first, then the nearest deadline, then tasks without one', () => {
    const tasks = [
      task('none'),
      task('later', { dueAt: '2024-03-20T00:00:00Z', workingDaysLeft: 10 }),
      task('late', { dueAt: '2024-03-05T00:00:00Z', overdue: true, workingDaysLeft: -2 }),
      task('soon', { dueAt: '2024-03-12T00:00:00Z', workingDaysLeft: 3 }),
      task('later-late', { dueAt: '2024-03-02T00:00:00Z', overdue: true, workingDaysLeft: -5 }),
    ];
    expect(sortInbox(tasks).map((t) => t.id)).toEqual(['later-late', 'late', 'soon', 'later', 'none']);
  });
});

describe('what the inbox says about a deadline', () => {
  it('counts overdue working days', () => {
    expect(dueState({ overdue: true, workingDaysLeft: -3, dueAt: 'x' })).toEqual({ key: 'inbox.due.overdue', count: 3, tone: 'overdue' });
  });

  it('warns when two working days or fewer are left', () => {
    expect(dueState({ overdue: false, workingDaysLeft: 2, dueAt: 'x' }).tone).toBe('soon');
    expect(dueState({ overdue: false, workingDaysLeft: 8, dueAt: 'x' })).toEqual({ key: 'inbox.due.left', count: 8, tone: 'ok' });
  });

  it('says due today on the last day', () => {
    expect(dueState({ overdue: false, workingDaysLeft: 0, dueAt: 'x' }).key).toBe('inbox.due.today');
  });

  it('says so when a task has no deadline', () => {
    expect(dueState({ overdue: false, workingDaysLeft: null, dueAt: null }).key).toBe('inbox.due.none');
  });
});

describe('filtering the inbox', () => {
  const tasks = [task('a', { assignee: 'u1', caseKey: 'DC-2024-001' }), task('b', { client: '张桂兰' }), task('c', { assignee: 'u2' })];
  const title = () => '老年';

  it('shows my tasks or the unclaimed ones', () => {
    expect(filterInbox(tasks, { text: '', mine: 'mine', userId: 'u1' }, title).map((t) => t.id)).toEqual(['a']);
    expect(filterInbox(tasks, { text: '', mine: 'unclaimed', userId: 'u1' }, title).map((t) => t.id)).toEqual(['b']);
  });

  it('finds a task by its case number', () => {
    expect(filterInbox(tasks, { text: 'dc-2024', mine: 'all', userId: 'u1' }, title).map((t) => t.id)).toEqual(['a']);
  });

  it('finds a task by part of its client’s name', () => {
    expect(filterInbox(tasks, { text: '桂兰', mine: 'all', userId: 'u1' }, title).map((t) => t.id)).toEqual(['b']);
  });
});
