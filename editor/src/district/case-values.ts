/**
 * A case's data in words: each variable under the title its form gives it, each answer as the form
 * offered it — a choice by its label, a date as a date, yes or no — a group of answers as a list of
 * its own, a list of entries as a small table, sectioned by the form the answers came from. The
 * titles are the JSON Schemas' (`title` in Chinese, `x-en.title` in English, choices as `oneOf` of
 * `const` with titles), read from the case's standard: the forms the case filled in, latest first,
 * then its eligibility, its other forms, and the standard of the case that referred it.
 *
 * @example
 *   const sources = caseDataSources(version.standard, ['intake-consent'], referring?.standard);
 *   describeCaseData(file.variables, sources, 'zh-CN', words);
 *   // [{ title: '服务对象信息', fields: [{ key: 'gender', label: '性别', value: { kind: 'text', text: '女' } }] },
 *   //  { title: '接案会谈与知情同意', fields: [{ key: 'consent', label: '同意接受服务', value: { kind: 'text', text: '是' } }] }]
 */
import type { ServiceStandard } from '../api';
import type { Language } from '../i18n';
import { formatDate, formatDateTime } from '../shell/format';

/** A JSON Schema, as a standard's forms and eligibility hold them. */
export type JsonSchema = Record<string, unknown>;

/** A value as a person reads it: a line of text, a list of labelled values, or a table of entries. */
export type Shown = { kind: 'text'; text: string } | { kind: 'fields'; fields: ShownField[] } | { kind: 'table'; columns: string[]; rows: string[][] };

export interface ShownField {
  key: string;
  label: string;
  value: Shown;
}

export interface ShownSection {
  /** The form's (or the eligibility's) title; empty for data no schema names. */
  title: string;
  fields: ShownField[];
}

/** The words values are said in, from the app's translations. */
export interface ValueWords {
  yes: string;
  no: string;
  /** An empty answer or list. */
  none: string;
  /** The heading of data no schema of the standard names. */
  other: string;
}

type StandardSchemas = Pick<ServiceStandard, 'population' | 'forms' | 'process'>;

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schemas that name a case's data, in two orders. */
export interface DataSources {
  /**
   * The order a field's name is looked for: the forms the case completed, the latest first (a later
   * answer overwrites an earlier one of the same name), the eligibility schema the case started with,
   * the standard's other forms, then the referring case's standard.
   */
  lookup: JsonSchema[];
  /** The order the sections read in: the client's data, each form as the case filled it in, the rest. */
  sections: JsonSchema[];
}

/** Where the case's data is named: its standard's schemas, and those of the standard of the case that referred it. */
export function caseDataSources(standard: StandardSchemas, completedForms: readonly string[], referring?: StandardSchemas): DataSources {
  const inOrder = (schemas: unknown[]) => schemas.filter(isObject).filter((s, i, all) => all.indexOf(s) === i);
  const completed = completedForms.map((id) => standard.forms[id]);
  const rest = [...formsInProcessOrder(standard), ...(referring ? [referring.population.eligibility, ...formsInProcessOrder(referring)] : [])];
  return {
    lookup: inOrder([...[...completed].reverse(), standard.population.eligibility, ...rest]),
    sections: inOrder([standard.population.eligibility, ...completed, ...rest]),
  };
}

/** A standard's forms in the order its process asks for them (the order its steps are written in), then any other. */
function formsInProcessOrder(standard: StandardSchemas): unknown[] {
  const asked = [...standard.process.matchAll(/\bstd:form="([^"]+)"/g)].map((m) => m[1]!);
  const ids = [...new Set([...asked.filter((id) => id in standard.forms), ...Object.keys(standard.forms)])];
  return ids.map((id) => standard.forms[id]);
}

/** The title of a schema node in the reader's language: `title` is Chinese, `x-en.title` English. */
export function schemaTitle(node: JsonSchema | undefined, lang: Language): string | undefined {
  const zh = typeof node?.['title'] === 'string' ? node['title'] : undefined;
  const en = isObject(node?.['x-en']) && typeof node['x-en']['title'] === 'string' ? node['x-en']['title'] : undefined;
  return lang === 'en' ? (en ?? zh) : (zh ?? en);
}

/** The schema of the field `key` of an object schema, in its own properties or its rules' branches. */
function propertyOf(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  if (!schema) return undefined;
  const own = isObject(schema['properties']) ? schema['properties'][key] : undefined;
  if (isObject(own)) return own;
  for (const k of ['allOf', 'anyOf', 'oneOf']) {
    const branches = Array.isArray(schema[k]) ? (schema[k] as unknown[]) : [];
    for (const branch of branches.filter(isObject)) {
      for (const part of [branch, branch['then'], branch['else']]) {
        const found = isObject(part) && part !== schema ? propertyOf(part, key) : undefined;
        if (found) return found;
      }
    }
  }
  return undefined;
}

/**
 * The fields an object schema lists, its own first, then those its rules' branches add; the required
 * ones first, in the order `required` gives them. The store keeps a standard's schemas as jsonb, which
 * orders an object's keys by their length: only arrays keep the order the author wrote.
 */
