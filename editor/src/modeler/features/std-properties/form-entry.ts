import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { Element } from 'bpmn-js/lib/model/Types';
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
    getOptions: () => {
      const { forms, formTitles } = context.get();
      const label = (f: string) => (formTitles?.[f] ? context.label({ id: f, title: formTitles[f] }) : '') || f;
      return selectOptions(current, forms.map((f) => ({ value: f, label: label(f) })), translate);
    },
  });
}

export function formEntry(element: Element) {
  return { id: 'std-form', element, component: FormSelect, isEdited: isSelectEntryEdited };
}
