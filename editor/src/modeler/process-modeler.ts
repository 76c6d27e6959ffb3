/**
 * The one door from React to the bpmn-js Modeler: React calls these methods and listens to these
 * callbacks, and never reaches into the modeler's services itself.
 *
 * @example
 *   const modeler = new ProcessModeler({ container, propertiesParent, language: 'zh-CN' });
 *   await modeler.open(xml);
 *   modeler.onChange(() => setDirty(true));
 */
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import stdModdle from '@jingzhun/standards/std-moddle.json';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import Modeler from 'bpmn-js/lib/Modeler';
import { isAny } from 'bpmn-js/lib/util/ModelUtil';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { EventBusEventCallback } from 'diagram-js/lib/core/EventBus';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { ElementLike } from 'diagram-js/lib/model/Types';
import chineseTranslation from './features/chinese-translation';
import elementPicker from './features/element-picker';
import type { ElementPicker } from './features/element-picker/element-picker';
import markers from './features/markers';
import type { DiagramMarkers } from './features/markers/diagram-markers';
import type { StandardContext, StandardContextData } from './features/std-context/standard-context';
import stdLinting from './features/std-linting';
import stdPalette from './features/std-palette';
import stdProperties from './features/std-properties';
import { fitViewport } from './fit-viewport';
import { flattenLintIssues, type LintIssue } from './lint-issues';

/** Name of the user-timing measure of each diagram import (parse, render, fit). */
export const DIAGRAM_IMPORT_MEASURE = 'jingzhun:diagram-import';
const IMPORT_START = 'jingzhun:diagram-import:start';

export interface DiagramElementInfo {
  id: string;
  type: string;
  name: string;
  /** The English name (`std:nameEn`), when the author gave one. */
  nameEn?: string;
  form?: string;
}

export interface ProcessModelerOptions {
  container: HTMLElement;
  propertiesParent: HTMLElement;
  language: string;
}

export class ProcessModeler {
  private readonly modeler: Modeler;

  constructor(options: ProcessModelerOptions) {
    this.modeler = new Modeler({
      container: options.container,
      language: options.language,
      propertiesPanel: { parent: options.propertiesParent },
      // The lint's configuration comes from std-linting, which gives it the standard's context too.
      linting: { active: true },
      moddleExtensions: { std: stdModdle },
      // Each module brings what it depends on (`__depends__`), bpmn-js's own modules included.
      additionalModules: [chineseTranslation, stdProperties, stdLinting, stdPalette, elementPicker, markers],
    });
  }

  private get<T>(name: string): T {
    return this.modeler.get<T>(name);
  }

  async open(xml: string): Promise<string[]> {
    // A user-timing measure, so a profile (and the editor benchmark) can read how long import took.
    performance.mark(IMPORT_START);
    const { warnings } = await this.modeler.importXML(xml);
    this.fit();
    performance.measure(DIAGRAM_IMPORT_MEASURE, IMPORT_START);
    return warnings.map(String);
  }

  async xml(): Promise<string> {
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml ?? '';
  }

  async svg(): Promise<string> {
    return (await this.modeler.saveSVG()).svg;
  }

  /** Called after every change of the diagram, including undo and redo. */
  onChange(cb: () => void): () => void {
    return this.listen('commandStack.changed', () => cb());
  }

  /** Called after every lint of the diagram, with its issues in both languages. */
  onLint(cb: (issues: LintIssue[]) => void): () => void {
    return this.listen<{ issues: Parameters<typeof flattenLintIssues>[0] }>('linting.completed', (e) => cb(flattenLintIssues(e.issues)));
  }

  /** Listens to an event of the modeler's event bus; returns how to stop. */
  private listen<E>(event: string, cb: (e: E) => void): () => void {
    const bus = this.get<EventBus>('eventBus');
    // A listener that returns a value stops the event: this one returns nothing.
    const handler: EventBusEventCallback<E> = (e) => void cb(e);
    bus.on<E>(event, handler);
    return () => bus.off(event, handler as EventBusEventCallback<unknown>);
  }

  setContext(data: StandardContextData): void {
    this.get<StandardContext>('stdContext').set(data);
  }

  /** Selects an element and brings it into view; focuses one of its properties fields when named. */
  select(elementId: string, fieldId?: string): boolean {
    const element = this.get<ElementRegistry>('elementRegistry').get(elementId);
    if (!element) return false;
    this.get<Selection>('selection').select(element);
    if (!element.waypoints) this.get<Canvas>('canvas').scrollToElement(element);
    if (fieldId) {
      // The properties panel renders the selected element's entries on the next frame.
      requestAnimationFrame(() => {
        const field = document.getElementById(`bio-properties-panel-${fieldId}`);
        field?.scrollIntoView({ block: 'center' });
        field?.focus();
      });
    }
    return true;
  }

  pick(accept?: (info: DiagramElementInfo) => boolean): Promise<string | null> {
    return this.get<ElementPicker>('elementPicker').pick((el) => !accept || accept(info(el)));
  }

  cancelPick(): void {
    this.get<ElementPicker>('elementPicker').cancel();
  }

  mark(markersById: Record<string, readonly string[]>): void {
    this.get<DiagramMarkers>('diagramMarkers').set(markersById);
  }

  undo(): void {
    this.get<CommandStack>('commandStack').undo();
  }

  redo(): void {
    this.get<CommandStack>('commandStack').redo();
  }

  canUndo(): boolean {
    return this.get<CommandStack>('commandStack').canUndo();
  }

  canRedo(): boolean {
    return this.get<CommandStack>('commandStack').canRedo();
  }

  /** Fits the diagram to its container; a hidden container (a tab not shown) has no size to fit. */
  fit(): void {
    fitViewport(this.get<Canvas>('canvas'));
  }

  /** The flow elements of the diagram (no labels, no root), for pickers and the forms tab. */
  elements(): DiagramElementInfo[] {
    return this.get<ElementRegistry>('elementRegistry')
      .filter((e) => !e.labelTarget && !isAny(e, ['bpmn:Process', 'bpmn:Collaboration']))
      .map(info);
  }

  destroy(): void {
    this.modeler.destroy();
  }
}

function info(e: ElementLike): DiagramElementInfo {
  const bo = e.businessObject;
  const form: unknown = bo.get('std:form');
  const nameEn: unknown = bo.get('std:nameEn');
  return {
    id: e.id,
    type: bo.$type,
    name: bo.name ?? '',
    ...(typeof nameEn === 'string' && nameEn ? { nameEn } : {}),
    form: typeof form === 'string' && form ? form : undefined,
  };
}
