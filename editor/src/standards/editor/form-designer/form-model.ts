/**
 * A form as the form designer shows it — fields with a kind, a label in both languages, whether they
 * must be answered, their bounds and choices, and simple conditions between them — read from the JSON
 * Schema the platform stores and written back to it. The schema is the one the shipped standards use:
 * Chinese in `title`/`description`, English beside it in `x-en`, choices as `oneOf` of `const`s with
 * titles, several choices as an array of distinct items, a list of rows as an array of objects, and
 * conditions as `allOf` of `if`/`then` (when an answer is given, other fields must be answered).
 *
 * A schema the designer cannot show as it is (a keyword it has no control for, a condition of another
 * shape) is not read: `readForm` says why, and the schema stays as written, for the raw JSON view.
 *
 * @example
 *   const read = readForm(schema);
 *   if (read.ok) writeForm({ ...read.form, fields: [...read.form.fields, newField('yesNo', 'field_9')] });
 */
import type { LocalizedText } from '../../../api';

type Schema = Record<string, unknown>;

export const FIELD_KINDS = ['text', 'number', 'date', 'choice', 'choices', 'yesNo', 'rows', 'group'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface ChoiceOption {
  /** What is stored when the option is chosen: generated, never shown. */
  value: string;
  label: LocalizedText;
}

interface FieldCommon {
  /** The answer's name in the case's data: generated, never shown. */
  key: string;
  label: LocalizedText;
  help?: LocalizedText;
  required: boolean;
}

/** Fields that are answered together: a form, a group, one row of a list. */
export interface FieldSet {
  fields: DesignedField[];
  /** Refuses answers to fields it does not list (`additionalProperties: false`). */
  closed: boolean;
  /** Lists its required fields even when there are none (`required: []`). */
  listsRequired: boolean;
}

export type TextField = FieldCommon & { kind: 'text'; minLength?: number; maxLength?: number };
export type NumberField = FieldCommon & { kind: 'number'; integer: boolean; minimum?: number; maximum?: number };
/** A date; unless `planned`, one that has happened (not after the day the form is submitted). */
export type DateField = FieldCommon & { kind: 'date'; planned: boolean };
export type ChoiceField = FieldCommon & { kind: 'choice'; options: ChoiceOption[] };
export type ChoicesField = FieldCommon & { kind: 'choices'; options: ChoiceOption[]; minItems?: number; maxItems?: number };
export type YesNoField = FieldCommon & { kind: 'yesNo' };
/** A list of rows, each row its own fields (`rowLabel` names one row). */
export type RowsField = FieldCommon & { kind: 'rows'; rowLabel?: LocalizedText; row: FieldSet; minItems?: number; maxItems?: number };
export type GroupField = FieldCommon & { kind: 'group'; group: FieldSet };

export type DesignedField = TextField | NumberField | DateField | ChoiceField | ChoicesField | YesNoField | RowsField | GroupField;

/** What makes a condition true, by the kind of the field it reads. */
export type ConditionTest =
  /** A choice is one of `values` (one value: `const`; several: `enum`), or yes/no is `true`/`false`. */
  | { op: 'is'; values: Array<string | boolean> }
  | { op: 'isNot'; value: string }
  /** Several choices include `value`. */
  | { op: 'includes'; value: string }
  | { op: 'atLeast'; value: number };

/** When `field` is answered so that `test` holds, the fields in `require` must be answered too. */
export interface Condition {
  field: string;
  test: ConditionTest;
  require: string[];
}

export interface DesignedForm extends FieldSet {
  /** The JSON Schema dialect the form names (`$schema`), kept as it was. */
  dialect?: string;
  title: LocalizedText;
  help?: LocalizedText;
  conditions: Condition[];
}

/** Why a schema opens in the raw JSON view: an i18n key under `designer.unreadable`, and the field concerned. */
export interface Unreadable {
  reason: 'notAForm' | 'field' | 'condition' | 'changes';
  /** The field's label (its key when it has none), for `field`. */
  field?: string;
  /** The condition's number, from 1, for `condition`. */
  condition?: number;
}

export type ReadForm = { ok: true; form: DesignedForm } | { ok: false; why: Unreadable };

export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

class NotReadable extends Error {
  constructor(readonly why: Unreadable) {
    super(why.reason);
  }
}

const onlyKeys = (schema: Schema, allowed: readonly string[]) => Object.keys(schema).every((k) => allowed.includes(k));

// ---- reading ----

/** A field without what every field has: its kind and what that kind has. */
type KindPart = DesignedField extends infer F ? (F extends DesignedField ? Omit<F, keyof FieldCommon> : never) : never;

const TEXT_KEYS = ['title', 'description', 'x-en'];

/** The label and help of a schema node; undefined when they are not plain texts. */
function readTexts(schema: Schema): { label: LocalizedText; help?: LocalizedText } | undefined {
  const en = schema['x-en'];
  if (en !== undefined && (!isObject(en) || !onlyKeys(en, ['title', 'description']))) return undefined;
  const texts = [schema['title'], schema['description'], en?.['title'], en?.['description']];
  if (texts.some((t) => t !== undefined && typeof t !== 'string')) return undefined;
  const [title, description, enTitle, enDescription] = texts as Array<string | undefined>;
  const label = { zh: title ?? '', en: enTitle ?? '' };
  return description !== undefined || enDescription !== undefined ? { label, help: { zh: description ?? '', en: enDescription ?? '' } } : { label };
}

function readOptions(list: unknown): ChoiceOption[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const options: ChoiceOption[] = [];
  for (const item of list) {
    if (!isObject(item) || typeof item['const'] !== 'string' || !onlyKeys(item, ['const', ...TEXT_KEYS])) return undefined;
    const texts = readTexts(item);
    if (!texts || texts.help) return undefined;
    options.push({ value: item['const'], label: texts.label });
  }
  return new Set(options.map((o) => o.value)).size === options.length ? options : undefined;
}

/** A field's kind-specific part, or undefined when the designer has no way to show it. */
function readKind(schema: Schema): KindPart | undefined {
  const type = schema['type'];
  const has = (...keys: string[]) => onlyKeys(schema, [...TEXT_KEYS, 'type', ...keys]);
  const bound = (key: string) => schema[key] === undefined || isCount(schema[key]);
  const number = (key: string) => schema[key] === undefined || (typeof schema[key] === 'number' && Number.isFinite(schema[key]));
  const optional = <K extends string>(key: K): { [k in K]?: number } => (schema[key] === undefined ? {} : ({ [key]: schema[key] } as { [k in K]?: number }));
  if (type === 'string' && schema['format'] === 'date') {
    if (!has('format', 'x-planned') || (schema['x-planned'] !== undefined && schema['x-planned'] !== true)) return undefined;
    return { kind: 'date', planned: schema['x-planned'] === true };
  }
  if (type === 'string' && schema['oneOf'] !== undefined) {
    const options = has('oneOf') ? readOptions(schema['oneOf']) : undefined;
    return options && { kind: 'choice', options };
  }
  if (type === 'string') {
    if (!has('minLength', 'maxLength') || !bound('minLength') || !bound('maxLength')) return undefined;
    return { kind: 'text', ...optional('minLength'), ...optional('maxLength') };
  }
  if (type === 'integer' || type === 'number') {
    if (!has('minimum', 'maximum') || !number('minimum') || !number('maximum')) return undefined;
    return { kind: 'number', integer: type === 'integer', ...optional('minimum'), ...optional('maximum') };
  }
  if (type === 'boolean') return has() ? { kind: 'yesNo' } : undefined;
  if (type === 'object') {
    return has('properties', 'required', 'additionalProperties') ? { kind: 'group', group: readFieldSet(schema) } : undefined;
  }
  if (type === 'array' && isObject(schema['items'])) {
    const items = schema['items'];
    if (!bound('minItems') || !bound('maxItems')) return undefined;
    if (schema['uniqueItems'] === true && items['type'] === 'string' && onlyKeys(items, ['type', 'oneOf'])) {
      const options = has('items', 'uniqueItems', 'minItems', 'maxItems') ? readOptions(items['oneOf']) : undefined;
      return options && { kind: 'choices', options, ...optional('minItems'), ...optional('maxItems') };
    }
    if (items['type'] === 'object' && has('items', 'minItems', 'maxItems') && onlyKeys(items, [...TEXT_KEYS, 'type', 'properties', 'required', 'additionalProperties'])) {
      const texts = readTexts(items);
      if (!texts || texts.help) return undefined;
      const rowLabel = texts.label.zh || texts.label.en ? { rowLabel: texts.label } : {};
      return { kind: 'rows', ...rowLabel, row: readFieldSet(items), ...optional('minItems'), ...optional('maxItems') };
    }
  }
  return undefined;
}

function readField(key: string, schema: unknown, required: boolean): DesignedField {
  const fail = (label?: string) => new NotReadable({ reason: 'field', field: label || key });
  if (!isObject(schema)) throw fail();
  const texts = readTexts(schema);
  if (!texts) throw fail();
  const kind = readKind(schema);
  if (!kind) throw fail(texts.label.zh || texts.label.en);
  return { key, ...texts, required, ...kind } as DesignedField;
}

function readFieldSet(schema: Schema): FieldSet {
  const properties = schema['properties'] ?? {};
  const required = schema['required'];
  const additional = schema['additionalProperties'];
  if (!isObject(properties)) throw new NotReadable({ reason: 'notAForm' });
  if (required !== undefined && !(Array.isArray(required) && required.every((r) => typeof r === 'string' && r in properties))) throw new NotReadable({ reason: 'notAForm' });
  if (additional !== undefined && additional !== false) throw new NotReadable({ reason: 'notAForm' });
  const needed = new Set((required as string[] | undefined) ?? []);
  return {
    fields: Object.entries(properties).map(([key, field]) => readField(key, field, needed.has(key))),
    closed: additional === false,
    listsRequired: required !== undefined,
  };
}

/** A condition's test on a field's answer, as the shipped standards write it in `if`. */
function readTest(test: unknown, field: DesignedField | undefined): ConditionTest | undefined {
  if (!isObject(test) || !field || Object.keys(test).length !== 1) return undefined;
  const values = (field.kind === 'choice' || field.kind === 'choices' ? field.options.map((o) => o.value) : []) as unknown[];
  if (field.kind === 'yesNo' && typeof test['const'] === 'boolean') return { op: 'is', values: [test['const']] };
  if (field.kind === 'choice') {
    if (values.includes(test['const'])) return { op: 'is', values: [test['const'] as string] };
    const list = test['enum'];
    if (Array.isArray(list) && list.length > 1 && new Set(list).size === list.length && list.every((v) => values.includes(v))) return { op: 'is', values: list as string[] };
    const not = test['not'];
    if (isObject(not) && Object.keys(not).length === 1 && values.includes(not['const'])) return { op: 'isNot', value: not['const'] as string };
  }
  if (field.kind === 'choices') {
    const contains = test['contains'];
    if (isObject(contains) && Object.keys(contains).length === 1 && values.includes(contains['const'])) return { op: 'includes', value: contains['const'] as string };
  }
  if (field.kind === 'number' && typeof test['minimum'] === 'number') return { op: 'atLeast', value: test['minimum'] };
  return undefined;
}

function readCondition(rule: unknown, fields: readonly DesignedField[]): Condition | undefined {
  if (!isObject(rule) || !onlyKeys(rule, ['if', 'then'])) return undefined;
  const when = rule['if'];
  const then = rule['then'];
  if (!isObject(when) || !isObject(then) || !onlyKeys(when, ['properties', 'required']) || !onlyKeys(then, ['required'])) return undefined;
  const properties = when['properties'];
  if (!isObject(properties) || Object.keys(properties).length !== 1) return undefined;
  const key = Object.keys(properties)[0]!;
  const required = when['required'];
  if (!Array.isArray(required) || required.length !== 1 || required[0] !== key) return undefined;
  const test = readTest(properties[key], fields.find((f) => f.key === key));
  const require = then['required'];
  const known = new Set(fields.map((f) => f.key));
  if (!test || !Array.isArray(require) || require.length === 0 || !require.every((r) => typeof r === 'string' && known.has(r) && r !== key)) return undefined;
  return { field: key, test, require: require as string[] };
}

/** The form in the designer's terms, or why the designer cannot show it. */
export function readForm(schema: unknown): ReadForm {
  try {
    if (!isObject(schema) || schema['type'] !== 'object') throw new NotReadable({ reason: 'notAForm' });
    if (!onlyKeys(schema, ['$schema', ...TEXT_KEYS, 'type', 'properties', 'required', 'additionalProperties', 'allOf'])) throw new NotReadable({ reason: 'notAForm' });
    const dialect = schema['$schema'];
    const texts = readTexts(schema);
    if ((dialect !== undefined && typeof dialect !== 'string') || !texts) throw new NotReadable({ reason: 'notAForm' });
    const set = readFieldSet(schema);
    const rules = schema['allOf'] ?? [];
    if (!Array.isArray(rules)) throw new NotReadable({ reason: 'condition', condition: 1 });
    const conditions = rules.map((rule, i) => {
      const condition = readCondition(rule, set.fields);
      if (!condition) throw new NotReadable({ reason: 'condition', condition: i + 1 });
      return condition;
    });
    const form: DesignedForm = { ...(dialect !== undefined ? { dialect } : {}), title: texts.label, ...(texts.help ? { help: texts.help } : {}), ...set, conditions };
    // What the designer would save must be what is stored, or it would change the form unasked.
    if (!sameJson(writeForm(form), schema) || (schema['allOf'] !== undefined && conditions.length === 0)) return { ok: false, why: { reason: 'changes' } };
    return { ok: true, form };
  } catch (e) {
    if (e instanceof NotReadable) return { ok: false, why: e.why };
    throw e;
  }
}

// ---- writing ----

function writeTexts(label: LocalizedText, help?: LocalizedText): Schema {
  const out: Schema = {};
  if (label.zh) out['title'] = label.zh;
  if (help?.zh) out['description'] = help.zh;
  const en: Schema = {};
  if (label.en) en['title'] = label.en;
  if (help?.en) en['description'] = help.en;
  if (Object.keys(en).length) out['x-en'] = en;
  return out;
}

const writeOptions = (options: readonly ChoiceOption[]) => options.map((o) => ({ const: o.value, ...writeTexts(o.label) }));

function defined(entries: Record<string, unknown>): Schema {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

function writeFieldSet(set: FieldSet): Schema {
  const required = set.fields.filter((f) => f.required).map((f) => f.key);
  return defined({
    properties: Object.fromEntries(set.fields.map((f) => [f.key, writeField(f)])),
    required: required.length || set.listsRequired ? required : undefined,
    additionalProperties: set.closed ? false : undefined,
  });
}

function writeField(field: DesignedField): Schema {
  const texts = writeTexts(field.label, field.help);
  switch (field.kind) {
    case 'text':
      return defined({ ...texts, type: 'string', minLength: field.minLength, maxLength: field.maxLength });
    case 'number':
      return defined({ ...texts, type: field.integer ? 'integer' : 'number', minimum: field.minimum, maximum: field.maximum });
    case 'date':
      return defined({ ...texts, type: 'string', format: 'date', 'x-planned': field.planned ? true : undefined });
    case 'choice':
      return { ...texts, type: 'string', oneOf: writeOptions(field.options) };
    case 'choices':
      return defined({ ...texts, type: 'array', items: { type: 'string', oneOf: writeOptions(field.options) }, uniqueItems: true, minItems: field.minItems, maxItems: field.maxItems });
    case 'yesNo':
      return { ...texts, type: 'boolean' };
    case 'group':
      return { ...texts, type: 'object', ...writeFieldSet(field.group) };
    case 'rows':
      return defined({
        ...texts,
        type: 'array',
        items: { ...(field.rowLabel ? writeTexts(field.rowLabel) : {}), type: 'object', ...writeFieldSet(field.row) },
        minItems: field.minItems,
        maxItems: field.maxItems,
      });
  }
}

function writeTest(test: ConditionTest): Schema {
  switch (test.op) {
    case 'is':
      return test.values.length === 1 ? { const: test.values[0] } : { enum: [...test.values] };
    case 'isNot':
      return { not: { const: test.value } };
    case 'includes':
      return { contains: { const: test.value } };
    case 'atLeast':
      return { minimum: test.value };
  }
}

/** The JSON Schema of a form, as the platform stores it. */
export function writeForm(form: DesignedForm): Schema {
  const conditions = form.conditions.map((c) => ({
    if: { properties: { [c.field]: writeTest(c.test) }, required: [c.field] },
    then: { required: [...c.require] },
  }));
  return defined({
    $schema: form.dialect,
    ...writeTexts(form.title, form.help),
    type: 'object',
    ...writeFieldSet(form),
    allOf: conditions.length ? conditions : undefined,
  });
}

/** Whether two JSON values are the same, whatever the order of their objects' keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return a === b;
}
