/**
 * How the authoring screens name a diagram's elements and a standard's parts to a person: an element
 * by its name (its English name in English, when it has one), an unnamed one by its kind in words
 * ("未命名的用户任务"), numbered when several unnamed ones of a kind would read alike; a form by its
 * title. Ids are what the screens store, never what they show.
 *
 * @example
 *   const names = elementNames(elements, t, 'zh-CN');
 *   names.get('Task_1'); // '入户探访', or '未命名的用户任务'
 */
import type { TFunction } from 'i18next';
import type { Language } from '../../i18n';
import type { DiagramElementInfo } from '../../modeler/process-modeler';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const KINDS = new Set([
  'StartEvent',
  'EndEvent',
  'IntermediateCatchEvent',
  'IntermediateThrowEvent',
  'BoundaryEvent',
  'UserTask',
  'Task',
  'ServiceTask',
  'ReceiveTask',
  'CallActivity',
  'SubProcess',
  'ExclusiveGateway',
  'ParallelGateway',
  'EventBasedGateway',
  'SequenceFlow',
  'TextAnnotation',
  'Association',
  'DataObjectReference',
  'Group',
  'Process',
]);

/** An element's kind in words (`bpmn:UserTask` → 用户任务). */
export function elementKind(type: string, t: TFunction): string {
  const kind = type.replace(/^bpmn:/, '');
  return t(`names.kinds.${KINDS.has(kind) ? kind : 'element'}`);
}

/** The element's own name in `lang`, blank when it has none. */
export function ownName(element: Pick<DiagramElementInfo, 'name' | 'nameEn'>, lang: Language): string {
  const zh = element.name.trim();
  return lang === 'en' ? element.nameEn?.trim() || zh : zh;
}

/** What each element is called on the screens, by id. */
export function elementNames(elements: readonly DiagramElementInfo[], t: TFunction, lang: Language): Map<string, string> {
  const names = new Map<string, string>();
  const unnamed = new Map<string, DiagramElementInfo[]>();
  for (const e of elements) {
    const name = ownName(e, lang);
    if (name) names.set(e.id, name);
    else unnamed.set(e.type, [...(unnamed.get(e.type) ?? []), e]);
  }
  for (const [type, list] of unnamed) {
    const name = t('names.unnamed', { kind: elementKind(type, t) });
    list.forEach((e, i) => names.set(e.id, list.length > 1 ? t('names.numbered', { name, n: i + 1 }) : name));
  }
  return names;
}

/** A form schema's title in `lang` (`x-en.title` in English), blank when it has none. */
export function schemaTitle(schema: unknown, lang: Language): string {
  if (!isObject(schema)) return '';
  const zh = typeof schema['title'] === 'string' ? schema['title'] : '';
  const en = isObject(schema['x-en']) && typeof schema['x-en']['title'] === 'string' ? schema['x-en']['title'] : '';
  return lang === 'en' ? en || zh : zh || en;
}

/** What each form is called on the screens, by id: its title, or "unnamed form" numbered. */
export function formNames(forms: Readonly<Record<string, unknown>>, t: TFunction, lang: Language): Map<string, string> {
  const names = new Map<string, string>();
  const untitled = Object.keys(forms).filter((id) => !schemaTitle(forms[id], lang));
  for (const [id, schema] of Object.entries(forms)) {
    const title = schemaTitle(schema, lang);
    const n = untitled.indexOf(id);
    names.set(id, title || (untitled.length > 1 ? t('names.numbered', { name: t('designer.untitledForm'), n: n + 1 }) : t('designer.untitledForm')));
  }
  return names;
}
