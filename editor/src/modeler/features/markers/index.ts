import { DiagramMarkers } from './diagram-markers';

/** The `diagramMarkers` service: colour elements by id. */
export default {
  diagramMarkers: ['type', DiagramMarkers],
};
