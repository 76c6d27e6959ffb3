import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Element, ModdleElement } from 'bpmn-js/lib/model/Types';
import { useService } from 'bpmn-js-properties-panel';
import type translate from 'diagram-js/lib/i18n/translate/translate';
import type { StandardContext } from '../std-context/standard-context';

export interface EntryProps {
  id: string;
  element: Element;
}

/** The services every `std:` entry needs, looked up inside the properties panel's render. */
export function useEntryServices() {
  return {
    modeling: useService<Modeling>('modeling'),
    translate: useService<typeof translate>('translate'),
    context: useService<StandardContext>('stdContext'),
    debounce: useService<(fn: unknown) => unknown>('debounceInput'),
  };
}

export function getStd(bo: ModdleElement, name: string): string {
  const v: unknown = bo.get(`std:${name}`);
  return typeof v === 'string' ? v : '';
}

/** An unset attribute is removed rather than written as `std:x=""`. */
export function orUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A select's options with a leading "none", keeping a value that no longer exists visible. */
export function selectOptions(current: string, options: { value: string; label: string }[], t: typeof translate) {
  const list = [{ value: '', label: t('<none>') }, ...options];
  if (current && !options.some((o) => o.value === current)) list.push({ value: current, label: `${current} (${t('missing')})` });
  return list;
}
