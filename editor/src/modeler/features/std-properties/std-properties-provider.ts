import type { Element } from 'bpmn-js/lib/model/Types';
import { is, isAny } from 'bpmn-js/lib/util/ModelUtil';
import type Translate from 'diagram-js/lib/i18n/translate/translate';
import type { StandardContext } from '../std-context/standard-context';
import { contentsEntries } from './contents-entries';
import { formEntry } from './form-entry';
import { nameEnEntry } from './name-en-entry';
import { recordsEntries } from './records-entries';
import { roleEntry } from './role-entry';
import { serviceEntry } from './service-entry';
import { slaEntries } from './sla-entries';
import { timerDefinition, timerParameterEntry } from './timer-parameter-entry';

interface Group {
  id: string;
  label: string;
  entries: unknown[];
  /** Open when first shown: what a standard needs of an element should not hide behind a click. */
  shouldOpen?: boolean;
}

/** bpmn-js-properties-panel's `propertiesPanel` service, which ships no types. */
interface PropertiesPanel {
  registerProvider(priority: number, provider: unknown): void;
}

/**
 * Adds the `std:` attributes to the properties panel: who does a user task and with which form, its
 * SLA, the service contents it delivers and the service records it needs before it is completed; a
 * service task's built-in service; a timer's duration parameter; every element's English name.
 */
export class StdPropertiesProvider {
  static $inject = ['propertiesPanel', 'translate', 'stdContext'];

  constructor(
    propertiesPanel: PropertiesPanel,
    private readonly translate: typeof Translate,
    private readonly context: StandardContext,
  ) {
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: Element) {
    // The panel's own tooltips (a section's toggle, its "edited" and "error" marks) use a group's
    // `translate`, which bpmn-js-properties-panel leaves unset: every group gets bpmn-js's.
    return (groups: Group[]) => this.addStandardGroups(element, groups).map((group) => Object.assign(group, { translate: this.translate }));
  }

  private addStandardGroups(element: Element, groups: Group[]): Group[] {
    if (element.labelTarget || isAny(element, ['bpmn:Process', 'bpmn:Collaboration'])) return groups;
    const t = this.translate;
    const general = groups.find((g) => g.id === 'general');
    if (general) {
      general.entries.push(nameEnEntry(element));
      // Names in both languages are what a reader of the standard sees first.
      general.shouldOpen = true;
    }

    const add: Group[] = [];
    if (is(element, 'bpmn:UserTask')) {
      add.push({ id: 'std-task', label: t('Standard: who and how'), shouldOpen: true, entries: [roleEntry(element), formEntry(element), ...slaEntries(element)] });
      const contents = this.context.get().contents;
      if (contents.length) add.push({ id: 'std-contents', label: t('Service contents delivered'), shouldOpen: true, entries: contentsEntries(element, contents) });
      add.push({ id: 'std-records', label: t('Service records needed'), entries: recordsEntries(element) });
    }
    if (is(element, 'bpmn:ServiceTask')) {
      add.push({ id: 'std-service', label: t('Standard: service'), shouldOpen: true, entries: [serviceEntry(element)] });
    }
    if (timerDefinition(element)) {
      add.push({ id: 'std-timer', label: t('Standard: timer'), shouldOpen: true, entries: [timerParameterEntry(element)] });
    }
    const at = general ? groups.indexOf(general) + 1 : 0;
    groups.splice(at, 0, ...add);
    return groups;
  }
}
