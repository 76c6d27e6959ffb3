import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addCondition } from './form-conditions';
import { moveField, namesInUse, newField, newForm, nextKey, withFields, withKind } from './form-edits';
import { readForm, sameJson, writeForm, type DesignedForm } from './form-model';

/** The shipped standards' folders: each has `standard.json` (with the eligibility schema) and `forms/`. */
const EXAMPLES = path.join(__dirname, '../../../../../examples/standards');

function shippedSchemas(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const folder of readdirSync(EXAMPLES).sort()) {
    const standard = JSON.parse(readFileSync(path.join(EXAMPLES, folder, 'standard.json'), 'utf8')) as { population: { eligibility: unknown } };
    out.push([`${folder} eligibility`, standard.population.eligibility]);
    for (const file of readdirSync(path.join(EXAMPLES, folder, 'forms')).sort()) {
      out.push([`${folder}/${file}`, JSON.parse(readFileSync(path.join(EXAMPLES, folder, 'forms', file), 'utf8'))]);
    }
  }
  return out;
}

describe('the form designer reading the shipped standards', () => {
  const schemas = shippedSchemas();

  it('finds the seven standards’ forms and eligibility schemas', () => {
    expect(schemas.length).toBeGreaterThan(80);
  });

  // Every field of every shipped form has a place in the designer; what it cannot show are conditions
  // other than "when this answer is given, that field must be answered" (a value forced, a field refused).
  it.each(schemas)('reads %s and writes it back unchanged, or names the condition it cannot show', (_name, schema) => {
    const read = readForm(schema);
    if (read.ok) expect(writeForm(read.form)).toEqual(schema);
    else expect(read.why).toEqual({ reason: 'condition', condition: expect.any(Number) });
  });

  it('shows most of them in the designer', () => {
    const readable = schemas.filter(([, schema]) => readForm(schema).ok);
    expect(readable.length).toBeGreaterThan((schemas.length * 4) / 5);
  });
});

describe('what the designer reads', () => {
  it('reads labels and help in both languages, as the shipped standards write them', () => {
    const read = readForm({
      title: '家访',
      'x-en': { title: 'Home visit' },
      type: 'object',
      properties: { notes: { title: '记录', description: '写下所见', 'x-en': { title: 'Notes', description: 'What was seen' }, type: 'string', minLength: 1 } },
      required: ['notes'],
    });
    expect(read.ok && read.form.fields[0]).toEqual({ key: 'notes', kind: 'text', label: { zh: '记录', en: 'Notes' }, help: { zh: '写下所见', en: 'What was seen' }, required: true, minLength: 1 });
  });

  it('says which field it cannot show', () => {
    const read = readForm({ type: 'object', properties: { phone: { title: '电话', type: 'string', pattern: '^1\\d{10}$' } } });
    expect(read).toEqual({ ok: false, why: { reason: 'field', field: '电话' } });
  });

  it('says which condition it cannot show', () => {
    const read = readForm({
      type: 'object',
      properties: { a: { type: 'boolean' }, b: { type: 'string' } },
      allOf: [{ if: { properties: { a: { const: true } }, required: ['a'] }, then: { required: ['b'] } }, { properties: { b: { const: 'x' } } }],
    });
    expect(read).toEqual({ ok: false, why: { reason: 'condition', condition: 2 } });
  });

  it('does not read a schema it would write otherwise', () => {
    expect(readForm({ type: 'object', title: '表', 'x-en': {}, properties: {} })).toEqual({ ok: false, why: { reason: 'changes' } });
  });

  it('reads a schema that is not a form as none', () => {
    expect(readForm({ type: 'string' })).toEqual({ ok: false, why: { reason: 'notAForm' } });
    expect(readForm([])).toEqual({ ok: false, why: { reason: 'notAForm' } });
  });
});

