import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Element } from 'bpmn-js/lib/model/Types';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import stdModeling from '../../../../src/modeler/features/std-modeling';
import { PROCESS } from '../../../fixtures/process';
import { beforeEach, bootstrapModeler, describe, expect, inject, it } from '../../../helper';

describe('features/std-modeling - ExclusiveSlaBehavior', () => {
  beforeEach(bootstrapModeler(PROCESS, { additionalModules: [stdModeling] }));

  describe('given a task with std:sla', () => {
    it(
      'when std:slaParameter is set, then std:sla is unset; undo restores std:sla',
      inject((elementRegistry: ElementRegistry, modeling: Modeling, commandStack: CommandStack) => {
        const task = elementRegistry.get('Task_sla') as Element;
        const bo = task.businessObject;

        modeling.updateProperties(task, { 'std:slaParameter': 'assessDays' });

        expect(bo.get('std:slaParameter')).toBe('assessDays');
        expect(bo.get('std:sla')).toBeUndefined();

        commandStack.undo();

        expect(bo.get('std:sla')).toBe('5');
        expect(bo.get('std:slaParameter')).toBeUndefined();
      }),
    );

    it(
      'when std:slaParameter is set through updateModdleProperties, then std:sla is unset; undo restores std:sla',
      inject((elementRegistry: ElementRegistry, modeling: Modeling, commandStack: CommandStack) => {
        const task = elementRegistry.get('Task_sla') as Element;
        const bo = task.businessObject;

        modeling.updateModdleProperties(task, bo, { 'std:slaParameter': 'assessDays' });

        expect(bo.get('std:sla')).toBeUndefined();

        commandStack.undo();

        expect(bo.get('std:sla')).toBe('5');
      }),
    );

    it(
      'when std:sla is changed, then nothing else is',
      inject((elementRegistry: ElementRegistry, modeling: Modeling) => {
        const task = elementRegistry.get('Task_sla') as Element;

        modeling.updateProperties(task, { 'std:sla': 'PT24H' });

        expect(task.businessObject.get('std:sla')).toBe('PT24H');
        expect(task.businessObject.get('std:slaParameter')).toBeUndefined();
      }),
    );
  });

  describe('given a task with std:slaParameter', () => {
    it(
      'when std:sla is set, then std:slaParameter is unset; undo restores std:slaParameter',
      inject((elementRegistry: ElementRegistry, modeling: Modeling, commandStack: CommandStack) => {
        const task = elementRegistry.get('Task_parameter') as Element;
        const bo = task.businessObject;

        modeling.updateProperties(task, { 'std:sla': '10' });

        expect(bo.get('std:sla')).toBe('10');
        expect(bo.get('std:slaParameter')).toBeUndefined();

        commandStack.undo();

        expect(bo.get('std:slaParameter')).toBe('assessDays');
        expect(bo.get('std:sla')).toBeUndefined();
      }),
    );

    it(
      'when std:sla is cleared, then std:slaParameter stays',
      inject((elementRegistry: ElementRegistry, modeling: Modeling) => {
        const task = elementRegistry.get('Task_parameter') as Element;

        modeling.updateProperties(task, { 'std:sla': undefined });

        expect(task.businessObject.get('std:slaParameter')).toBe('assessDays');
      }),
    );
  });
});
