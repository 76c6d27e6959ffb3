import { CheckboxEntry, isCheckboxEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import type { Element } from 'bpmn-js/lib/model/Types';
import type { ContextOption } from '../std-context/standard-context';
import { toggleContent } from './std-values';
import { getStd, useEntryServices, type EntryProps } from './entry-helpers';

function ContentCheckbox({ id, element, content }: EntryProps & { content: ContextOption }) {
  const { modeling, context } = useEntryServices();
  return h(CheckboxEntry, {
    id,
    element,
    label: context.label(content),
    getValue: () => getStd(element.businessObject, 'contents').split(/\s+/).includes(content.id),
    setValue: (on: boolean) =>
      modeling.updateProperties(element, { 'std:contents': toggleContent(getStd(element.businessObject, 'contents'), content.id, on) }),
  });
}

export function contentsEntries(element: Element, contents: ContextOption[]) {
  return contents.map((content) => ({
    id: `std-content-${content.id}`,
    element,
    content,
    component: ContentCheckbox,
    isEdited: isCheckboxEntryEdited,
  }));
}
