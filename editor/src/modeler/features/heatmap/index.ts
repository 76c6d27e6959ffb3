import { HeatmapOverlays } from './heatmap-overlays';

/** The `heatmapOverlays` service: elements coloured by a heat step, with a badge of figures under each. */
export default {
  heatmapOverlays: ['type', HeatmapOverlays],
};
