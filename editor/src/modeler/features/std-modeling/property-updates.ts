import type { ModdleElement } from 'bpmn-js/lib/model/Types';
import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import type CommandInterceptor from 'diagram-js/lib/command/CommandInterceptor';

/** The two commands that set attributes: of an element's business object, and of any moddle element. */
const PROPERTY_UPDATES = ['element.updateProperties', 'element.updateModdleProperties'];

interface PropertyUpdateContext {
  element: ModdleElement;
  moddleElement?: ModdleElement;
  properties: Record<string, unknown>;
}

/**
 * Runs `adjust` before either command sets attributes, with the moddle element they go to and the
 * properties to set; what `adjust` adds to the properties is set by the same command, so one undo
 * takes it back with the rest.
 */
export function beforePropertiesUpdate(
  interceptor: CommandInterceptor,
  adjust: (target: ModdleElement, properties: Record<string, unknown>) => void,
): void {
  interceptor.preExecute(PROPERTY_UPDATES, (event: { context: PropertyUpdateContext }) => {
    const { element, moddleElement, properties } = event.context;
    adjust(moddleElement ?? getBusinessObject(element), properties);
  });
}

/** Whether the properties give `name` a value (not merely mention it to unset it). */
export function sets(properties: Record<string, unknown>, name: string): boolean {
  const value = properties[name];
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

/** Whether the properties unset `name`. */
export function unsets(properties: Record<string, unknown>, name: string): boolean {
  return name in properties && !sets(properties, name);
}
