import { STD_LINT_MESSAGES } from '../../lint/std-rules';
import { createTranslate } from './translate';
import { ZH_DICTIONARY } from './zh-dictionary';

describe('bpmn-js in Chinese', () => {
  const zh = createTranslate('zh-CN');

  it('translates palette and context pad entries', () => {
    expect(zh('Create start event')).toBe('创建开始事件');
    expect(zh('Append end event')).toBe('追加结束事件');
  });

  it('fills the placeholders of a template', () => {
    expect(zh('Open {element}', { element: '子流程' })).toBe('打开 子流程');
  });

  it('translates lint messages that name an element', () => {
    expect(zh('Process is missing end event')).toBe('Process 缺少结束事件');
  });

  it('keeps an unknown string readable rather than empty', () => {
    expect(zh('Some new bpmn-js label')).toBe('Some new bpmn-js label');
  });

  it('has Chinese for every message of the standard’s own diagram rules', () => {
    for (const message of Object.values(STD_LINT_MESSAGES)) expect(ZH_DICTIONARY[message]).toBeTruthy();
  });

  it('names every state of the lint button in Chinese', () => {
    expect(zh('No Issues')).toBe('没有问题');
    expect(zh('{errors} Errors, {warnings} Warnings', { errors: '2', warnings: '1' })).toBe('2 个错误，1 个警告');
  });

  it('leaves English as written', () => {
    expect(createTranslate('en')('Create start event')).toBe('Create start event');
  });
});
