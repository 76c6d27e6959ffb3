/**
 * What the browser specs share, after bpmn-js's test helper: a fresh Modeler per spec with the modules
 * under test and the `std:` extension, services injected by name, and the runner and assertions.
 *
 * @example
 *   beforeEach(bootstrapModeler(PROCESS, { additionalModules: [stdModeling] }));
 *   it('…', inject((modeling: Modeling, elementRegistry: ElementRegistry) => { … }));
 */
import stdModdle from '@jingzhun/standards/std-moddle.json';
import Modeler from 'bpmn-js/lib/Modeler';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { ModuleDeclaration } from 'didi';

export { beforeEach, describe, it } from '../harness/page/spec-runner';
export { expect } from './expect';

export interface BootstrapOptions {
  additionalModules?: ModuleDeclaration[];
  /** The modeler's language; zh-CN, as in the app, when not given. */
  language?: string;
  /** Renders the properties panel too, into a box beside the canvas. */
  propertiesPanel?: boolean;
  /** More of the modeler's options, e.g. `linting: { active: true }`. */
  config?: Record<string, unknown>;
}

let modeler: Modeler | undefined;

/** A beforeEach body: destroys the previous spec's modeler, then imports `xml` into a new one. */
export function bootstrapModeler(xml: string, options: BootstrapOptions = {}): () => Promise<void> {
  return async () => {
    modeler?.destroy();
    document.body.replaceChildren();
    const container = box(1000, 600);
    const panel = options.propertiesPanel ? box(300, 600) : undefined;
    modeler = new Modeler({
      container,
      language: options.language ?? 'zh-CN',
      moddleExtensions: { std: stdModdle },
      additionalModules: options.additionalModules ?? [],
      ...(panel ? { propertiesPanel: { parent: panel } } : {}),
      ...options.config,
    });
    // The properties panel (preact) listens to the diagram's events only once it has painted, and says
    // so: its layout is announced then.
    const panelListens = panel ? nextEventOf(modeler, 'propertiesPanel.layoutChanged') : undefined;
    await modeler.importXML(xml);
    await panelListens;
  };
}

function box(width: number, height: number): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  div.style.height = `${height}px`;
  document.body.appendChild(div);
  return div;
}

/** The current spec's modeler. */
export function getModeler(): Modeler {
  if (!modeler) throw new Error('no modeler: bootstrapModeler first');
  return modeler;
}

/**
 * A spec body that gets the modeler's services by its parameters' names (didi reads them), as
 * bpmn-js's specs do: `inject((modeling: Modeling) => …)`.
 */
export function inject<T>(fn: (...services: never[]) => T): () => T {
  return () => getModeler().invoke(fn as (...services: unknown[]) => T);
}

/** Resolves with the next event `name` of the current modeler's event bus (e.g. `linting.completed`). */
export function nextEvent<E>(name: string): Promise<E> {
  return nextEventOf<E>(getModeler(), name);
}

function nextEventOf<E>(of: Modeler, name: string): Promise<E> {
  return new Promise((resolve) => of.get<EventBus>('eventBus').once<E>(name, (event) => void resolve(event)));
}

/** Resolves with what `find` returns once it returns something, looking again on every frame. */
export function until<T>(find: () => T | null | undefined): Promise<T> {
  return new Promise((resolve) => {
    const look = () => {
      const found = find();
      if (found !== null && found !== undefined) resolve(found);
      else requestAnimationFrame(look);
    };
    look();
  });
}