function propertyNames(schema: JsonSchema): string[] {
  const required = Array.isArray(schema['required']) ? schema['required'].filter((k): k is string => typeof k === 'string') : [];
  const names = [...required, ...(isObject(schema['properties']) ? Object.keys(schema['properties']) : [])];
  for (const k of ['allOf', 'anyOf', 'oneOf']) {
    const branches = Array.isArray(schema[k]) ? (schema[k] as unknown[]) : [];
    for (const branch of branches.filter(isObject)) {
      for (const part of [branch, branch['then'], branch['else']]) if (isObject(part) && part !== schema) names.push(...propertyNames(part));
    }
  }
  return [...new Set(names)];
}

/** A name no schema gives, made readable: `householdSize` → `Household size`. */
function spelledOut(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** The label of the choice `value` in a `oneOf`/`anyOf` of `const`s, if the schema offers it. */
function choiceLabel(schema: JsonSchema | undefined, value: unknown, lang: Language): string | undefined {
  const options = [...(Array.isArray(schema?.['oneOf']) ? schema['oneOf'] : []), ...(Array.isArray(schema?.['anyOf']) ? schema['anyOf'] : [])];
  const option = (options as unknown[]).filter(isObject).find((o) => o['const'] === value);
  return option ? schemaTitle(option, lang) : undefined;
}

class Describer {
  constructor(
    private readonly lang: Language,
    private readonly words: ValueWords,
  ) {}

  private get separator(): string {
    return this.lang === 'en' ? ', ' : '、';
  }

  /** A single answer as text; a group or list within a table's cell is said in one line. */
  text(value: unknown, schema: JsonSchema | undefined): string {
    if (value === null || value === undefined || value === '') return this.words.none;
    const choice = choiceLabel(schema, value, this.lang);
    if (choice) return choice;
    if (typeof value === 'boolean') return value ? this.words.yes : this.words.no;
    if (typeof value === 'string') {
      if (schema?.['format'] === 'date') return formatDate(value, this.lang);
      if (schema?.['format'] === 'date-time') return formatDateTime(value, this.lang);
      return value;
    }
    if (typeof value === 'number') return String(value);
    if (Array.isArray(value)) {
      const items = isObject(schema?.['items']) ? schema['items'] : undefined;
      return value.length ? value.map((v) => this.text(v, items)).join(this.separator) : this.words.none;
    }
    if (isObject(value)) {
      const colon = this.lang === 'en' ? ': ' : '：';
      return this.fields(value, schema ? [schema] : [])
        .map((f) => `${f.label}${colon}${this.text(value[f.key], propertyOf(schema, f.key))}`)
        .join(this.lang === 'en' ? '; ' : '；');
    }
    return String(value);
  }

  shown(value: unknown, schema: JsonSchema | undefined): Shown {
    if (isObject(value)) return { kind: 'fields', fields: this.fields(value, schema ? [schema] : []) };
    if (Array.isArray(value) && value.length > 0 && value.every(isObject)) return this.table(value, isObject(schema?.['items']) ? schema['items'] : undefined);
    return { kind: 'text', text: this.text(value, schema) };
  }

  /** Each field of `value`, named by the first of `schemas` that has it, in the order the first schema lists them. */
  fields(value: JsonSchema, schemas: readonly JsonSchema[]): ShownField[] {
    const listed = schemas[0] ? propertyNames(schemas[0]) : [];
    const keys = [...listed.filter((k) => k in value), ...Object.keys(value).filter((k) => !listed.includes(k)).sort()];
    return keys.map((key) => {
      const field = schemas.map((s) => propertyOf(s, key)).find((f) => f !== undefined);
      return { key, label: schemaTitle(field, this.lang) ?? spelledOut(key), value: this.shown(value[key], field) };
    });
  }

  /** Entries of a list, one row each, a column per field in the order the entry's schema lists them. */
  private table(entries: JsonSchema[], item: JsonSchema | undefined): Shown {
    const listed = item ? propertyNames(item) : [];
    const present = new Set(entries.flatMap((e) => Object.keys(e)));
    const keys = [...listed.filter((k) => present.has(k)), ...[...present].filter((k) => !listed.includes(k)).sort()];
    return {
      kind: 'table',
      columns: keys.map((k) => schemaTitle(propertyOf(item, k), this.lang) ?? spelledOut(k)),
      rows: entries.map((e) => keys.map((k) => this.text(e[k], propertyOf(item, k)))),
    };
  }
}

/**
 * The case's data, a section per schema that names some of it (the first of `lookup` that names a
 * field takes it) in the order of `sections`, each field where its form asks for it, and what no schema
 * names last. The stored order of the data says nothing: the store keeps an object's keys by length.
 */
export function describeCaseData(variables: Record<string, unknown>, sources: DataSources, lang: Language, words: ValueWords): ShownSection[] {
  const describer = new Describer(lang, words);
  const owner = new Map(Object.keys(variables).map((key) => [key, sources.lookup.find((s) => propertyOf(s, key))]));
  const part = (schema: JsonSchema | undefined) => Object.fromEntries([...owner].filter(([, s]) => s === schema).map(([k]) => [k, variables[k]]));
  const sections = sources.sections.flatMap((schema) => {
    const data = part(schema);
    return Object.keys(data).length ? [{ title: schemaTitle(schema, lang) ?? '', fields: describer.fields(data, [schema]) }] : [];
  });
  const unnamed = part(undefined);
  if (Object.keys(unnamed).length) sections.push({ title: words.other, fields: describer.fields(unnamed, []) });
  return sections;
}
