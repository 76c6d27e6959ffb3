import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Overlays from 'diagram-js/lib/features/overlays/Overlays';

/** What the heatmap shows on one element: its colour step (none for no colour) and the lines of its badge. */
export interface HeatSpot {
  id: string;
  /** 0 (best) … 3 (worst), drawn as the marker `heat-<step>`; null leaves the shape uncoloured. */
  step: number | null;
  /** Lines of the badge under the shape, already in the reader's language. */
  lines: readonly string[];
  /** The badge's tooltip. */
  title?: string;
}

const OVERLAY = 'heatmap';

/**
 * Colours elements by a heat step (CSS markers `heat-0` … `heat-3`, whose colours the legend shares)
 * and puts a badge of figures under each; showing a new heatmap removes the previous one.
 */
export class HeatmapOverlays {
  static $inject = ['overlays', 'canvas', 'elementRegistry'];
  private markers: [string, string][] = [];

  constructor(
    private readonly overlays: Overlays,
    private readonly canvas: Canvas,
    private readonly elementRegistry: ElementRegistry,
  ) {}

  show(spots: readonly HeatSpot[]): void {
    this.clear();
    for (const spot of spots) {
      const element = this.elementRegistry.get(spot.id);
      if (!element) continue;
      if (spot.step !== null) {
        const marker = `heat-${spot.step}`;
        this.canvas.addMarker(spot.id, marker);
        this.markers.push([spot.id, marker]);
      }
      if (spot.lines.length) this.overlays.add(spot.id, OVERLAY, { position: { bottom: -4, left: 0 }, html: badge(spot), show: { minZoom: 0.3 }, scale: { min: 0.75 } });
    }
  }

  clear(): void {
    for (const [id, marker] of this.markers) if (this.elementRegistry.get(id)) this.canvas.removeMarker(id, marker);
    this.markers = [];
    this.overlays.remove({ type: OVERLAY });
  }
}

/** The badge as DOM nodes with text only: names come from a standard, never as markup. */
function badge(spot: HeatSpot): HTMLElement {
  const box = document.createElement('div');
  box.className = `heat-badge${spot.step === null ? '' : ` heat-badge-${spot.step}`}`;
  box.dataset['elementId'] = spot.id;
  if (spot.title) box.title = spot.title;
  for (const line of spot.lines) {
    const span = document.createElement('span');
    span.textContent = line;
    box.appendChild(span);
  }
  return box;
}
