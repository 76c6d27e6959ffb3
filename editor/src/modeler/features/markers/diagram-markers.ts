import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';

/**
 * Colours elements by adding CSS markers (a case's path, a diff's changes); setting a new set of
 * markers removes the previous one.
 */
export class DiagramMarkers {
  static $inject = ['canvas', 'elementRegistry'];
  private applied: [string, string][] = [];

  constructor(
    private readonly canvas: Canvas,
    private readonly elementRegistry: ElementRegistry,
  ) {}

  set(markers: Record<string, readonly string[]>): void {
    this.clear();
    for (const [id, classes] of Object.entries(markers)) {
      if (!this.elementRegistry.get(id)) continue;
      for (const c of classes) {
        this.canvas.addMarker(id, c);
        this.applied.push([id, c]);
      }
    }
  }

  clear(): void {
    for (const [id, c] of this.applied) if (this.elementRegistry.get(id)) this.canvas.removeMarker(id, c);
    this.applied = [];
  }
}
