/**
 * The one ajv instance of the platform (JSON Schema draft 2020-12 with formats). Schemas are compiled
 * once and cached by identity; errors become problems located by JSON pointer and said in words that
 * name each field by its title (validation-messages.ts). Its `pattern`s run on RE2 (linear-regexp.ts):
 * forms and eligibility schemas are authored, and no pattern may make a case start or a form
 * submission take time beyond the input's length.
 *
 * @example
 *   const problems = validateAgainst(formSchema, data, '/data');
 */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Problem } from '../problem';
import { Ajv2020, AJV_OPTIONS } from './json-schema-dialect';
import { linearRegExp, patternProblem } from './linear-regexp';
import { errorPointer, errorsToShow, validationMessage } from './validation-messages';

export const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { regExp: linearRegExp } });
addFormats(ajv);

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles a schema once per schema object. Throws when the schema itself is not valid JSON Schema. */
export function compileSchema(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Whether `schema` is itself a valid JSON Schema (draft 2020-12); the problems say what is wrong. */
export function checkSchema(schema: unknown, pointer: string): Problem[] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return [problem('SCHEMA_INVALID', pointer, '不是 JSON Schema 对象', 'is not a JSON Schema object')];
  }
  if (!ajv.validateSchema(schema)) {
    return (ajv.errors ?? []).map((e) => fromAjvError(e, pointer, 'SCHEMA_INVALID'));
  }
  const patterns = checkPatterns(schema, pointer);
  if (patterns.length) return patterns;
  try {
    ajv.compile(schema);
    ajv.removeSchema(schema);
  } catch (error) {
    return [problem('SCHEMA_INVALID', pointer, `无法编译：${(error as Error).message}`, `cannot be compiled: ${(error as Error).message}`)];
  }
  return [];
}

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Keywords whose value is a schema, an array of schemas, or an object of schemas (draft 2020-12 and 07). */
const SCHEMA_KEYWORDS = ['additionalProperties', 'items', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'];
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

/**
 * Every `pattern` and `patternProperties` key of a schema that cannot run on RE2, located at the
 * pattern itself (`/forms/intake/properties/phone/pattern`). Walks subschemas only, so a `pattern` in
 * an `enum` or `default` value is data, not a pattern.
 */
function checkPatterns(root: object, pointer: string): Problem[] {
  const problems: Problem[] = [];
  const report = (pattern: string, at: string) => {
    const why = patternProblem(pattern);
    if (why) problems.push(problem('SCHEMA_PATTERN_UNSUPPORTED', at, `正则表达式 “${pattern}” 不能使用：${why.zh}`, `pattern "${pattern}" cannot be used: ${why.en}`));
  };
  const stack: Array<[unknown, string]> = [[root, pointer]];
  while (stack.length) {
    const [schema, at] = stack.pop()!;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) continue;
    const s = schema as Record<string, unknown>;
    if (typeof s['pattern'] === 'string') report(s['pattern'], `${at}/pattern`);
    const byPattern = s['patternProperties'];
    if (typeof byPattern === 'object' && byPattern !== null) {
      for (const key of Object.keys(byPattern)) report(key, `${at}/patternProperties/${escapeKey(key)}`);
    }
    for (const k of SCHEMA_KEYWORDS) if (k in s) stack.push([s[k], `${at}/${k}`]);
    for (const k of SCHEMA_LIST_KEYWORDS) {
      const list = s[k];
      if (Array.isArray(list)) list.forEach((item, i) => stack.push([item, `${at}/${k}/${i}`]));
    }
    for (const k of SCHEMA_MAP_KEYWORDS) {
      const map = s[k];
      if (typeof map === 'object' && map !== null && !Array.isArray(map)) {
        for (const [key, item] of Object.entries(map)) stack.push([item, `${at}/${k}/${escapeKey(key)}`]);
      }
    }
  }
  return problems.sort((a, b) => (a.pointer! < b.pointer! ? -1 : a.pointer! > b.pointer! ? 1 : 0));
}

/**
 * Validates `data` against `schema`; every failure is a problem whose pointer starts with `prefix`,
 * and whose message names the field by its title in `schema`.
 */
export function validateAgainst(schema: object, data: unknown, prefix = '', code = 'DATA_INVALID'): Problem[] {
  const validate = compileSchema(schema);
  if (validate(data)) return [];
  return errorsToShow(validate.errors ?? []).map((e) => fromAjvError(e, prefix, code, schema));
}

function problem(code: string, pointer: string, zh: string, en: string): Problem {
  return { severity: 'error', code, message: { zh, en }, pointer };
}

/**
 * An ajv error as a problem: located at the value it concerns (a missing property at the property
 * itself, so a form can show the error beside it) and said in words, naming the field by its title in
 * `schema` (the schema validated against) when one is given, else by its key.
 */
export function fromAjvError(e: ErrorObject, prefix: string, code: string, schema?: object): Problem {
  return { severity: 'error', code, message: validationMessage(e, schema), pointer: prefix + errorPointer(e) };
}
