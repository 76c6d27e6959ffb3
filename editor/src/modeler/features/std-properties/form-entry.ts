import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { DiagramElement } from '../../diagram-types';
import { getStd, orUndefined, selectOptions, useEntryServices, type EntryProps } from './entry-helpers';

function FormSelect({ id, element }: EntryProps) {
  const { modeling, translate, context } = useEntryServices();
  const current = getStd(element.businessObject, 'form');
  return h(SelectEntry, {
    id,
    element,
    label: translate('Form'),
    getValue: () => getStd(element.businessObject, 'form'),
    setValue: (value: string) => modeling.updateProperties(element, { 'std:form': orUndefined(value) }),
    getOptions: () => selectOptions(current, context.get().forms.map((f) => ({ value: f, label: f })), translate),
  });
}

export function formEntry(element: DiagramElement) {
  return { id: 'std-form', element, component: FormSelect, isEdited: isSelectEntryEdited };
}
