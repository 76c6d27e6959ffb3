import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { BusinessObject, DiagramElement } from '../../diagram-types';
import { getStd, orUndefined, selectOptions, useEntryServices, type EntryProps } from './entry-helpers';

export function timerDefinition(element: DiagramElement): BusinessObject | undefined {
  return element.businessObject.eventDefinitions?.find((d) => d.$instanceOf('bpmn:TimerEventDefinition'));
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

export function timerParameterEntry(element: DiagramElement) {
  return { id: 'std-timer-parameter', element, component: TimerParameterSelect, isEdited: isSelectEntryEdited };
}
