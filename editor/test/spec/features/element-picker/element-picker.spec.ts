import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import elementPicker from '../../../../src/modeler/features/element-picker';
import type { ElementPicker } from '../../../../src/modeler/features/element-picker/element-picker';
import { PROCESS } from '../../../fixtures/process';
import { beforeEach, bootstrapModeler, describe, expect, inject, it } from '../../../helper';

describe('features/element-picker - ElementPicker', () => {
  beforeEach(bootstrapModeler(PROCESS, { additionalModules: [elementPicker] }));

  describe('given a pick for tasks under way', () => {
    it(
      'when a task is clicked, then the pick answers its id and the task is not selected',
      inject(async (elementPicker: ElementPicker, elementRegistry: ElementRegistry, eventBus: EventBus, selection: Selection) => {
        const picked = elementPicker.pick((element) => element.type === 'bpmn:UserTask');

        eventBus.fire('element.click', { element: elementRegistry.get('Task_sla') });

        expect(await picked).toBe('Task_sla');
        expect(selection.get()).toEqual([]);
        expect(elementPicker.active).toBe(false);
      }),
    );

    it(
      'when an element it does not accept is clicked, then the pick goes on',
      inject((elementPicker: ElementPicker, elementRegistry: ElementRegistry, eventBus: EventBus) => {
        void elementPicker.pick((element) => element.type === 'bpmn:UserTask');

        eventBus.fire('element.click', { element: elementRegistry.get('Start') });

        expect(elementPicker.active).toBe(true);
      }),
    );

    it(
      'when the empty canvas is clicked, then the pick gives up',
      inject(async (elementPicker: ElementPicker, canvas: Canvas, eventBus: EventBus) => {
        const picked = elementPicker.pick();

        eventBus.fire('element.click', { element: canvas.getRootElement() });

        expect(await picked).toBe(null);
        expect(canvas.getContainer().classList.contains('picking-element')).toBe(false);
      }),
    );
  });
});
