/**
 * What is wrong with an answer, in words, in Chinese and English: each error ajv reports for a form
 * (its keyword, params and place) said of the field by its title — `请填写“街道（乡镇）”` /
 * `"Street or township" is required` — for every keyword of JSON Schema 2020-12 and every format of
 * ajv-formats, never in ajv's English and never as a regular expression. The one source of these
 * sentences: the server's problems (`fromAjvError`) and the web app's forms (react-jsonschema-form's
 * `transformErrors`) both say them from here (pure code, run in the browser too).
 *
 * A field's title is its schema's `title`, in English its `x-en.title` (the Chinese title when there
 * is none); a field without a title is named by its key.
 *
 * @example
 *   validationMessage({ keyword: 'required', params: { missingProperty: 'street' }, instancePath: '' }, eligibility)
 *   // { zh: '请填写“街道（乡镇）”', en: '"Street or township" is required' }
 */
import type { LocalizedText } from './localized-text';

/** An error as ajv reports it (an `ErrorObject`), of which only these parts are read. */
export interface SchemaError {
  keyword: string;
  params: Record<string, unknown>;
  /** JSON pointer of the value the keyword failed on (`/members/0/name`). */
  instancePath: string;
  /** Where the keyword is in the schema (`#/properties/gender/oneOf`), when known. */
  schemaPath?: string;
}

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The properties an error concerns by name: missing ones point at themselves, so a form shows them beside the field. */
function namedProperty(e: SchemaError): string | undefined {
  const p = e.params;
  const name = p['missingProperty'] ?? p['additionalProperty'] ?? p['unevaluatedProperty'];
  return typeof name === 'string' ? name : undefined;
}

/** The JSON pointer of the value an error concerns: a missing or unknown property's own place. */
export function errorPointer(e: SchemaError): string {
  const name = namedProperty(e);
  return name === undefined ? e.instancePath : `${e.instancePath}/${escapeKey(name)}`;
}

/** The subschema at a JSON pointer of the schema itself (`#/properties/age`), if there is one. */
function schemaAtPointer(root: Schema, pointer: string): Schema | undefined {
  let node: unknown = root;
  for (const seg of segments(pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (isObject(node)) node = node[seg];
    else return undefined;
  }
  return isObject(node) ? node : undefined;
}

/** The schema `$ref` names, when it is a place in the same document (`#/$defs/address`). */
function resolveRef(root: Schema, ref: unknown): Schema | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  try {
    return schemaAtPointer(root, decodeURIComponent(ref.slice(1)));
  } catch {
    return undefined;
  }
}

/** The schema and every subschema that applies to the same value: combinations, rules' branches, references. */
function applicable(root: Schema, schema: Schema): Schema[] {
  const out: Schema[] = [];
  const seen = new Set<Schema>();
  const queue: Schema[] = [schema];
  while (queue.length) {
    const s = queue.shift()!;
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
    for (const k of ['allOf', 'anyOf', 'oneOf']) {
      const list = s[k];
      // The options of a choice are values, not schemas of the field: their titles name the options.
      if (Array.isArray(list) && !constBranches(s, k)) for (const item of list) if (isObject(item)) queue.push(item);
    }
    for (const k of ['then', 'else']) if (isObject(s[k])) queue.push(s[k]);
    if (isObject(s['dependentSchemas'])) for (const d of Object.values(s['dependentSchemas'])) if (isObject(d)) queue.push(d);
    for (const k of ['$ref', '$dynamicRef']) {
      const target = resolveRef(root, s[k]);
      if (target) queue.push(target);
    }
  }
  return out;
}

/**
 * The schemas that describe the value at `pointer` (a JSON pointer into data valid against `root`),
 * the field's own first. Pattern properties are not matched: their patterns are the schema's to run.
 */
