/** The few diagram-js / bpmn-js service shapes the editor's features talk to. */
export interface BusinessObject {
  id: string;
  $type: string;
  name?: string;
  eventDefinitions?: BusinessObject[];
  get(name: string): unknown;
  $instanceOf(type: string): boolean;
}

export interface DiagramElement {
  id: string;
  type: string;
  businessObject: BusinessObject;
  labelTarget?: DiagramElement;
  waypoints?: unknown[];
}

export interface EventBus {
  on(event: string | string[], priority: number, cb: (e: Record<string, unknown>) => unknown): void;
  on(event: string | string[], cb: (e: Record<string, unknown>) => unknown): void;
  off(event: string | string[], cb: (e: Record<string, unknown>) => unknown): void;
  fire(event: string, data?: Record<string, unknown>): unknown;
}

export interface Modeling {
  updateProperties(element: DiagramElement, props: Record<string, unknown>): void;
  updateModdleProperties(element: DiagramElement, target: BusinessObject, props: Record<string, unknown>): void;
}

export type Translate = (template: string, replacements?: Record<string, string>) => string;

export interface ElementRegistry {
  get(id: string): DiagramElement | undefined;
  getAll(): DiagramElement[];
  filter(fn: (e: DiagramElement) => boolean): DiagramElement[];
}

export interface Canvas {
  addMarker(element: DiagramElement | string, marker: string): void;
  removeMarker(element: DiagramElement | string, marker: string): void;
  getContainer(): HTMLElement;
  zoom(level: 'fit-viewport' | number, center?: 'auto'): number;
  scrollToElement(element: DiagramElement | string): void;
}

export interface OverlayAttrs {
  position: { top?: number; left?: number; bottom?: number; right?: number };
  html: HTMLElement | string;
  show?: { minZoom?: number; maxZoom?: number };
  scale?: boolean | { min?: number; max?: number };
}

export interface Overlays {
  add(element: DiagramElement | string, type: string, overlay: OverlayAttrs): string;
  remove(filter: { type?: string; element?: DiagramElement | string } | string): void;
}
