import { TextFieldEntry, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { Element } from 'bpmn-js/lib/model/Types';
import { getStd, orUndefined, useEntryServices, type EntryProps } from './entry-helpers';

function NameEnField({ id, element }: EntryProps) {
  const { modeling, translate, debounce } = useEntryServices();
  return h(TextFieldEntry, {
    id,
    element,
    label: translate('English name'),
    getValue: () => getStd(element.businessObject, 'nameEn'),
    setValue: (value: string) => modeling.updateProperties(element, { 'std:nameEn': orUndefined(value) }),
    debounce,
  });
}

export function nameEnEntry(element: Element) {
  return { id: 'std-name-en', element, component: NameEnField, isEdited: isTextFieldEntryEdited };
}
