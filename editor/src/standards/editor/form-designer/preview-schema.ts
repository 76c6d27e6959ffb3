/**
 * The schema the designer's preview renders: the form as written, with a word in place of each
 * missing label, so a field or option not yet named shows as "未命名的字段" rather than by its
 * generated name (react-jsonschema-form shows a field's key, and an option's value, when it has no title).
 *
 * @example
 *   withPlaceholders(schema, { field: '未命名的字段', option: (n) => `选项 ${n}` });
 */
type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Placeholders {
  field: string;
  option: (n: number) => string;
}

function fill(schema: unknown, words: Placeholders, isField: boolean): unknown {
  if (!isObject(schema)) return schema;
  const out: Schema = { ...schema };
  if (isField && !out['title']) out['title'] = words.field;
  if (isObject(schema['properties'])) {
    out['properties'] = Object.fromEntries(Object.entries(schema['properties']).map(([key, field]) => [key, fill(field, words, true)]));
  }
  if (isObject(schema['items'])) out['items'] = fill(schema['items'], words, false);
  if (Array.isArray(schema['oneOf'])) {
    out['oneOf'] = schema['oneOf'].map((option, i) => (isObject(option) && 'const' in option && !option['title'] ? { ...option, title: words.option(i + 1) } : option));
  }
  return out;
}

export function withPlaceholders(schema: Schema, words: Placeholders): Schema {
  return fill(schema, words, false) as Schema;
}
