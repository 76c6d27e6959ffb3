import { SUPPORTED_ELEMENT_TYPES, SUPPORTED_EVENT_DEFINITIONS } from '@jingzhun/standards/supported-elements';
import type { Element as DiagramElement } from 'bpmn-js/lib/model/Types';
import type Translate from 'diagram-js/lib/i18n/translate/translate';

interface ContextPad {
  registerProvider(priority: number, provider: unknown): void;
}
interface ElementFactory {
  createShape(attrs: { type: string }): unknown;
}
interface AutoPlace {
  append(source: DiagramElement, shape: unknown): void;
}
interface Create {
  start(event: Event, shape: unknown, context: { source: DiagramElement }): void;
}

/** What an append entry of bpmn-js's context pad creates. */
interface AppendTarget {
  type: string;
  eventDefinitionType?: string;
}

/**
 * What each of bpmn-js's append entries creates. An entry that creates what the standards' list of
 * supported elements does not have (a conditional event after an event-based gateway) is not offered;
 * neither is one not named here: a later bpmn-js's, or the compensation activity of a compensation
 * event, which the list refuses.
 */
export const APPEND_ENTRY_TARGETS: Readonly<Record<string, AppendTarget>> = {
  'append.end-event': { type: 'bpmn:EndEvent' },
  'append.gateway': { type: 'bpmn:ExclusiveGateway' },
  'append.append-task': { type: 'bpmn:Task' },
  'append.intermediate-event': { type: 'bpmn:IntermediateThrowEvent' },
  'append.text-annotation': { type: 'bpmn:TextAnnotation' },
  'append.receive-task': { type: 'bpmn:ReceiveTask' },
  'append.message-intermediate-event': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:MessageEventDefinition' },
  'append.timer-intermediate-event': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' },
  'append.condition-intermediate-event': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:ConditionalEventDefinition' },
  'append.signal-intermediate-event': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:SignalEventDefinition' },
};

/** Whether the context pad offers the entry `id`: any that appends nothing, and the appends of listed elements. */
export function isOfferedEntry(id: string): boolean {
  if (!id.startsWith('append.')) return true;
  const target = APPEND_ENTRY_TARGETS[id];
  if (!target || !SUPPORTED_ELEMENT_TYPES.has(target.type)) return false;
  return target.eventDefinitionType === undefined || SUPPORTED_EVENT_DEFINITIONS.has(target.eventDefinitionType);
}

/**
 * Offers "append user task" next to "append task", since nearly every step of a standard is one, and
 * of bpmn-js's appends those of an element the standards' list has.
 */
export class StdContextPadProvider {
  static $inject = ['contextPad', 'elementFactory', 'autoPlace', 'create', 'translate'];

  constructor(
    contextPad: ContextPad,
    private readonly elementFactory: ElementFactory,
    private readonly autoPlace: AutoPlace,
    private readonly create: Create,
    private readonly translate: typeof Translate,
  ) {
    contextPad.registerProvider(500, this);
  }

  getContextPadEntries(element: DiagramElement) {
    return (all: Record<string, unknown>) => {
      const entries = Object.fromEntries(Object.entries(all).filter(([id]) => isOfferedEntry(id)));
      if (!entries['append.append-task']) return entries;
      const shape = () => this.elementFactory.createShape({ type: 'bpmn:UserTask' });
      return {
        ...entries,
        'append.user-task': {
          group: 'model',
          className: 'bpmn-icon-user-task',
          title: this.translate('Append user task'),
          action: {
            click: (_: Event, source: DiagramElement) => this.autoPlace.append(source ?? element, shape()),
            dragstart: (event: Event, source: DiagramElement) => this.create.start(event, shape(), { source: source ?? element }),
          },
        },
      };
    };
  }
}
