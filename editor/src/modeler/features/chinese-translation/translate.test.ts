import { createTranslate } from './translate';

describe('bpmn-js in Chinese', () => {
  const zh = createTranslate('zh-CN');

  it('translates palette and context pad entries', () => {
    expect(zh('Create start event')).toBe('创建开始事件');
    expect(zh('Append end event')).toBe('追加结束事件');
  });

  it('fills the placeholders of a template', () => {
    expect(zh('Open {element}', { element: '子流程' })).toBe('打开 子流程');
  });

  it('keeps an unknown string readable rather than empty', () => {
    expect(zh('Some new bpmn-js label')).toBe('Some new bpmn-js label');
  });

  it('names every state of the lint button in Chinese', () => {
    expect(zh('No Issues')).toBe('没有问题');
    expect(zh('{errors} Errors, {warnings} Warnings', { errors: '2', warnings: '1' })).toBe('2 个错误，1 个警告');
  });

  it('leaves English as written', () => {
    expect(createTranslate('en')('Create start event')).toBe('Create start event');
  });
});
