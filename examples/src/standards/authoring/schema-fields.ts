/**
 * Builders for the JSON Schemas (draft 2020-12) of forms and eligibility. Every schema node a person
 * reads carries its Chinese text in `title`/`description` and its English text in the `x-en` keyword
 * (`{ title, description }`), choices included (`oneOf` of `const` with titles), so a form renders in
 * either language from one schema. Rules between answers (`when`, JSON Schema `if`/`then`) make one
 * answer depend on another.
 *
 * @example
 *   const schema = form(t('知情同意', 'Informed consent'), {
 *     consent: yes(t('同意接受服务', 'Agrees to receive services')),
 *     declineReason: notes(t('不同意的原因', 'Reason for declining')),
 *   }, ['consent'], { rules: [when({ consent: { const: false } }, { required: ['declineReason'] })] });
 */
import type { LocalizedText } from '@jingzhun/standards';

export type JsonSchema = Record<string, unknown>;

export function t(zh: string, en: string): LocalizedText {
  return { zh, en };
}

interface Texts {
  help?: LocalizedText;
}

/** Rules between a form's answers (`when`), checked wherever the form is validated. */
interface Rules {
  rules?: readonly JsonSchema[];
}

function labelled(label: LocalizedText, extra: Texts = {}): JsonSchema {
  const out: JsonSchema = { title: label.zh };
  if (extra.help) out['description'] = extra.help.zh;
  out['x-en'] = extra.help ? { title: label.en, description: extra.help.en } : { title: label.en };
  return out;
}

export function text(label: LocalizedText, opts: Texts & { maxLength?: number; pattern?: string; minLength?: number } = {}): JsonSchema {
  return {
    ...labelled(label, opts),
    type: 'string',
    minLength: opts.minLength ?? 1,
    maxLength: opts.maxLength ?? 200,
    ...(opts.pattern ? { pattern: opts.pattern } : {}),
  };
}

/** Free text of a record (notes, reasons, summaries). */
export function notes(label: LocalizedText, opts: Texts & { minLength?: number } = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'string', minLength: opts.minLength ?? 1, maxLength: 4000 };
}

export function integer(label: LocalizedText, opts: Texts & { minimum?: number; maximum?: number } = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'integer', minimum: opts.minimum ?? 0, ...(opts.maximum !== undefined ? { maximum: opts.maximum } : {}) };
}

export function decimal(label: LocalizedText, opts: Texts & { minimum?: number; maximum?: number } = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'number', minimum: opts.minimum ?? 0, ...(opts.maximum !== undefined ? { maximum: opts.maximum } : {}) };
}

export function yes(label: LocalizedText, opts: Texts = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'boolean' };
}

/**
 * A date the form records: what happened, so not after the day the form is submitted. A `planned`
 * date looks ahead (a care arrangement's first day) and may lie anywhere.
 */
export function date(label: LocalizedText, opts: Texts & { planned?: boolean } = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'string', format: 'date', ...(opts.planned ? { 'x-planned': true } : {}) };
}

/** A choice option: its stored value and what a person reads. */
export type Option = readonly [value: string, zh: string, en: string];

function options(list: readonly Option[]): JsonSchema[] {
  return list.map(([value, zh, en]) => ({ const: value, title: zh, 'x-en': { title: en } }));
}

export function choice(label: LocalizedText, list: readonly Option[], opts: Texts = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'string', oneOf: options(list) };
}

export function choices(label: LocalizedText, list: readonly Option[], opts: Texts & { minItems?: number } = {}): JsonSchema {
  return {
    ...labelled(label, opts),
    type: 'array',
    items: { type: 'string', oneOf: options(list) },
    uniqueItems: true,
    minItems: opts.minItems ?? 0,
  };
}

/** A 1–5 rating (1 lowest). */
export function rating(label: LocalizedText, opts: Texts = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'integer', minimum: 1, maximum: 5 };
}

/** A score out of 100. */
export function score(label: LocalizedText, opts: Texts = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'number', minimum: 0, maximum: 100 };
}

export function group(label: LocalizedText, properties: Record<string, JsonSchema>, required: readonly string[], opts: Texts = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'object', properties, required: [...required], additionalProperties: false };
}

/**
 * A rule between answers (JSON Schema `if`/`then`): when each field named in `answers` is answered
 * with a value its schema accepts, the answers must also meet `then` — more fields required, or fewer
 * values allowed. The form shows a field's error beside it, as for any required field.
 *
 * @example
 *   when({ consent: { const: false } }, { required: ['declineReason'] })
 *   when({ childSafe: { const: false } }, { properties: { contactOutcome: { const: 'reassess' } } })
 */
export function when(answers: Record<string, JsonSchema>, then: JsonSchema): JsonSchema {
  return { if: { properties: answers, required: Object.keys(answers) }, then };
}

const withRules = (schema: JsonSchema, rules: readonly JsonSchema[] | undefined): JsonSchema =>
  rules && rules.length > 0 ? { ...schema, allOf: [...rules] } : schema;

/** A user task's form: closed (unknown fields are refused), since its fields become case variables. */
export function form(label: LocalizedText, properties: Record<string, JsonSchema>, required: readonly string[], opts: Texts & Rules = {}): JsonSchema {
  return withRules({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...group(label, properties, required, opts) }, opts.rules);
}

/**
 * The eligibility schema of who a standard serves. Open to further fields: a referral from another
 * standard starts the case with the referring case's variables.
 */
export function eligibility(label: LocalizedText, properties: Record<string, JsonSchema>, required: readonly string[], opts: Texts & Rules = {}): JsonSchema {
  return withRules(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...labelled(label, opts),
      type: 'object',
      properties,
      required: [...required],
    },
    opts.rules,
  );
}

/** A list of entries, each entry itself a group of fields. */
export function list(label: LocalizedText, item: JsonSchema, opts: Texts & { minItems?: number; maxItems?: number } = {}): JsonSchema {
  return { ...labelled(label, opts), type: 'array', items: item, minItems: opts.minItems ?? 0, maxItems: opts.maxItems ?? 50 };
}
