import type { ModuleDeclaration } from 'didi';
import OverlaysModule from 'diagram-js/lib/features/overlays';
import { HeatmapOverlays } from './heatmap-overlays';

/** The `heatmapOverlays` service: elements coloured by a heat step, with a badge of figures under each. */
export default {
  __depends__: [OverlaysModule],
  heatmapOverlays: ['type', HeatmapOverlays],
} satisfies ModuleDeclaration;