export function fieldSchemas(root: object, pointer: string): Schema[] {
  let nodes = applicable(root as Schema, root as Schema);
  for (const key of segments(pointer)) {
    const next: Schema[] = [];
    for (const s of nodes) {
      const props = s['properties'];
      if (isObject(props) && isObject(props[key])) next.push(props[key]);
      if (/^\d+$/.test(key)) {
        const prefix = s['prefixItems'];
        const i = Number(key);
        if (Array.isArray(prefix) && i < prefix.length) {
          if (isObject(prefix[i])) next.push(prefix[i]);
        } else if (isObject(s['items'])) next.push(s['items']);
      }
    }
    if (!next.length) {
      for (const s of nodes) if (isObject(s['additionalProperties'])) next.push(s['additionalProperties']);
    }
    nodes = next.flatMap((n) => applicable(root as Schema, n));
    if (!nodes.length) return [];
  }
  return nodes;
}

/** A schema's title in both languages: `title`, and `x-en.title` in English (the Chinese one when there is none). */
export function titleOf(schema: object | undefined): LocalizedText | undefined {
  const s = schema as Schema | undefined;
  const zh = s?.['title'];
  if (typeof zh !== 'string' || !zh) return undefined;
  const en = (s?.['x-en'] as Schema | undefined)?.['title'];
  return { zh, en: typeof en === 'string' && en ? en : zh };
}

/** A schema's description in both languages, as `titleOf` reads titles. */
function descriptionOf(schema: Schema): LocalizedText | undefined {
  const zh = schema['description'];
  const en = (schema['x-en'] as Schema | undefined)?.['description'];
  if (typeof zh !== 'string' || !zh) return typeof en === 'string' && en ? { zh: en, en } : undefined;
  return { zh, en: typeof en === 'string' && en ? en : zh };
}

/** The title of the field at `pointer` in data valid against `root`, if its schema gives one. */
export function fieldTitle(root: object, pointer: string): LocalizedText | undefined {
  for (const s of fieldSchemas(root, pointer)) {
    const title = titleOf(s);
    if (title) return title;
  }
  return undefined;
}

const quote = (t: LocalizedText): LocalizedText => ({ zh: `“${t.zh}”`, en: `"${t.en}"` });

/** How a sentence names the value at `pointer`: by its title, else its key, else (an item) by its list. */
function subject(root: object | undefined, pointer: string): LocalizedText {
  const title = root ? fieldTitle(root, pointer) : undefined;
  if (title) return quote(title);
  const segs = segments(pointer);
  const last = segs[segs.length - 1];
  if (last === undefined) return root && titleOf(root) ? quote(titleOf(root)!) : { zh: '填写的内容', en: 'the answer' };
  if (/^\d+$/.test(last)) {
    const n = Number(last) + 1;
    const list = subject(root, pointer.slice(0, pointer.lastIndexOf('/')));
    return { zh: `${list.zh}的第 ${n} 项`, en: `item ${n} of ${list.en}` };
  }
  return quote({ zh: last, en: last });
}

/** Whether a field is answered by choosing (a list of options, yes or no) rather than by typing. */
function isChoice(schemas: readonly Schema[]): boolean {
  return schemas.some((s) => {
    if (Array.isArray(s['enum']) || s['type'] === 'boolean' || constBranches(s) !== undefined) return true;
    return s['type'] === 'array' && isObject(s['items']) && isChoice([s['items']]);
  });
}

/** A choice written as `oneOf`/`anyOf` of `const`s (each with its title): the branches, else undefined. */
function constBranches(s: Schema, keyword?: string): Schema[] | undefined {
  for (const k of keyword ? [keyword] : ['oneOf', 'anyOf']) {
    const list = s[k];
    if (Array.isArray(list) && list.length > 0 && list.every((b) => isObject(b) && 'const' in b)) return list as Schema[];
  }
  return undefined;
}

/** The schema holding the keyword that failed: by its schema path, else the first of the field's schemas with it. */
function keywordSchema(root: object | undefined, e: SchemaError): Schema | undefined {
  if (!root) return undefined;
  if (e.schemaPath?.startsWith('#')) {
    const at = schemaAtPointer(root as Schema, e.schemaPath.slice(1, e.schemaPath.lastIndexOf('/')));
    if (at && e.keyword in at) return at;
  }
  return fieldSchemas(root, e.instancePath).find((s) => e.keyword in s);
}

const TYPES: Record<string, LocalizedText> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '“是”或“否”', en: 'yes or no' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '一组字段', en: 'a group of fields' },
  null: { zh: '空', en: 'empty' },
};

