import { CheckboxEntry, TextFieldEntry, isCheckboxEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { ServiceRecordKind } from '../../../api';
import { RECORD_KINDS } from '../../../district/record-kinds';
import type { Element } from 'bpmn-js/lib/model/Types';
import { isValidMinRecords, toggleContent } from './std-values';
import { getStd, orUndefined, useEntryServices, type EntryProps } from './entry-helpers';

/** The panel's name of each kind of record (translated like every label of the panel). */
const KIND_LABELS: Record<ServiceRecordKind, string> = {
  home_visit: 'Home visit',
  phone: 'Phone call',
  office: 'Office interview',
  group: 'Group session',
  volunteer: 'Volunteer visit',
};

function MinRecordsField({ id, element }: EntryProps) {
  const { modeling, translate, debounce } = useEntryServices();
  return h(TextFieldEntry, {
    id,
    element,
    label: translate('Service records needed before completion'),
    description: translate('A whole number of 1–50; empty when the step needs none'),
    getValue: () => getStd(element.businessObject, 'minRecords'),
    // Clearing it clears the kinds in the same command (std-modeling's UnsetRecordKindsBehavior).
    setValue: (value: string) => modeling.updateProperties(element, { 'std:minRecords': orUndefined(value) }),
    validate: (value: string) => (isValidMinRecords(value ?? '') ? null : translate('Not a whole number of 1–50')),
    debounce,
  });
}

function RecordKindCheckbox({ id, element, kind }: EntryProps & { kind: ServiceRecordKind }) {
  const { modeling, translate } = useEntryServices();
  return h(CheckboxEntry, {
    id,
    element,
    label: translate(KIND_LABELS[kind]),
    getValue: () => getStd(element.businessObject, 'minRecordKinds').split(/\s+/).includes(kind),
    setValue: (on: boolean) => modeling.updateProperties(element, { 'std:minRecordKinds': toggleContent(getStd(element.businessObject, 'minRecordKinds'), kind, on) }),
  });
}

/**
 * How many service records (服务记录) a user task needs while it is open before it may be completed
 * (`std:minRecords`), and which kinds count (`std:minRecordKinds`; none ticked: any kind). The kinds
 * are offered once a number is set.
 */
export function recordsEntries(element: Element) {
  const count = { id: 'std-min-records', element, component: MinRecordsField, isEdited: isTextFieldEntryEdited };
  if (!getStd(element.businessObject, 'minRecords')) return [count];
  return [
    count,
    ...RECORD_KINDS.map((kind) => ({ id: `std-record-kind-${kind}`, element, kind, component: RecordKindCheckbox, isEdited: isCheckboxEntryEdited })),
  ];
}
