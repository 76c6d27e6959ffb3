import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { Element } from 'bpmn-js/lib/model/Types';
import { getStd, orUndefined, selectOptions, useEntryServices, type EntryProps } from './entry-helpers';

function RoleSelect({ id, element }: EntryProps) {
  const { modeling, translate, context } = useEntryServices();
  const current = getStd(element.businessObject, 'role');
  return h(SelectEntry, {
    id,
    element,
    label: translate('Role'),
    getValue: () => getStd(element.businessObject, 'role'),
    setValue: (value: string) => modeling.updateProperties(element, { 'std:role': orUndefined(value) }),
    getOptions: () => selectOptions(current, context.get().roles.map((r) => ({ value: r.id, label: context.label(r) })), translate),
  });
}

export function roleEntry(element: Element) {
  return { id: 'std-role', element, component: RoleSelect, isEdited: isSelectEntryEdited };
}
