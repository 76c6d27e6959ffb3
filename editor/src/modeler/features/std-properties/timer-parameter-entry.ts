import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { Element, ModdleElement } from 'bpmn-js/lib/model/Types';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import { getStd, orUndefined, selectOptions, useEntryServices, type EntryProps } from './entry-helpers';

export function timerDefinition(element: Element): ModdleElement | undefined {
  const definitions: ModdleElement[] = getBusinessObject(element).eventDefinitions ?? [];
  return definitions.find((d) => is(d, 'bpmn:TimerEventDefinition'));
}

function TimerParameterSelect({ id, element }: EntryProps) {
  const { modeling, translate, context } = useEntryServices();
  const timer = timerDefinition(element)!;
  const current = getStd(timer, 'durationParameter');
  return h(SelectEntry, {
    id,
    element,
    label: translate('Duration parameter'),
    getValue: () => getStd(timer, 'durationParameter'),
    setValue: (value: string) => modeling.updateModdleProperties(element, timer, { 'std:durationParameter': orUndefined(value) }),
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

export function timerParameterEntry(element: Element) {
  return { id: 'std-timer-parameter', element, component: TimerParameterSelect, isEdited: isSelectEntryEdited };
}
