import type { CaseStep } from '../api';
import { caseHolders, caseStepNames } from './case-steps';

const words = { kinds: (kind: string) => ({ timer: '等待到期', task: '待办任务' })[kind] ?? '办理中', unclaimed: '未认领', me: '我' };
const people = {
  'usr-1': { username: 'dongcheng.worker', displayName: { zh: '王芳', en: 'Wang Fang' } },
  'usr-2': { username: 'dongcheng.colleague', displayName: { zh: '李明', en: 'Li Ming' } },
};
const step = (over: Partial<CaseStep>): CaseStep => ({ elementId: 'Task_Visit', name: { zh: '入户评估', en: 'Home assessment' }, kind: 'task', taskId: 't-1', assignee: null, dueAt: null, ...over });

describe('where a listed case stands, in words', () => {
  it('names each step as the diagram does, and one drawn without a name by what it waits for, never by its id', () => {
    const item = { steps: [step({}), step({ elementId: 'Task_Approve', name: { zh: '区民政局审批', en: 'District approval' } }), step({ elementId: 'Timer_0x7f', name: null, kind: 'timer', taskId: null })] };
    expect(caseStepNames(item, 'zh-CN', words)).toBe('入户评估、区民政局审批、等待到期');
    expect(caseStepNames({ steps: [step({})] }, 'en', words)).toBe('Home assessment');
    expect(caseStepNames({ steps: [] }, 'zh-CN', words)).toBe('');
  });

  it('says who holds the open tasks by name, the reader as me, a task nobody took as unclaimed, once each', () => {
    const item = { steps: [step({ assignee: 'usr-1' }), step({ assignee: 'usr-2' }), step({ assignee: 'usr-1' }), step({}), step({ kind: 'timer', name: null, taskId: null })] };
    expect(caseHolders(item, people, 'usr-9', 'zh-CN', words)).toBe('王芳、李明、未认领');
    expect(caseHolders(item, people, 'usr-2', 'en', { ...words, me: 'me', unclaimed: 'Unclaimed' })).toBe('Wang Fang, me, Unclaimed');
    expect(caseHolders({ steps: [step({ kind: 'timer', name: null, taskId: null })] }, people, 'usr-1', 'zh-CN', words)).toBe('');
  });
});
