/**
 * The problems of a standard as sentences a standards officer reads: the elements named by their
 * labels (an unnamed one by its kind, "未命名的用户任务"), forms, roles, contents and parameters by
 * their titles, the `std:` attributes of the process by what they mean ("角色", "时限"), and where each
 * problem is said in words ("表单“入户评估” › 字段“居住情况”") rather than as a JSON pointer. The
 * standards' messages name things by their ids (the API and the command line say them too); the
 * authoring screens put the names in.
 *
 * @example
 *   const items = inWords(mergeProblems(lint, server, lang), { elements, standard, lang, t });
 *   items[0].message; // '用户任务“入户探访”没有指定角色'
 *   items[0].where;   // '入户探访'
 */
import type { TFunction } from 'i18next';
import type { ServiceStandard } from '../../api';
import { localized, type Language } from '../../i18n';
import type { DiagramElementInfo } from '../../modeler/process-modeler';
import { elementKind, elementNames, formNames, schemaTitle } from './element-names';
import type { ProblemItem } from './problem-list';

type Translate = TFunction;

export interface ProblemNaming {
  elements: readonly DiagramElementInfo[];
  standard: ServiceStandard | undefined;
  lang: Language;
  t: Translate;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Characters between which Chinese text has no space: CJK, full-width punctuation and the curly quotes. */
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”';
const SPACE_IN_CHINESE = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');

/** The `std:` attributes in words, in `message`: a mention in brackets that only names one goes. */
function attributesInWords(message: string, t: Translate): string {
  const word = (name: string) => t(`names.attributes.${name}`, { defaultValue: name });
  return message
    .replace(/\s*[（(]\s*std:\w+\s*[）)]/g, '')
    .replace(/([（(])\s*std:\w+\s*[，,]\s*/g, '$1')
    .replace(/std:(\w+)/g, (_, name: string) => word(name));
}

/** Every element the message names by `name (id)` or by id, said by its name; an unnamed one by its kind. */
function elementsInWords(message: string, naming: ProblemNaming, names: Map<string, string>): string {
  let out = message;
  // Longer ids first, so that `Task_1` does not eat into `Task_10`.
  for (const e of [...naming.elements].sort((a, b) => b.id.length - a.id.length)) {
    const name = e.name.trim();
    const shown = names.get(e.id) ?? e.id;
    const kind = elementKind(e.type, naming.t).toLowerCase();
    const id = escapeRegExp(e.id);
    const pattern = new RegExp(`${name ? `${escapeRegExp(name)} \\(${id}\\)|` : ''}(?<![\\w.-])${id}(?![\\w-])`, 'g');
    let result = '';
    let last = 0;
    for (const m of out.matchAll(pattern)) {
      let before = out.slice(last, m.index);
      if (!name) {
        // "用户任务 Task_1" reads "未命名的用户任务", not "用户任务 未命名的用户任务".
        const trimmed = before.trimEnd();
        if (trimmed.toLowerCase().endsWith(kind)) before = trimmed.slice(0, trimmed.length - kind.length);
      }
      result += before + (name ? `“${shown}”` : shown);
      last = m.index + m[0].length;
    }
    out = result + out.slice(last);
  }
  return out;
}

/** Ids in quotes (`“intake”`) said by the title of what they name: a form, role, content, method, parameter or indicator. */
function idsInWords(message: string, naming: ProblemNaming, forms: Map<string, string>): string {
  const s = naming.standard;
  if (!s) return message;
  const titles = new Map<string, string>();
  const add = (list: ReadonlyArray<{ id: string; title: { zh: string; en: string } }>) => {
    for (const item of list) if (!titles.has(item.id) && localized(item.title, naming.lang)) titles.set(item.id, localized(item.title, naming.lang));
  };
  for (const [id, name] of forms) titles.set(id, name);
  add(s.roles);
  add(s.contents);
  add(s.methods);
  add(s.parameters);
  add(s.indicators);
  return message.replace(/[“"]([^”"]+)[”"]/g, (quoted, id: string) => (titles.has(id) ? `“${titles.get(id)}”` : quoted));
}

function tidy(message: string, lang: Language): string {
  const spaced = message.replace(/[ \t]{2,}/g, ' ').replace(/\s+([，。；：、,.;:)）])/g, '$1').trim();
  if (lang === 'en') return spaced.charAt(0).toUpperCase() + spaced.slice(1);
  return spaced.replace(SPACE_IN_CHINESE, '');
}

function segments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The fields, options and rules a pointer inside a form's schema passes through, in words. */
function inForm(schema: unknown, rest: readonly string[], t: Translate, lang: Language): string[] {
  const parts: string[] = [];
  let node = schema;
  for (let i = 0; i < rest.length; i++) {
    const seg = rest[i]!;
    const next = rest[i + 1];
    if (!isObject(node)) break;
    if (seg === 'properties' && next !== undefined && isObject(node['properties'])) {
      node = node['properties'][next];
      parts.push(t('places.field', { name: schemaTitle(node, lang) || t('designer.untitledField') }));
      i++;
    } else if (seg === 'items') {
      node = node['items'];
    } else if (seg === 'oneOf' && next !== undefined && Array.isArray(node['oneOf'])) {
      parts.push(t('places.option', { name: schemaTitle(node['oneOf'][Number(next)], lang) || Number(next) + 1 }));
      break;
    } else if (seg === 'allOf' && next !== undefined) {
      parts.push(t('places.condition', { n: Number(next) + 1 }));
      break;
    } else {
      break;
    }
  }
  return parts;
}

/** Where in the standard a pointer leads, in words: "表单“入户评估” › 字段“居住情况”", "参数“评估时限”". */
export function placeOf(pointer: string, naming: ProblemNaming, forms: Map<string, string>): string {
  const { standard: s, t, lang } = naming;
  const [first, second, ...rest] = segments(pointer);
  const join = (parts: string[]) => parts.join(t('places.separator'));
  const item = (list: ReadonlyArray<{ title: { zh: string; en: string } }> | undefined, key: string) => {
    const index = Number(second);
    const title = list?.[index] ? localized(list[index].title, lang) : '';
    return t(`places.${key}`, { name: title || (Number.isInteger(index) ? index + 1 : '') });
  };
  switch (first) {
    case undefined:
      return '';
    case 'process':
    case 'code':
    case 'title':
    case 'summary':
      return t(`places.${first}`);
    case 'population':
      return second === 'eligibility' ? join([t('places.eligibility'), ...inForm(s?.population.eligibility, rest, t, lang)]) : t('places.population');
    case 'forms':
      return second === undefined ? t('editor.tab.forms') : join([t('places.form', { name: forms.get(second) ?? t('designer.untitledForm') }), ...inForm(s?.forms[second], rest, t, lang)]);
    case 'parameters':
      return second === undefined ? t('editor.tab.parameters') : item(s?.parameters, 'parameter');
    case 'indicators':
      return second === undefined ? t('indicators.heading') : item(s?.indicators, 'indicator');
    case 'contents':
      return second === undefined ? t('who.contents') : item(s?.contents, 'content');
    case 'methods':
      return second === undefined ? t('who.methods') : item(s?.methods, 'method');
    case 'roles':
      return second === undefined ? t('who.roles') : item(s?.roles, 'role');
    default:
      return '';
  }
}

/**
 * The problems with their messages in words and where each is, in words; a problem said twice in the
 * same words about the same place is listed once.
 */
export function inWords(items: readonly ProblemItem[], naming: ProblemNaming): ProblemItem[] {
  const names = elementNames(naming.elements, naming.t, naming.lang);
  const forms = formNames(naming.standard?.forms ?? {}, naming.t, naming.lang);
  const seen = new Set<string>();
  const out: ProblemItem[] = [];
  for (const item of items) {
    const message = tidy(idsInWords(elementsInWords(attributesInWords(item.message, naming.t), naming, names), naming, forms), naming.lang);
    const place = item.elementId ? (names.get(item.elementId) ?? naming.t('places.process')) : item.pointer ? placeOf(item.pointer, naming, forms) : '';
    const where = naming.lang === 'en' ? place.charAt(0).toUpperCase() + place.slice(1) : place;
    const key = `${item.elementId ?? item.pointer ?? ''}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...item, message, where });
  }
  return out;
}
