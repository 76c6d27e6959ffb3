/**
 * The one ajv instance of the platform (JSON Schema draft 2020-12 with formats). Schemas are compiled
 * once and cached by identity; errors become problems located by JSON pointer. Its `pattern`s run on
 * RE2 (linear-regexp.ts): forms and eligibility schemas are authored, and no pattern may make a case
 * start or a form submission take time beyond the input's length.
 *
 * @example
 *   const problems = validateAgainst(formSchema, data, '/data');
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Problem } from '../problem';
import { linearRegExp, patternProblem } from './linear-regexp';

export const ajv = new Ajv2020({
  allErrors: true,
  strict: false,
  useDefaults: false,
  validateFormats: true,
  code: { regExp: linearRegExp },
});
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

/** Validates `data` against `schema`; every failure is a problem whose pointer starts with `prefix`. */
export function validateAgainst(schema: object, data: unknown, prefix = '', code = 'DATA_INVALID'): Problem[] {
  const validate = compileSchema(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => fromAjvError(e, prefix, code));
}

function problem(code: string, pointer: string, zh: string, en: string): Problem {
  return { severity: 'error', code, message: { zh, en }, pointer };
}

const ZH: Record<string, (e: ErrorObject) => string> = {
  required: (e) => `缺少必填项 “${String(e.params['missingProperty'])}”`,
  additionalProperties: (e) => `不允许的字段 “${String(e.params['additionalProperty'])}”`,
  type: (e) => `类型应为 ${String(e.params['type'])}`,
  minLength: (e) => `长度不能少于 ${String(e.params['limit'])}`,
  maxLength: (e) => `长度不能超过 ${String(e.params['limit'])}`,
  minimum: (e) => `不能小于 ${String(e.params['limit'])}`,
  maximum: (e) => `不能大于 ${String(e.params['limit'])}`,
  exclusiveMinimum: (e) => `必须大于 ${String(e.params['limit'])}`,
  exclusiveMaximum: (e) => `必须小于 ${String(e.params['limit'])}`,
  minItems: (e) => `至少需要 ${String(e.params['limit'])} 项`,
  maxItems: (e) => `最多 ${String(e.params['limit'])} 项`,
  enum: () => `不是允许的取值之一`,
  const: () => `取值不正确`,
  pattern: (e) => `格式不符合 ${String(e.params['pattern'])}`,
  format: (e) => `格式应为 ${String(e.params['format'])}`,
  uniqueItems: () => `不能有重复项`,
};

/** Missing properties are located at the property itself, so a form can show the error beside it. */
function pointerOf(e: ErrorObject, prefix: string): string {
  const base = prefix + e.instancePath;
  if (e.keyword === 'required') return `${base}/${escapeKey(String(e.params['missingProperty']))}`;
  if (e.keyword === 'additionalProperties') return `${base}/${escapeKey(String(e.params['additionalProperty']))}`;
  return base;
}

export function fromAjvError(e: ErrorObject, prefix: string, code: string): Problem {
  const en = e.message ?? e.keyword;
  const zh = ZH[e.keyword]?.(e) ?? en;
  return { severity: 'error', code, message: { zh, en }, pointer: pointerOf(e, prefix) || '' };
}
