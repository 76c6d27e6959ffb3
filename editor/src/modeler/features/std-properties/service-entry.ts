import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { Element } from 'bpmn-js/lib/model/Types';
import { getStd, orUndefined, selectOptions, useEntryServices, type EntryProps } from './entry-helpers';

/**
 * The built-in services the engine implements (the standards workspace's BUILT_IN_SERVICES); the
 * editor cannot import that constant at run time, and the API's validation rejects any other name.
 */
export const BUILT_IN_SERVICES = ['notify', 'record-referral'] as const;

const LABELS: Record<string, string> = { notify: 'Notify', 'record-referral': 'Record a referral' };

function ServiceSelect({ id, element }: EntryProps) {
  const { modeling, translate } = useEntryServices();
  const current = getStd(element.businessObject, 'service');
  return h(SelectEntry, {
    id,
    element,
    label: translate('Built-in service'),
    getValue: () => getStd(element.businessObject, 'service'),
    setValue: (value: string) => modeling.updateProperties(element, { 'std:service': orUndefined(value) }),
    getOptions: () => selectOptions(current, BUILT_IN_SERVICES.map((s) => ({ value: s, label: translate(LABELS[s]!) })), translate),
  });
}

export function serviceEntry(element: Element) {
  return { id: 'std-service', element, component: ServiceSelect, isEdited: isSelectEntryEdited };
}
