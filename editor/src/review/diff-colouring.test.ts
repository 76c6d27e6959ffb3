import { colourDiff } from './diff-colouring';

describe('the colours of a visual diff', () => {
  const result = {
    _added: { Task_new: {} },
    _removed: { Task_old: {} },
    _changed: { Task_kept: { model: {}, attrs: { name: { oldValue: '家访', newValue: '入户评估' }, 'std:role': { oldValue: 'a', newValue: 'b' } } } },
    _layoutChanged: { Task_moved: {}, Task_kept: {} },
  };
  const c = colourDiff(result);

  it('shows an added element in the newer diagram only', () => {
    expect(c.to.Task_new).toEqual(['diff-added']);
    expect(c.from.Task_new).toBeUndefined();
  });

  it('shows a removed element in the older diagram only', () => {
    expect(c.from.Task_old).toEqual(['diff-removed']);
    expect(c.to.Task_old).toBeUndefined();
  });

  it('shows a changed element on both sides and says which attributes changed', () => {
    expect(c.from.Task_kept).toEqual(['diff-changed']);
    expect(c.to.Task_kept).toEqual(['diff-changed']);
    expect(c.changes.find((x) => x.id === 'Task_kept')).toEqual({ id: 'Task_kept', kind: 'changed', attributes: ['name', 'std:role'] });
  });

  it('shows an element that only moved as moved, and a changed one that moved as changed', () => {
    expect(c.to.Task_moved).toEqual(['diff-layout']);
    expect(c.changes.filter((x) => x.id === 'Task_kept')).toHaveLength(1);
  });

  it('lists additions first, then removals, changes and moves', () => {
    expect(c.changes.map((x) => x.kind)).toEqual(['added', 'removed', 'changed', 'layout']);
  });
});
