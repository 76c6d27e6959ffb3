/**
 * A form's schema in the person's language. The platform's forms are written in Chinese (`title`,
 * `description`) with their English beside them (`x-en: {title, description}`, on the form, on each
 * field and on each option of a choice): in English the form shows the English, where there is some.
 *
 * @example
 *   inLanguage({ title: '性别', 'x-en': { title: 'Gender' } }, 'en'); // { title: 'Gender', 'x-en': { title: 'Gender' } }
 */
import type { Language } from '../i18n';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const TEXTS = ['title', 'description'] as const;

function english(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(english);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === 'x-en' ? v : english(v);
  const en = value['x-en'];
  if (isObject(en)) for (const key of TEXTS) if (typeof en[key] === 'string' && en[key]) out[key] = en[key];
  return out;
}

/** The schema with its texts in `lang`; the schema itself in Chinese. */
export function inLanguage<S extends object>(schema: S, lang: Language): S {
  return lang === 'en' ? (english(schema) as S) : schema;
}
