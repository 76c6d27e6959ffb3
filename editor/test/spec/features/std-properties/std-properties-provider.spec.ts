import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { StandardContext } from '../../../../src/modeler/features/std-context/standard-context';
import stdProperties from '../../../../src/modeler/features/std-properties';
import { PROCESS } from '../../../fixtures/process';
import { beforeEach, bootstrapModeler, describe, expect, inject, it, until } from '../../../helper';

const CONTEXT = {
  roles: [{ id: 'caseworker', title: { zh: '社工', en: 'Caseworker' } }],
  forms: ['intake', 'assessment'],
  parameters: [{ id: 'assessDays', kind: 'duration', title: { zh: '评估时限', en: 'Assessment time' } }],
  contents: [],
};

/** Chooses an option of a select of the properties panel, as a person does. */
function choose(entry: string, value: string): void {
  const select = document.getElementById(`bio-properties-panel-${entry}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('features/std-properties - StdPropertiesProvider', () => {
  beforeEach(bootstrapModeler(PROCESS, { additionalModules: [stdProperties], propertiesPanel: true }));

  describe('given a task with a fixed SLA, selected', () => {
    beforeEach(
      inject(async (stdContext: StandardContext, elementRegistry: ElementRegistry, selection: Selection) => {
        stdContext.set(CONTEXT);
        selection.select(elementRegistry.get('Task_sla'));
        await until(() => document.querySelector('#bio-properties-panel-std-sla-parameter option[value="assessDays"]'));
      }),
    );

    it('shows the SLA and offers the standard’s duration parameters', () => {
      expect((document.getElementById('bio-properties-panel-std-sla') as HTMLInputElement).value).toBe('5');
      const options = [...document.querySelectorAll<HTMLOptionElement>('#bio-properties-panel-std-sla-parameter option')].map((o) => o.value);
      expect(options).toEqual(['', 'assessDays']);
    });

    it(
      'when an SLA parameter is chosen, then the fixed SLA is unset; one undo restores it',
      inject((elementRegistry: ElementRegistry, commandStack: CommandStack) => {
        const bo = elementRegistry.get('Task_sla')!.businessObject;

        choose('std-sla-parameter', 'assessDays');

        expect(bo.get('std:slaParameter')).toBe('assessDays');
        expect(bo.get('std:sla')).toBeUndefined();

        commandStack.undo();

        expect(bo.get('std:sla')).toBe('5');
        expect(bo.get('std:slaParameter')).toBeUndefined();
        expect(commandStack.canUndo()).toBe(false);
      }),
    );
  });
});