/** The formats of ajv-formats (and react-jsonschema-form's `data-url` and `color`), in words with an example. */
const FORMATS: Record<string, LocalizedText> = {
  date: { zh: '日期，如 2026-03-05', en: 'a date such as 2026-03-05' },
  time: { zh: '带时区的时间，如 09:30:00+08:00', en: 'a time with its zone such as 09:30:00+08:00' },
  'date-time': { zh: '带时区的日期和时间，如 2026-03-05T09:30:00+08:00', en: 'a date and time with its zone such as 2026-03-05T09:30:00+08:00' },
  'iso-time': { zh: '时间，如 09:30:00', en: 'a time such as 09:30:00' },
  'iso-date-time': { zh: '日期和时间，如 2026-03-05T09:30:00', en: 'a date and time such as 2026-03-05T09:30:00' },
  duration: { zh: '时长，如 P3D（3 天）或 PT2H（2 小时）', en: 'a duration such as P3D (3 days) or PT2H (2 hours)' },
  uri: { zh: '完整的网址，如 https://example.org/page', en: 'a full address such as https://example.org/page' },
  'uri-reference': { zh: '网址或相对地址，如 /page', en: 'an address or a relative one such as /page' },
  'uri-template': { zh: '网址模板，如 https://example.org/{id}', en: 'an address template such as https://example.org/{id}' },
  url: { zh: '网址，如 https://example.org/', en: 'a web address such as https://example.org/' },
  email: { zh: '电子邮箱地址，如 name@example.com', en: 'an email address such as name@example.com' },
  hostname: { zh: '主机名，如 example.org', en: 'a host name such as example.org' },
  ipv4: { zh: 'IPv4 地址，如 192.168.0.1', en: 'an IPv4 address such as 192.168.0.1' },
  ipv6: { zh: 'IPv6 地址，如 2001:db8::1', en: 'an IPv6 address such as 2001:db8::1' },
  regex: { zh: '正则表达式', en: 'a regular expression' },
  uuid: { zh: 'UUID，如 123e4567-e89b-12d3-a456-426614174000', en: 'a UUID such as 123e4567-e89b-12d3-a456-426614174000' },
  'json-pointer': { zh: 'JSON 指针，如 /members/0', en: 'a JSON pointer such as /members/0' },
  'json-pointer-uri-fragment': { zh: '网址片段形式的 JSON 指针，如 #/members/0', en: 'a JSON pointer as an address fragment such as #/members/0' },
  'relative-json-pointer': { zh: '相对 JSON 指针，如 1/name', en: 'a relative JSON pointer such as 1/name' },
  byte: { zh: 'Base64 编码的内容', en: 'base64-encoded content' },
  int32: { zh: '32 位整数', en: 'a 32-bit whole number' },
  int64: { zh: '64 位整数', en: 'a 64-bit whole number' },
  float: { zh: '单精度浮点数', en: 'a single-precision number' },
  double: { zh: '双精度浮点数', en: 'a double-precision number' },
  password: { zh: '密码', en: 'a password' },
  binary: { zh: '二进制内容', en: 'binary content' },
  'data-url': { zh: 'data URL 形式的文件', en: 'a file as a data URL' },
  color: { zh: '颜色，如 #ff0000', en: 'a colour such as #ff0000' },
};

/** Names of ajv-formats' formats, for the tests that hold every one of them to a sentence. */
export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATS);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/** A value of the data as a sentence quotes it: text in quotation marks, yes and no in words. */
function valueText(v: unknown): LocalizedText {
  if (typeof v === 'string') return { zh: `“${v}”`, en: `"${v}"` };
  if (v === true) return { zh: '“是”', en: '"yes"' };
  if (v === false) return { zh: '“否”', en: '"no"' };
  if (v === null) return { zh: '空', en: 'empty' };
  const json = JSON.stringify(v) ?? String(v);
  return { zh: json, en: json };
}

/** The choices of a field, by their titles where they have them; undefined when there are too many to list. */
function choicesText(values: readonly { value: unknown; title?: LocalizedText | undefined }[]): LocalizedText | undefined {
  if (values.length === 0 || values.length > 8) return undefined;
  const words = values.map((c) => (c.title ? quote(c.title) : valueText(c.value)));
  return { zh: words.map((w) => w.zh).join('、'), en: words.map((w) => w.en).join(', ') };
}

