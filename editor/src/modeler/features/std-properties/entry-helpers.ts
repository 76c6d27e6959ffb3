import { useService } from 'bpmn-js-properties-panel';
import type { BusinessObject, DiagramElement, Modeling, Translate } from '../../diagram-types';
import type { StandardContext } from '../std-context/standard-context';

export interface EntryProps {
  id: string;
  element: DiagramElement;
}

/** The services every `std:` entry needs, looked up inside the properties panel's render. */
export function useEntryServices() {
  return {
    modeling: useService<Modeling>('modeling'),
    translate: useService<Translate>('translate'),
    context: useService<StandardContext>('stdContext'),
    debounce: useService<(fn: unknown) => unknown>('debounceInput'),
  };
}

export function getStd(bo: BusinessObject, name: string): string {
  const v = bo.get(`std:${name}`);
  return typeof v === 'string' ? v : '';
}

/** An unset attribute is removed rather than written as `std:x=""`. */
export function orUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A select's options with a leading "none", keeping a value that no longer exists visible. */
export function selectOptions(current: string, options: { value: string; label: string }[], translate: Translate) {
  const list = [{ value: '', label: translate('<none>') }, ...options];
  if (current && !options.some((o) => o.value === current)) list.push({ value: current, label: `${current} (${translate('missing')})` });
  return list;
}
