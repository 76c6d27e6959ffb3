/**
 * A read-only diagram (bpmn-js NavigatedViewer) with coloured markers: a published version, one side
 * of a diff, the path of a case, the heatmap of a standard's figures.
 *
 * @example
 *   const viewer = new DiagramViewer(container, 'zh-CN');
 *   await viewer.open(xml);
 *   viewer.mark({ Task_1: ['case-active'] });
 *   viewer.showHeat([{ id: 'Task_1', step: 2, lines: ['完成 99', '超时 17.2%'] }]);
 */
import stdModdle from '@jingzhun/standards/std-moddle.json';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import type { Element } from 'bpmn-js/lib/model/Types';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { isAny } from 'bpmn-js/lib/util/ModelUtil';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import chineseTranslation from './features/chinese-translation';
import heatmap from './features/heatmap';
import type { HeatmapOverlays, HeatSpot } from './features/heatmap/heatmap-overlays';
import markers from './features/markers';
import type { DiagramMarkers } from './features/markers/diagram-markers';
import { fitViewport } from './fit-viewport';

export class DiagramViewer {
  private readonly viewer: NavigatedViewer;

  constructor(container: HTMLElement, language: string) {
    this.viewer = new NavigatedViewer({
      container,
      language,
      moddleExtensions: { std: stdModdle },
      additionalModules: [chineseTranslation, markers, heatmap],
    });
  }

  async open(xml: string): Promise<void> {
    await this.viewer.importXML(xml);
    this.fit();
  }

  /** Fits the diagram to its container; a hidden container (a tab not shown) has no size to fit. */
  fit(): void {
    fitViewport(this.viewer.get<Canvas>('canvas'));
  }

  /** The parsed BPMN definitions, for a semantic diff of two diagrams. */
  definitions(): unknown {
    return this.viewer.getDefinitions();
  }

  mark(markersById: Record<string, readonly string[]>): void {
    this.viewer.get<DiagramMarkers>('diagramMarkers').set(markersById);
  }

  /** Colours elements by heat step and puts their figures under them; an empty list clears the heatmap. */
  showHeat(spots: readonly HeatSpot[]): void {
    this.viewer.get<HeatmapOverlays>('heatmapOverlays').show(spots);
  }

  /** The flow elements with their names, as in the modeler. */
  elements(): { id: string; type: string; name: string }[] {
    return this.viewer
      .get<ElementRegistry>('elementRegistry')
      .filter((e) => !e.labelTarget && !isAny(e, ['bpmn:Process', 'bpmn:Collaboration']))
      .map((e) => ({ id: e.id, type: e.businessObject.$type, name: e.businessObject.name ?? '' }));
  }

  /** Brings an element into view and outlines it. */
  focus(id: string): void {
    const canvas = this.viewer.get<Canvas>('canvas');
    if (!this.viewer.get<ElementRegistry>('elementRegistry').get(id)) return;
    canvas.scrollToElement(id);
    this.mark({ [id]: ['focused'] });
  }

  /** The element's name as drawn, or its id. */
  nameOf(id: string): string {
    const el = this.viewer.get<ElementRegistry>('elementRegistry').get(id);
    return el?.businessObject.name || id;
  }

  onElementClick(cb: (id: string) => void): void {
    this.viewer.get<EventBus>('eventBus').on<{ element: Element }>('element.click', ({ element }) => {
      cb((element.labelTarget ?? element).id);
    });
  }

  async svg(): Promise<string> {
    return (await this.viewer.saveSVG()).svg;
  }

  destroy(): void {
    this.viewer.destroy();
  }
}
