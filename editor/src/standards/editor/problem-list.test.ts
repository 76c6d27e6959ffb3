import type { Problem } from '../../api';
import type { LintIssue } from '../../modeler/lint-issues';
import { fieldFor, mergeProblems, tabForPointer } from './problem-list';

describe('the problems panel', () => {
  const noRole: LintIssue = {
    elementId: 'Task_1',
    rule: 'std/user-tasks',
    code: 'USER_TASK_NO_ROLE',
    message: { zh: '用户任务 家访 没有指定角色（std:role）', en: 'user task 家访 has no role (std:role)' },
    severity: 'error',
  };
  const label: LintIssue = {
    elementId: 'Task_1',
    rule: 'label-required',
    code: 'LINT_LABEL_REQUIRED',
    message: { zh: '元素缺少名称', en: 'Element is missing label/name' },
    severity: 'warning',
  };

  it('lists errors before warnings', () => {
    const items = mergeProblems([label, noRole], [], 'zh-CN');
    expect(items.map((i) => i.severity)).toEqual(['error', 'warning']);
  });

  it('lists a problem found both while drawing and by the API once, in the API’s words', () => {
    const server: Problem[] = [
      { severity: 'error', code: 'USER_TASK_NO_ROLE', message: { zh: '用户任务“家访”没有角色', en: 'User task has no role' }, elementId: 'Task_1' },
    ];
    const items = mergeProblems([noRole], server, 'zh-CN');
    expect(items).toHaveLength(1);
    expect(items[0]!.message).toBe('用户任务“家访”没有角色');
    expect(items[0]!.source).toBe('validation');
  });

  it('lists a bpmnlint finding the API reports too once, by the code both give it', () => {
    const implicitEnd: LintIssue = {
      elementId: 'Task_1',
      rule: 'no-implicit-end',
      code: 'LINT_NO_IMPLICIT_END',
      message: { zh: '元素没有出口，是隐式结束；请连接到结束事件', en: 'Element is an implicit end' },
      severity: 'error',
    };
    const server: Problem[] = [{ severity: 'error', code: 'LINT_NO_IMPLICIT_END', message: { zh: '隐式结束', en: 'implicit end' }, elementId: 'Task_1' }];
    expect(mergeProblems([implicitEnd], server, 'zh-CN')).toHaveLength(1);
  });

  it('shows the API’s message in the user’s language', () => {
    const server: Problem[] = [{ severity: 'warning', code: 'X', message: { zh: '中文', en: 'English' }, pointer: '/title/en' }];
    expect(mergeProblems([], server, 'en')[0]!.message).toBe('English');
  });

  it('shows the diagram’s lint messages in the user’s language', () => {
    expect(mergeProblems([noRole], [], 'zh-CN')[0]!.message).toBe('用户任务 家访 没有指定角色（std:role）');
    expect(mergeProblems([noRole], [], 'en')[0]!.message).toBe('user task 家访 has no role (std:role)');
  });

  it('sends a click on a missing role to the role field', () => {
    expect(mergeProblems([noRole], [], 'zh-CN')[0]!.field).toBe('std-role');
    expect(fieldFor('USER_TASK_FORM_MISSING')).toBe('std-form');
  });

  it('reads pointers inside a wrapped request as pointers into the standard', () => {
    const server: Problem[] = [{ severity: 'error', code: 'SCHEMA', message: { zh: 'a', en: 'a' }, pointer: '/standard/roles/0/id' }];
    expect(mergeProblems([], server, 'zh-CN')[0]!.pointer).toBe('/roles/0/id');
  });
});

describe('where a problem is fixed', () => {
  it('opens the tab that edits the field', () => {
    expect(tabForPointer('/indicators/2/target')).toBe('parameters');
    expect(tabForPointer('/forms/intake')).toBe('forms');
    expect(tabForPointer('/population/eligibility')).toBe('who');
    expect(tabForPointer('/process')).toBe('process');
  });
});
