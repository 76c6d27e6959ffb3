/**
 * How a form's fields are shown, read from its JSON Schema (react-jsonschema-form's uiSchema), so an
 * author writes only the schema: a choice of several options (an array of distinct `enum` or
 * `oneOf`-of-`const` items) as checkboxes, yes or no as two radio buttons, neither chosen until the
 * person chooses, and the required fields first, in the order `required` lists them. Groups, lists of
 * groups and the fields of rules' branches are read too.
 *
 * @example
 *   uiSchemaFor({ type: 'object', properties: { consent: { type: 'boolean' } } });
 *   // { consent: { 'ui:widget': 'radio' }, 'ui:order': ['consent', '*'] }
 */

type Schema = Record<string, unknown>;
export type UiSchema = { [key: string]: unknown };

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A schema answered by picking one of its values: an `enum`, or `oneOf`/`anyOf` of `const`s. */
function isSelect(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  if (Array.isArray(schema['enum'])) return true;
  const options = schema['oneOf'] ?? schema['anyOf'];
  return Array.isArray(options) && options.length > 0 && options.every((o) => isObject(o) && 'const' in o);
}

/** The schemas that may add fields to the same object: itself, its combinations and its rules' branches. */
function branches(schema: Schema): Schema[] {
  const out: Schema[] = [schema];
  for (const k of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[k];
    if (Array.isArray(list)) for (const item of list) if (isObject(item)) out.push(...branches(item));
  }
  for (const k of ['then', 'else']) if (isObject(schema[k])) out.push(...branches(schema[k]));
  return out;
}

/**
 * The order of an object's fields: the required ones first, in the order `required` gives them, then
 * the others, then those its rules' branches add. The store keeps a standard's schemas as jsonb, which
 * orders an object's keys by their length: only arrays keep the order the author wrote.
 */
export function fieldOrder(schema: object): string[] {
  const names: string[] = [];
  for (const branch of branches(schema as Schema)) {
    const required = branch['required'];
    if (Array.isArray(required)) names.push(...required.filter((k): k is string => typeof k === 'string'));
    if (isObject(branch['properties'])) names.push(...Object.keys(branch['properties']));
  }
  return [...new Set(names)];
}

function uiOf(schema: unknown): UiSchema | undefined {
  if (!isObject(schema)) return undefined;
  if (schema['type'] === 'boolean') return { 'ui:widget': 'radio' };
  // react-jsonschema-form's multi-select: distinct items, each one of the options.
  if (schema['type'] === 'array' && schema['uniqueItems'] === true && isSelect(schema['items'])) return { 'ui:widget': 'checkboxes' };
  const ui: UiSchema = {};
  if (schema['type'] === 'array') {
    const items = uiOf(schema['items']);
    if (items) ui['items'] = items;
  }
  for (const branch of branches(schema)) {
    const properties = branch['properties'];
    if (!isObject(properties)) continue;
    for (const [key, property] of Object.entries(properties)) {
      const field = uiOf(property);
      if (field && !(key in ui)) ui[key] = field;
    }
  }
  // Fields the form does not list (a rule may add them) keep their place after those it does.
  const order = fieldOrder(schema);
  if (order.length > 1) ui['ui:order'] = [...order, '*'];
  return Object.keys(ui).length ? ui : undefined;
}

/** The uiSchema a form's schema implies; empty when every field shows as react-jsonschema-form would. */
export function uiSchemaFor(schema: object): UiSchema {
  return uiOf(schema) ?? {};
}
