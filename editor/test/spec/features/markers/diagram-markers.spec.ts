import type Canvas from 'diagram-js/lib/core/Canvas';
import markers from '../../../../src/modeler/features/markers';
import type { DiagramMarkers } from '../../../../src/modeler/features/markers/diagram-markers';
import { PROCESS } from '../../../fixtures/process';
import { beforeEach, bootstrapModeler, describe, expect, inject, it } from '../../../helper';

describe('features/markers - DiagramMarkers', () => {
  beforeEach(bootstrapModeler(PROCESS, { additionalModules: [markers] }));

  it(
    'given markers on a case’s path, when new markers are set, then only the new ones are drawn',
    inject((diagramMarkers: DiagramMarkers, canvas: Canvas) => {
      diagramMarkers.set({ Task_sla: ['case-done'], Task_parameter: ['case-active'] });

      diagramMarkers.set({ Task_parameter: ['case-done'], Unknown_element: ['case-active'] });

      expect(canvas.hasMarker('Task_sla', 'case-done')).toBe(false);
      expect(canvas.hasMarker('Task_parameter', 'case-active')).toBe(false);
      expect(canvas.hasMarker('Task_parameter', 'case-done')).toBe(true);
    }),
  );
});
