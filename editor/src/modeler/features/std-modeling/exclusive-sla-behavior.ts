import type { ModdleElement } from 'bpmn-js/lib/model/Types';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import CommandInterceptor from 'diagram-js/lib/command/CommandInterceptor';
import type EventBus from 'diagram-js/lib/core/EventBus';
import { beforePropertiesUpdate, sets } from './property-updates';

const SLA = 'std:sla';
const SLA_PARAMETER = 'std:slaParameter';

/**
 * A user task's SLA is fixed (`std:sla`) or a parameter of the standard (`std:slaParameter`), never
 * both (the standards' lint calls both `SLA_CONFLICT`): setting one unsets the other in the same
 * command, so one undo restores both.
 */
export class ExclusiveSlaBehavior extends CommandInterceptor {
  static override $inject = ['eventBus'];

  constructor(eventBus: EventBus) {
    super(eventBus);
    beforePropertiesUpdate(this, (target, properties) => {
      if (!is(target, 'bpmn:UserTask')) return;
      unsetOther(target, properties, SLA, SLA_PARAMETER);
      unsetOther(target, properties, SLA_PARAMETER, SLA);
    });
  }
}

function unsetOther(target: ModdleElement, properties: Record<string, unknown>, set: string, other: string): void {
  if (sets(properties, set) && !(other in properties) && target.get(other) !== undefined) properties[other] = undefined;
}
