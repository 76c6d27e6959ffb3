import { is } from 'bpmn-js/lib/util/ModelUtil';
import CommandInterceptor from 'diagram-js/lib/command/CommandInterceptor';
import type EventBus from 'diagram-js/lib/core/EventBus';
import { beforePropertiesUpdate, unsets } from './property-updates';

/**
 * The kinds of service records that count (`std:minRecordKinds`) say nothing without a number of
 * records (`std:minRecords`; the standards' lint refuses kinds alone): unsetting the number unsets
 * the kinds in the same command, so one undo restores both.
 */
export class UnsetRecordKindsBehavior extends CommandInterceptor {
  static override $inject = ['eventBus'];

  constructor(eventBus: EventBus) {
    super(eventBus);
    beforePropertiesUpdate(this, (target, properties) => {
      if (!is(target, 'bpmn:UserTask')) return;
      if (unsets(properties, 'std:minRecords') && !('std:minRecordKinds' in properties) && target.get('std:minRecordKinds') !== undefined) {
        properties['std:minRecordKinds'] = undefined;
      }
    });
  }
}