/** A description as part of a sentence: without its closing full stop. */
const clause = (t: string) => t.replace(/[。.]\s*$/, '');

const TEMPORAL_LIMITS: Record<string, LocalizedText> = {
  '>=': { zh: '不能早于', en: 'must not be before' },
  '>': { zh: '必须晚于', en: 'must be after' },
  '<=': { zh: '不能晚于', en: 'must not be after' },
  '<': { zh: '必须早于', en: 'must be before' },
};

type Sentence = (s: LocalizedText, e: SchemaError, at: { root: object | undefined; schema: Schema | undefined }) => LocalizedText;

/** `S` is the field as the sentence names it (quoted title or key); English sentences are capitalised afterwards. */
const SENTENCES: Record<string, Sentence> = {
  required: (s, e, { root }) =>
    root && isChoice(fieldSchemas(root, errorPointer(e))) ? { zh: `请选择${s.zh}`, en: `${s.en} is required` } : { zh: `请填写${s.zh}`, en: `${s.en} is required` },
  dependentRequired: (s, e, { root }) => {
    const given = subject(root, `${e.instancePath}/${escapeKey(String(e.params['property']))}`);
    return { zh: `填写了${given.zh}时，还须填写${s.zh}`, en: `${s.en} is required when ${given.en} is given` };
  },
  minLength: (s, e) => {
    const n = num(e.params['limit']);
    return n <= 1 ? { zh: `请填写${s.zh}`, en: `${s.en} is required` } : { zh: `${s.zh}至少需要 ${n} 个字`, en: `${s.en} needs at least ${plural(n, 'character')}` };
  },
  maxLength: (s, e) => {
    const n = num(e.params['limit']);
    return { zh: `${s.zh}不能超过 ${n} 个字`, en: `${s.en} must be at most ${plural(n, 'character')} long` };
  },
  minimum: (s, e) => ({ zh: `${s.zh}不能小于 ${String(e.params['limit'])}`, en: `${s.en} must be at least ${String(e.params['limit'])}` }),
  maximum: (s, e) => ({ zh: `${s.zh}不能大于 ${String(e.params['limit'])}`, en: `${s.en} must be at most ${String(e.params['limit'])}` }),
  exclusiveMinimum: (s, e) => ({ zh: `${s.zh}必须大于 ${String(e.params['limit'])}`, en: `${s.en} must be more than ${String(e.params['limit'])}` }),
  exclusiveMaximum: (s, e) => ({ zh: `${s.zh}必须小于 ${String(e.params['limit'])}`, en: `${s.en} must be less than ${String(e.params['limit'])}` }),
  multipleOf: (s, e) => ({ zh: `${s.zh}应为 ${String(e.params['multipleOf'])} 的整数倍`, en: `${s.en} must be a multiple of ${String(e.params['multipleOf'])}` }),
  minItems: (s, e, { root }) => {
    const n = num(e.params['limit']);
    return root && isChoice(fieldSchemas(root, e.instancePath))
      ? { zh: `${s.zh}至少要选 ${n} 项`, en: `choose at least ${plural(n, 'option')} for ${s.en}` }
      : { zh: `${s.zh}至少需要 ${n} 项`, en: `${s.en} needs at least ${plural(n, 'item')}` };
  },
  maxItems: (s, e, { root }) => {
    const n = num(e.params['limit']);
    return root && isChoice(fieldSchemas(root, e.instancePath))
      ? { zh: `${s.zh}最多只能选 ${n} 项`, en: `choose at most ${plural(n, 'option')} for ${s.en}` }
      : { zh: `${s.zh}最多只能有 ${n} 项`, en: `${s.en} can have at most ${plural(n, 'item')}` };
  },
  items: (s, e) => ({ zh: `${s.zh}最多只能有 ${num(e.params['limit'])} 项`, en: `${s.en} can have at most ${plural(num(e.params['limit']), 'item')}` }),
  uniqueItems: (s, e) => {
    const [a, b] = [num(e.params['j']) + 1, num(e.params['i']) + 1].sort((x, y) => x - y);
    return { zh: `${s.zh}的第 ${a} 项和第 ${b} 项重复`, en: `items ${a} and ${b} of ${s.en} are the same` };
  },
  contains: (s, e) => {
    const min = num(e.params['minContains'] ?? 1);
    const max = e.params['maxContains'] === undefined ? undefined : num(e.params['maxContains']);
    if (max === undefined) return { zh: `${s.zh}中至少要有 ${min} 项符合要求`, en: `${s.en} must include at least ${plural(min, 'matching item')}` };
    if (max === min) return { zh: `${s.zh}中应恰有 ${min} 项符合要求`, en: `${s.en} must include exactly ${plural(min, 'matching item')}` };
    return { zh: `${s.zh}中符合要求的项应为 ${min} 到 ${max} 项`, en: `${s.en} must include ${min} to ${max} matching items` };
  },
  minProperties: (s, e) => ({ zh: `${s.zh}至少需要填写 ${num(e.params['limit'])} 项`, en: `${s.en} needs at least ${plural(num(e.params['limit']), 'answer')}` }),
  maxProperties: (s, e) => ({ zh: `${s.zh}最多只能填写 ${num(e.params['limit'])} 项`, en: `${s.en} can have at most ${plural(num(e.params['limit']), 'answer')}` }),
  additionalProperties: (s) => ({ zh: `不允许的字段${s.zh}`, en: `${s.en} is not an allowed field` }),
  propertyNames: (s, e) => {
    const name = valueText(String(e.params['propertyName']));
    return { zh: `${s.zh}中的字段名${name.zh}不符合要求`, en: `the field name ${name.en} is not allowed in ${s.en}` };
  },
  type: (s, e) => {
    const types = String(e.params['type']).split(',').map((t) => TYPES[t.trim()] ?? { zh: t, en: t });
    return { zh: `${s.zh}应为${types.map((t) => t.zh).join('或')}`, en: `${s.en} must be ${types.map((t) => t.en).join(' or ')}` };
  },
  enum: (s, e) => {
    const values = Array.isArray(e.params['allowedValues']) ? (e.params['allowedValues'] as unknown[]) : [];
    const choices = choicesText(values.map((value) => ({ value })));
    return choices ? { zh: `${s.zh}应为以下之一：${choices.zh}`, en: `${s.en} must be one of: ${choices.en}` } : { zh: `${s.zh}不是可选的取值`, en: `${s.en} is not one of the choices` };
  },
  const: (s, e) => {
    const v = valueText(e.params['allowedValue']);
    return { zh: `${s.zh}应为${v.zh}`, en: `${s.en} must be ${v.en}` };
  },
  oneOf: (s, e, { schema }) => {
    const branches = schema && constBranches(schema, e.keyword);
    if (branches) {
      const choices = choicesText(branches.map((b) => ({ value: b['const'], title: titleOf(b) })));
      return choices ? { zh: `${s.zh}应为以下之一：${choices.zh}`, en: `${s.en} must be one of: ${choices.en}` } : { zh: `${s.zh}不是可选的取值`, en: `${s.en} is not one of the choices` };
    }
    if (Array.isArray(e.params['passingSchemas'])) {
      return { zh: `${s.zh}同时符合多种填写方式，只能符合其中一种`, en: `${s.en} fits more than one of the allowed forms; it must fit exactly one` };
    }
    return { zh: `${s.zh}不符合任何一种允许的填写方式`, en: `${s.en} fits none of the allowed forms` };
  },
  not: (s) => ({ zh: `${s.zh}不能取这个值`, en: `${s.en} cannot take this value` }),
  if: (s) => ({ zh: `${s.zh}不符合填写规则`, en: `${s.en} does not follow the rule for its answers` }),
  'false schema': (s) => ({ zh: `${s.zh}不应填写`, en: `${s.en} must be left out` }),
  format: (s, e) => {
    const f = FORMATS[String(e.params['format'])];
    return f ? { zh: `${s.zh}应为${f.zh}`, en: `${s.en} must be ${f.en}` } : { zh: `${s.zh}的格式不正确`, en: `${s.en} is not in the right format` };
  },
  formatMinimum: (s, e) => limitOfFormat(s, e),
  pattern: (s, e, { root, schema }) => {
    const how = (schema && descriptionOf(schema)) ?? (root ? fieldSchemas(root, e.instancePath).map(descriptionOf).find((d) => d !== undefined) : undefined);
    return how
      ? { zh: `${s.zh}的格式不正确：${clause(how.zh)}`, en: `${s.en} is not in the right format: ${clause(how.en)}` }
      : { zh: `${s.zh}的格式不正确`, en: `${s.en} is not in the right format` };
  },
  discriminator: (s, e) => {
    const tag = valueText(String(e.params['tag']));
    return { zh: `${s.zh}中${tag.zh}的取值不正确`, en: `${s.en} has an unexpected ${tag.en}` };
  },
};