describe('what the designer writes', () => {
  const designed = (): DesignedForm => {
    let form = newForm({ zh: '入户登记', en: 'Registration' });
    form = withFields(form, [
      newField('text', 'field_1', { zh: '姓名', en: 'Name' }),
      newField('choice', 'field_2', { zh: '性别', en: '' }),
      newField('yesNo', 'field_3', { zh: '是否独居', en: 'Lives alone' }),
      newField('text', 'field_4', { zh: '同住人', en: '' }),
    ]);
    const choice = form.fields[1]!;
    if (choice.kind === 'choice') {
      choice.options[0]!.label = { zh: '女', en: 'Female' };
      choice.options[1]!.label = { zh: '男', en: 'Male' };
    }
    form.fields[3]!.required = false;
    return addCondition(form, 'field_3')!;
  };

  it('writes the shipped standards’ idiom: Chinese titles, English in x-en, choices as oneOf, conditions as if/then', () => {
    expect(writeForm(designed())).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: '入户登记',
      'x-en': { title: 'Registration' },
      type: 'object',
      properties: {
        field_1: { title: '姓名', 'x-en': { title: 'Name' }, type: 'string', minLength: 1, maxLength: 200 },
        field_2: {
          title: '性别',
          type: 'string',
          oneOf: [
            { const: 'option_1', title: '女', 'x-en': { title: 'Female' } },
            { const: 'option_2', title: '男', 'x-en': { title: 'Male' } },
          ],
        },
        field_3: { title: '是否独居', 'x-en': { title: 'Lives alone' }, type: 'boolean' },
        field_4: { title: '同住人', type: 'string', minLength: 1, maxLength: 200 },
      },
      required: ['field_1', 'field_2', 'field_3'],
      additionalProperties: false,
      allOf: [{ if: { properties: { field_3: { const: true } }, required: ['field_3'] }, then: { required: ['field_4'] } }],
    });
  });

  it('reads back what it wrote', () => {
    const form = designed();
    const read = readForm(writeForm(form));
    expect(read.ok && sameJson(writeForm(read.form), writeForm(form))).toBe(true);
  });

  it('writes every kind of field so that it reads back as the same kind', () => {
    const kinds = ['text', 'number', 'date', 'choice', 'choices', 'yesNo', 'rows', 'group'] as const;
    const form = withFields(
      newForm(),
      kinds.map((kind, i) => newField(kind, `field_${i + 1}`, { zh: kind, en: '' })),
    );
    const read = readForm(writeForm(form));
    expect(read.ok && read.form.fields.map((f) => f.kind)).toEqual([...kinds]);
  });

  it('moves fields up and down, and not past either end', () => {
    const form = designed();
    expect(moveField(form, 1, -1).fields.map((f) => f.key)).toEqual(['field_2', 'field_1', 'field_3', 'field_4']);
    expect(moveField(form, 0, -1)).toBe(form);
    expect(moveField(form, 3, 1)).toBe(form);
  });

  it('drops a condition when the field it reads is removed or no longer a yes-or-no question', () => {
    const form = designed();
    expect(withFields(form, form.fields.filter((f) => f.key !== 'field_3')).conditions).toEqual([]);
    expect(withFields(form, form.fields.map((f) => (f.key === 'field_3' ? withKind(f, 'text') : f))).conditions).toEqual([]);
    expect(withFields(form, form.fields.filter((f) => f.key !== 'field_4')).conditions).toEqual([]);
  });

  it('keeps a field’s label, help and choices when its kind changes', () => {
    const choice = designed().fields[1]!;
    const several = withKind(choice, 'choices');
    expect(several.kind === 'choices' && several.options.map((o) => o.label.zh)).toEqual(['女', '男']);
    expect(several.label.zh).toBe('性别');
  });
});

describe('generated names', () => {
  it('continue after the highest number used, so a removed field’s name does not come back', () => {
    expect(nextKey(['field_1', 'field_7', 'name'], 'field_')).toBe('field_8');
    expect(nextKey([], 'form_')).toBe('form_1');
  });

  it('are unique across every form of the standard, at any depth', () => {
    const names = namesInUse([{ properties: { field_2: { type: 'array', items: { properties: { field_9: {} } } } } }, { properties: { name: {} } }]);
    expect([...names].sort()).toEqual(['field_2', 'field_9', 'name']);
  });
});
