/**
 * The changes an author makes in the form designer, on its model (`form-model.ts`): new fields and
 * forms with generated names, a field of another kind, fields moved and removed (with the conditions
 * that named them). Names are generated — `field_7`, `option_2`, `form_3` — and never shown: a person
 * reads the labels.
 *
 * @example
 *   const key = nextKey(namesInUse(standard), 'field_');
 *   const form = addField(designed, newField('choice', key));
 */
import type { ChoiceOption, Condition, DesignedField, DesignedForm, FieldKind, FieldSet } from './form-model';
import { DIALECT } from './form-model';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every property name in the schemas, at any depth: a new field's name must differ from all of them. */
export function namesInUse(schemas: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const properties = node['properties'];
    if (isObject(properties)) for (const name of Object.keys(properties)) names.add(name);
    Object.values(node).forEach(visit);
  };
  schemas.forEach(visit);
  return names;
}

/**
 * The next generated name after those taken: `prefix` and a number higher than any used with it, so a
 * removed field's name never comes back with another meaning (a form's answers become the case's data).
 */
export function nextKey(taken: Iterable<string>, prefix: string): string {
  let highest = 0;
  for (const name of taken) {
    const n = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : NaN;
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${highest + 1}`;
}

const emptySet = (): FieldSet => ({ fields: [], closed: true, listsRequired: true });

export function newOption(options: readonly ChoiceOption[]): ChoiceOption {
  return { value: nextKey(options.map((o) => o.value), 'option_'), label: { zh: '', en: '' } };
}

function twoOptions(): ChoiceOption[] {
  const first = newOption([]);
  return [first, newOption([first])];
}

/** A field of `kind` named `key`, with the bounds the shipped standards give such a field. */
export function newField(kind: FieldKind, key: string, label = { zh: '', en: '' }): DesignedField {
  const common = { key, label, required: true };
  switch (kind) {
    case 'text':
      return { ...common, kind, minLength: 1, maxLength: 200 };
    case 'number':
      return { ...common, kind, integer: true, minimum: 0 };
    case 'date':
      return { ...common, kind, planned: false };
    case 'choice':
      return { ...common, kind, options: twoOptions() };
    case 'choices':
      return { ...common, kind, options: twoOptions(), minItems: 1 };
    case 'yesNo':
      return { ...common, kind };
    case 'rows':
      return { ...common, kind, row: emptySet(), minItems: 0, maxItems: 50 };
    case 'group':
      return { ...common, kind, group: emptySet() };
  }
}

/** The field as another kind: its name, label, help and whether it is required stay; choices stay choices. */
export function withKind(field: DesignedField, kind: FieldKind): DesignedField {
  if (field.kind === kind) return field;
  const next = newField(kind, field.key, field.label);
  const kept = { ...next, required: field.required, ...(field.help ? { help: field.help } : {}) } as DesignedField;
  if ((kept.kind === 'choice' || kept.kind === 'choices') && (field.kind === 'choice' || field.kind === 'choices')) kept.options = field.options;
  if (kept.kind === 'rows' && field.kind === 'group') kept.row = field.group;
  if (kept.kind === 'group' && field.kind === 'rows') kept.group = field.row;
  return kept;
}

/** A new form, closed to answers it does not ask for, as the shipped standards' forms are. */
export function newForm(title = { zh: '', en: '' }): DesignedForm {
  return { dialect: DIALECT, title, ...emptySet(), conditions: [] };
}

/** Moves the field at `index` by `by` places (−1 up, +1 down); nothing when it would leave the list. */
export function moveField<S extends FieldSet>(set: S, index: number, by: -1 | 1): S {
  const to = index + by;
  if (index < 0 || to < 0 || index >= set.fields.length || to >= set.fields.length) return set;
  const fields = [...set.fields];
  [fields[index], fields[to]] = [fields[to]!, fields[index]!];
  return { ...set, fields };
}

export function replaceField<S extends FieldSet>(set: S, index: number, field: DesignedField): S {
  return { ...set, fields: set.fields.map((f, i) => (i === index ? field : f)) };
}

/** The conditions that still make sense: none reads a field that is gone or has changed kind, none requires nothing. */
export function validConditions(form: DesignedForm): Condition[] {
  const byKey = new Map(form.fields.map((f) => [f.key, f]));
  const fits = (c: Condition) => {
    const field = byKey.get(c.field);
    if (!field) return false;
    const values = field.kind === 'choice' || field.kind === 'choices' ? new Set(field.options.map((o) => o.value)) : new Set<string>();
    switch (c.test.op) {
      case 'is':
        return field.kind === 'yesNo' ? c.test.values.every((v) => typeof v === 'boolean') : field.kind === 'choice' && c.test.values.length > 0 && c.test.values.every((v) => typeof v === 'string' && values.has(v));
      case 'isNot':
        return field.kind === 'choice' && values.has(c.test.value);
      case 'includes':
        return field.kind === 'choices' && values.has(c.test.value);
      case 'atLeast':
        return field.kind === 'number';
    }
  };
  return form.conditions
    .map((c) => ({ ...c, require: c.require.filter((k) => byKey.has(k) && k !== c.field) }))
    .filter((c) => c.require.length > 0 && fits(c));
}

/** The form with its top-level fields changed, and its conditions kept only where they still apply. */
export function withFields(form: DesignedForm, fields: DesignedField[]): DesignedForm {
  const next = { ...form, fields };
  return { ...next, conditions: validConditions(next) };
}

/** The first test a condition on `field` can have, or undefined when no condition can read the field. */
export function firstTest(field: DesignedField): Condition['test'] | undefined {
  switch (field.kind) {
    case 'yesNo':
      return { op: 'is', values: [true] };
    case 'choice':
      return field.options[0] ? { op: 'is', values: [field.options[0].value] } : undefined;
    case 'choices':
      return field.options[0] ? { op: 'includes', value: field.options[0].value } : undefined;
    case 'number':
      return { op: 'atLeast', value: field.minimum ?? 1 };
    default:
      return undefined;
  }
}
