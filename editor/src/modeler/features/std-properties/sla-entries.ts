import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { Element } from 'bpmn-js/lib/model/Types';
import { isValidSla } from './std-values';
import { getStd, orUndefined, selectOptions, useEntryServices, type EntryProps } from './entry-helpers';

function SlaField({ id, element }: EntryProps) {
  const { modeling, translate, debounce } = useEntryServices();
  return h(TextFieldEntry, {
    id,
    element,
    label: translate('SLA (working days or ISO 8601 duration)'),
    description: translate('e.g. 15 for 15 working days, PT24H for 24 hours'),
    getValue: () => getStd(element.businessObject, 'sla'),
    // Setting it unsets an SLA parameter in the same command (std-modeling's ExclusiveSlaBehavior).
    setValue: (value: string) => modeling.updateProperties(element, { 'std:sla': orUndefined(value) }),
    validate: (value: string) => (isValidSla(value ?? '') ? null : translate('Not a number of working days nor an ISO 8601 duration')),
    debounce,
  });
}

function SlaParameterSelect({ id, element }: EntryProps) {
  const { modeling, translate, context } = useEntryServices();
  const current = getStd(element.businessObject, 'slaParameter');
  return h(SelectEntry, {
    id,
    element,
    label: translate('SLA parameter'),
    getValue: () => getStd(element.businessObject, 'slaParameter'),
    // Setting it unsets a fixed SLA in the same command (std-modeling's ExclusiveSlaBehavior).
    setValue: (value: string) => modeling.updateProperties(element, { 'std:slaParameter': orUndefined(value) }),
    getOptions: () =>
      selectOptions(
        current,
        context
          .get()
          .parameters.filter((p) => p.kind === 'duration')
          .map((p) => ({ value: p.id, label: context.label(p) })),
        translate,
      ),
  });
}

export function slaEntries(element: Element) {
  return [
    { id: 'std-sla', element, component: SlaField, isEdited: isTextFieldEntryEdited },
    { id: 'std-sla-parameter', element, component: SlaParameterSelect, isEdited: isSelectEntryEdited },
  ];
}
