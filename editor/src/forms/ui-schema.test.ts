import { uiSchemaFor } from './ui-schema';

const choice = (...values: string[]) => ({ type: 'string', oneOf: values.map((v) => ({ const: v, title: v })) });

describe('how a form’s fields are shown, read from its schema', () => {
  it('shows a choice of several options as checkboxes, whether its options are an enum or titled consts', () => {
    const schema = {
      type: 'object',
      properties: {
        categories: { type: 'array', uniqueItems: true, items: choice('alone', 'disabled') },
        sources: { type: 'array', uniqueItems: true, items: { type: 'string', enum: ['96156', 'community'] } },
        gender: choice('female', 'male'),
        names: { type: 'array', items: { type: 'string' } },
      },
    };
    expect(uiSchemaFor(schema)).toMatchObject({ categories: { 'ui:widget': 'checkboxes' }, sources: { 'ui:widget': 'checkboxes' } });
    expect(uiSchemaFor(schema)).not.toHaveProperty('gender');
    expect(uiSchemaFor(schema)).not.toHaveProperty('names');
  });

  it('shows yes or no as two radio buttons, so “no” is an answer given, not one assumed', () => {
    expect(uiSchemaFor({ type: 'object', properties: { consent: { type: 'boolean' } } })).toEqual({ consent: { 'ui:widget': 'radio' } });
  });

  it('reads groups, lists of groups and the fields rules add', () => {
    const schema = {
      type: 'object',
      properties: {
        address: { type: 'object', properties: { rented: { type: 'boolean' } } },
        referrals: { type: 'array', items: { type: 'object', properties: { kinds: { type: 'array', uniqueItems: true, items: choice('a', 'b') } } } },
      },
      allOf: [{ if: { properties: { consent: { const: false } } }, then: { properties: { declined: { type: 'boolean' } } } }],
    };
    expect(uiSchemaFor(schema)).toMatchObject({
      address: { rented: { 'ui:widget': 'radio' } },
      referrals: { items: { kinds: { 'ui:widget': 'checkboxes' } } },
      declined: { 'ui:widget': 'radio' },
    });
  });

  it('puts the required fields first, in the order `required` gives them (the store keeps no other order), then the rest', () => {
    // As the store gives a schema back: its keys ordered by their length.
    const stored = {
      type: 'object',
      properties: { age: { type: 'integer' }, street: { type: 'string' }, clientName: { type: 'string' }, address: { type: 'object', properties: { no: { type: 'string' }, road: { type: 'string' } }, required: ['road', 'no'] } },
      required: ['clientName', 'age', 'street'],
    };
    expect(uiSchemaFor(stored)).toEqual({ 'ui:order': ['clientName', 'age', 'street', 'address', '*'], address: { 'ui:order': ['road', 'no', '*'] } });
  });

  it('is empty for a form of one text field', () => {
    expect(uiSchemaFor({ type: 'object', properties: { name: { type: 'string' } } })).toEqual({});
  });
});
