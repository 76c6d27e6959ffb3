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
import type ZoomScroll from 'diagram-js/lib/navigation/zoomscroll/ZoomScroll';
import type { Point, Rect } from 'diagram-js/lib/util/Types';
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

  /** The flow elements with their names (and English names, `std:nameEn`, where the author gave one), as in the modeler. */
  elements(): { id: string; type: string; name: string; nameEn?: string }[] {
    return this.viewer
      .get<ElementRegistry>('elementRegistry')
      .filter((e) => !e.labelTarget && !isAny(e, ['bpmn:Process', 'bpmn:Collaboration']))
      .map((e) => {
        const nameEn: unknown = e.businessObject.get('std:nameEn');
        return { id: e.id, type: e.businessObject.$type, name: e.businessObject.name ?? '', ...(typeof nameEn === 'string' && nameEn ? { nameEn } : {}) };
      });
  }

  /** The scale the diagram is drawn at: 1 is the size it was drawn in. */
  scale(): number {
    return this.viewer.get<Canvas>('canvas').zoom();
  }

  /** Zooms in (a positive number of steps) or out, around the middle of the view. */
  zoomBy(steps: number): void {
    this.viewer.get<ZoomScroll>('zoomScroll').stepZoom(steps);
  }

  /**
   * Centres the view on the elements at `scale`, or smaller when they do not fit at it; false when none
   * of them is on the diagram (or the container has no size to show them in).
   */
  show(ids: readonly string[], scale: number): boolean {
    const canvas = this.viewer.get<Canvas>('canvas');
    const registry = this.viewer.get<ElementRegistry>('elementRegistry');
    const boxes = ids.flatMap((id) => {
      const e = registry.get(id) as (Partial<Rect> & { waypoints?: Point[] }) | undefined;
      if (e?.waypoints?.length) return e.waypoints.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 }));
      return e && e.x !== undefined && e.y !== undefined ? [{ x: e.x, y: e.y, width: e.width ?? 0, height: e.height ?? 0 }] : [];
    });
    const { clientWidth: width, clientHeight: height } = canvas.getContainer();
    if (!boxes.length || width === 0 || height === 0) return false;
    const x = Math.min(...boxes.map((b) => b.x));
    const y = Math.min(...boxes.map((b) => b.y));
    const box = { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
    const margin = 40;
    const s = Math.min(scale, width / (box.width + 2 * margin), height / (box.height + 2 * margin));
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    canvas.viewbox({ x: cx - width / 2 / s, y: cy - height / 2 / s, width: width / s, height: height / s });
    return true;
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