/** ajv-formats' `formatMinimum` and its kin: the dates and times of a form compared with a limit. */
function limitOfFormat(s: LocalizedText, e: SchemaError): LocalizedText {
  const words = TEMPORAL_LIMITS[String(e.params['comparison'])] ?? TEMPORAL_LIMITS['>=']!;
  const limit = String(e.params['limit']);
  return { zh: `${s.zh}${words.zh} ${limit}`, en: `${s.en} ${words.en} ${limit}` };
}

// Keywords said alike: draft-07's spellings of 2020-12's, the other limits of formats.
SENTENCES['dependencies'] = SENTENCES['dependentRequired']!;
SENTENCES['additionalItems'] = SENTENCES['items']!;
SENTENCES['unevaluatedItems'] = SENTENCES['items']!;
SENTENCES['unevaluatedProperties'] = SENTENCES['additionalProperties']!;
SENTENCES['anyOf'] = SENTENCES['oneOf']!;
for (const k of ['formatMaximum', 'formatExclusiveMinimum', 'formatExclusiveMaximum']) SENTENCES[k] = SENTENCES['formatMinimum']!;

/** Keywords whose sentence names a property the schema does not know, by its key. */
const UNKNOWN_PROPERTY = new Set(['additionalProperties', 'unevaluatedProperties']);

