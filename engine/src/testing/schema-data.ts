/**
 * Random data a JSON Schema accepts, as a fast-check arbitrary: client data for a case's start and
 * answers to task forms, for model-based tests that play cases along paths nobody wrote down. Every
 * value drawn is valid by the platform's own validation (the same ajv), so a case that then fails
 * fails for a reason of the runtime or the standard, never of the test's data.
 *
 * @example
 *   const answer = fc.sample(dataFor(form), { seed: 7, numRuns: 1 })[0];
 */
import fc from 'fast-check';
import { compileSchema, redated, type IsoDate } from '@jingzhun/standards';

type Schema = Record<string, unknown>;

/** The longest list drawn for an array without `maxItems`: enough for branches on counts, short for speed. */
const LIST_MAX = 3;
/** The longest text drawn for a string without `maxLength`. */
const TEXT_MAX = 12;

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2017, 0, 1);
const LAST_DAY = Date.UTC(2026, 11, 31);

function asSchema(value: unknown): Schema | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : undefined;
}

function num(schema: Schema, key: string): number | undefined {
  const value = schema[key];
  return typeof value === 'number' ? value : undefined;
}

function text(schema: Schema): fc.Arbitrary<string> {
  const minLength = num(schema, 'minLength') ?? 0;
  const maxLength = Math.max(minLength, Math.min(num(schema, 'maxLength') ?? TEXT_MAX, minLength + TEXT_MAX));
  switch (schema['format']) {
    case 'date':
      return fc.integer({ min: FIRST_DAY / DAY, max: LAST_DAY / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
    case 'date-time':
      return fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map((t) => new Date(t).toISOString());
    case 'time':
      return fc.integer({ min: 0, max: DAY / 1000 - 1 }).map((s) => new Date(s * 1000).toISOString().slice(11, 19));
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    case 'uuid':
      return fc.uuid();
  }
  if (typeof schema['pattern'] === 'string') return fc.stringMatching(new RegExp(schema['pattern'], 'u'));
  // Chinese and Latin letters, digits, spaces and punctuation: what people type into a case file.
  const char = fc.constantFrom(...'社工家访低保老人儿童街道社区服务计划评估回访 abcXYZ019-,.，。');
  return fc.array(char, { minLength, maxLength }).map((chars) => chars.join(''));
}

function numberIn(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const exclusiveMin = num(schema, 'exclusiveMinimum');
  const exclusiveMax = num(schema, 'exclusiveMaximum');
  let min = num(schema, 'minimum') ?? (exclusiveMin !== undefined ? exclusiveMin + (integer ? 1 : 1e-6) : -1000);
  let max = num(schema, 'maximum') ?? (exclusiveMax !== undefined ? exclusiveMax - (integer ? 1 : 1e-6) : 1000);
  if (min > max) [min, max] = [max, min];
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectOf(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const properties = asSchema(schema['properties']) ?? {};
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) model[name] = arbitraryOf(asSchema(property) ?? {});
  // Required properties always; optional ones left out about half the time, as people do.
  return fc.record(model, { requiredKeys: [...required].filter((name) => name in model) });
}

function arrayOf(schema: Schema): fc.Arbitrary<unknown[]> {
  const minLength = num(schema, 'minItems') ?? 0;
  const maxLength = Math.max(minLength, Math.min(num(schema, 'maxItems') ?? LIST_MAX, minLength + LIST_MAX));
  const items = arbitraryOf(asSchema(schema['items']) ?? {});
  if (schema['uniqueItems'] === true) return fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) });
  return fc.array(items, { minLength, maxLength });
}

/** An arbitrary of the values `schema` describes (before the final check against the schema itself). */
function arbitraryOf(schema: Schema): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema['const']);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length) {
      const rest = { ...schema };
      delete rest[key];
      return fc.oneof(...branches.map((branch) => arbitraryOf({ ...rest, ...asSchema(branch) })));
    }
  }
  const type = Array.isArray(schema['type']) ? (schema['type'][0] as unknown) : schema['type'];
  switch (type) {
    case 'object':
      return objectOf(schema);
    case 'array':
      return arrayOf(schema);
    case 'string':
      return text(schema);
    case 'integer':
      return numberIn(schema, true);
    case 'number':
      return numberIn(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
  }
  if (schema['properties']) return objectOf(schema);
  return fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 100 }), text({}));
}

/**
 * Values that `schema` accepts, checked by the platform's validation; keywords the generator does not
 * aim for (`not`, `if`/`then`, `dependentRequired`) are met by drawing again. With `today`, what a form
 * records is dated no later than that day, as the runtime asks (planned dates may lie anywhere).
 */
export function dataFor(schema: object, today?: IsoDate): fc.Arbitrary<Record<string, unknown>> {
  const validate = compileSchema(schema);
  return arbitraryOf(schema as Schema)
    .map((value) => (today === undefined ? value : redated(schema, value, today, 'after')))
    .filter((value) => validate(value) === true)
    .map((value) => (asSchema(value) ?? {}) as Record<string, unknown>);
}
