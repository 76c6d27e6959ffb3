import { withPlaceholders } from './preview-schema';

describe('the preview of a form being designed', () => {
  const words = { field: '未命名的字段', option: (n: number) => `选项 ${n}` };

  it('names a field or an option not yet named, instead of showing its generated name', () => {
    const schema = {
      title: '登记',
      type: 'object',
      properties: {
        field_1: { type: 'string' },
        field_2: { title: '住房', type: 'string', oneOf: [{ const: 'option_1' }, { const: 'option_2', title: '平房' }] },
        field_3: { title: '成员', type: 'array', items: { type: 'object', properties: { field_4: { type: 'boolean' } } } },
      },
    };
    expect(withPlaceholders(schema, words)).toEqual({
      title: '登记',
      type: 'object',
      properties: {
        field_1: { title: '未命名的字段', type: 'string' },
        field_2: { title: '住房', type: 'string', oneOf: [{ const: 'option_1', title: '选项 1' }, { const: 'option_2', title: '平房' }] },
        field_3: { title: '成员', type: 'array', items: { type: 'object', properties: { field_4: { title: '未命名的字段', type: 'boolean' } } } },
      },
    });
  });

  it('leaves the form itself untitled when it has no title: the preview shows none', () => {
    expect(withPlaceholders({ type: 'object', properties: {} }, words)).toEqual({ type: 'object', properties: {} });
  });
});