/**
 * The error in words in both languages. `root` is the schema the data was validated against: with it
 * the sentence names the field by its title; without it, by its key.
 */
export function validationMessage(e: SchemaError, root?: object): LocalizedText {
  const key = namedProperty(e) ?? '';
  // A missing property is named as its field; the object holding it is where ajv found it missing.
  const named = UNKNOWN_PROPERTY.has(e.keyword) ? quote({ zh: key, en: key }) : subject(root, errorPointer(e));
  const sentence = SENTENCES[e.keyword];
  const text = sentence ? sentence(named, e, { root, schema: keywordSchema(root, e) }) : { zh: `${named.zh}的取值不正确`, en: `${named.en} is not valid` };
  return { zh: text.zh, en: capitalize(text.en) };
}

/** Keywords whose error says in one sentence what the errors of their subschemas say in parts. */
const SUMMARIES = new Set(['propertyNames', 'contains']);

/**
 * The errors worth a sentence: a failed `if` is said by its branch's own errors; a value that is none
 * of a choice's options (`oneOf`/`anyOf` of `const`s) once rather than once per option; a property
 * name once rather than by each rule it broke; a list without enough fitting items once rather than
 * by each item that does not fit. A value that fits none of several shapes keeps every branch's
 * errors: the nearest says best what to change.
 */
export function errorsToShow<E extends SchemaError>(errors: readonly E[]): E[] {
  const inside = (e: SchemaError) => (other: SchemaError) => !!other.schemaPath && !!e.schemaPath && other.schemaPath.startsWith(`${e.schemaPath}/`);
  const summaries = errors.filter((e) => {
    if (SUMMARIES.has(e.keyword)) return true;
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') return false;
    const options = errors.filter(inside(e));
    return options.length > 0 && options.every((o) => o.keyword === 'const');
  });
  return errors.filter((e) => {
    if (summaries.some((summary) => inside(summary)(e))) return false;
    if (e.keyword === 'if' && e.schemaPath) {
      const branch = `${e.schemaPath.slice(0, -'/if'.length)}/${String(e.params['failingKeyword'])}/`;
      return !errors.some((other) => other.schemaPath?.startsWith(branch));
    }
    return true;
  });
}
