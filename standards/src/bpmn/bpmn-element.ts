/**
 * The shape of the bpmn-moddle elements this workspace reads. bpmn-moddle exposes the `std:`
 * attributes as plain properties (`task.role`), other vendors' attributes in `$attrs`.
 */
export interface BpmnElement {
  readonly $type: string;
  readonly $parent?: BpmnElement;
  readonly $attrs?: Record<string, string>;
  readonly $descriptor?: unknown;
  readonly id?: string;
  readonly name?: string;
  get(name: string): unknown;
  [property: string]: unknown;
}

/** Whether `element` is of `type` or a subtype (`bpmn:Task` matches a user task). */
export function isA(element: BpmnElement | undefined, type: string): boolean {
  const e = element as unknown as { $instanceOf?: (t: string) => boolean } | undefined;
  return !!e?.$instanceOf?.(type);
}

/** A list-valued property (`flowElements`, `eventDefinitions`, …), empty when absent. */
export function many(element: BpmnElement | undefined, property: string): BpmnElement[] {
  const value = element?.[property];
  return Array.isArray(value) ? (value as BpmnElement[]) : [];
}

/** A text attribute, trimmed; undefined when absent or blank. */
export function text(element: BpmnElement | undefined, property: string): string | undefined {
  const value = element?.[property];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** How an element is named in a message: its name and id, e.g. `家访 (Task_visit)`. */
export function label(element: BpmnElement): string {
  const name = typeof element.name === 'string' && element.name.trim() ? element.name.trim() : undefined;
  const id = element.id ?? element.$type;
  return name ? `${name} (${id})` : id;
}
