/**
 * The street a client lives in (街道、乡镇), chosen from the district's register rather than typed: the
 * eligibility schema's field named `street` (the standards' CASE_FIELDS, read by the case lists' street
 * filter) becomes a choice of the district's streets, towns and townships, each said in the person's
 * language and stored by its Chinese name, as the lists filter it. A standard whose field already
 * offers choices, or that has no such field, is left as it is.
 *
 * @example
 *   const schema = withStreetChoice(eligibility, (await api.listStreets('dongcheng')).items);
 *   schema.properties.street.oneOf[0]; // { const: '东华门街道', title: '东华门街道', 'x-en': { title: 'Donghuamen Subdistrict' } }
 */
import type { Street } from '../api';
import type { CaseFieldNames } from '@jingzhun/standards';

/** The eligibility field that holds the client's street (the compiler keeps it the standards' name). */
export const STREET_FIELD: CaseFieldNames['street'] = 'street';

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

export function withStreetChoice<S extends Schema>(schema: S, streets: readonly Street[]): S {
  const properties = schema['properties'];
  if (!streets.length || !isObject(properties)) return schema;
  const field = properties[STREET_FIELD];
  if (!isObject(field) || field['type'] !== 'string' || 'enum' in field || 'oneOf' in field || 'anyOf' in field || 'const' in field) return schema;
  const oneOf = streets.map((s) => ({ const: s.name.zh, title: s.name.zh, 'x-en': { title: s.name.en } }));
  return { ...schema, properties: { ...properties, [STREET_FIELD]: { ...field, oneOf } } };
}
