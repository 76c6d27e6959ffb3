/**
 * The behaviours bpmn-elements may give a standard's process: one for each element type and event
 * definition the platform runs (the one list, `SUPPORTED_ELEMENT_TYPES` and
 * `SUPPORTED_EVENT_DEFINITIONS` of `@jingzhun/standards`), durable timers instead of the library's own,
 * and what holds a document together. Any other type has none, so a process that holds one does not
 * compile even where validation was skipped (`compileUnvalidated`): a manual task, which bpmn-elements
 * would run as a wait with no task to end it, never reaches a case.
 *
 * @example
 *   const typeResolver = TypeResolver(ELEMENT_BEHAVIOURS); // throws "Unknown activity type bpmn:ManualTask"
 */
import * as Elements from 'bpmn-elements';
import { SUPPORTED_ELEMENT_TYPES, SUPPORTED_EVENT_DEFINITIONS } from '@jingzhun/standards';
import { DurableTimerEventDefinition } from './durable-timer';

/**
 * What moddle-context-serializer asks a behaviour for besides the flow elements: the definitions,
 * processes and their lanes, data inputs and properties, message flows between pools, data stores
 * (root elements; a reference to one is refused), the messages, signals, escalations and errors that
 * events refer to, and its own stand-ins.
 */
const STRUCTURE = [
  'Definition',
  'Process',
  'Lane',
  'InputOutputSpecification',
  'Properties',
  'MessageFlow',
  'DataStore',
  'Message',
  'Signal',
  'Escalation',
  'BpmnError',
  'Dummy',
  'ServiceImplementation',
] as const;

function behaviours(): Record<string, unknown> {
  const library = Elements as unknown as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  const pick = (name: string, behaviour: unknown) => {
    if (!behaviour) throw new Error(`bpmn-elements has no behaviour for ${name}, which the engine needs to run what @jingzhun/standards lists`);
    picked[name] = behaviour;
  };
  for (const name of STRUCTURE) pick(name, library[name]);
  for (const type of [...SUPPORTED_ELEMENT_TYPES, ...SUPPORTED_EVENT_DEFINITIONS]) {
    const name = type.replace(/^bpmn:/, '');
    // moddle-context-serializer gives data object references its own stand-in.
    pick(name, name === 'DataObjectReference' ? library['Dummy'] : library[name]);
  }
  picked['TimerEventDefinition'] = DurableTimerEventDefinition;
  return picked;
}

/** Behaviours by unprefixed type name, for moddle-context-serializer's TypeResolver. */
export const ELEMENT_BEHAVIOURS: Readonly<Record<string, unknown>> = behaviours();
