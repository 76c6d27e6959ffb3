import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Element } from 'bpmn-js/lib/model/Types';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import stdModeling from '../../../../src/modeler/features/std-modeling';
import { PROCESS } from '../../../fixtures/process';
import { beforeEach, bootstrapModeler, describe, expect, inject, it } from '../../../helper';

describe('features/std-modeling - UnsetRecordKindsBehavior', () => {
  beforeEach(bootstrapModeler(PROCESS, { additionalModules: [stdModeling] }));

  describe('given a task that needs 2 service records of some kinds', () => {
    it(
      'when std:minRecords is unset, then std:minRecordKinds is unset; undo restores both',
      inject((elementRegistry: ElementRegistry, modeling: Modeling, commandStack: CommandStack) => {
        const task = elementRegistry.get('Task_parameter') as Element;
        const bo = task.businessObject;

        modeling.updateProperties(task, { 'std:minRecords': undefined });

        expect(bo.get('std:minRecords')).toBeUndefined();
        expect(bo.get('std:minRecordKinds')).toBeUndefined();

        commandStack.undo();

        expect(bo.get('std:minRecords')).toBe('2');
        expect(bo.get('std:minRecordKinds')).toBe('home_visit phone');
      }),
    );

    it(
      'when std:minRecords is changed, then the kinds stay',
      inject((elementRegistry: ElementRegistry, modeling: Modeling) => {
        const task = elementRegistry.get('Task_parameter') as Element;

        modeling.updateProperties(task, { 'std:minRecords': '3' });

        expect(task.businessObject.get('std:minRecordKinds')).toBe('home_visit phone');
      }),
    );
  });
});
