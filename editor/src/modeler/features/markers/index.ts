import type { ModuleDeclaration } from 'didi';
import { DiagramMarkers } from './diagram-markers';

/** The `diagramMarkers` service: colour elements by id. It needs only the core's canvas and element registry. */
export default {
  diagramMarkers: ['type', DiagramMarkers],
} satisfies ModuleDeclaration;
