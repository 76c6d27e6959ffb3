import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Element } from 'bpmn-js/lib/model/Types';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { StandardContext } from '../../../../src/modeler/features/std-context/standard-context';
import stdLinting from '../../../../src/modeler/features/std-linting';
import { PROCESS } from '../../../fixtures/process';
import { beforeEach, bootstrapModeler, describe, expect, getModeler, inject, it, nextEvent, until } from '../../../helper';

interface Issue {
  code: string;
  message: string;
  zh: string;
  en: string;
}

interface Linted {
  issues: Record<string, Issue[]>;
}

const codesOf = (linted: Linted, id: string) => (linted.issues[id] ?? []).map((i) => i.code);

/** Unsets Task_sla's form and resolves with the lint that follows. */
function unsetForm(): Promise<Linted> {
  const linted = nextEvent<Linted>('linting.completed');
  const modeler = getModeler();
  const task = modeler.get<ElementRegistry>('elementRegistry').get('Task_sla') as Element;
  modeler.get<Modeling>('modeling').updateProperties(task, { 'std:form': undefined });
  return linted;
}

describe('features/std-linting - StdLinting', () => {
  describe('in a Chinese modeler', () => {
    beforeEach(bootstrapModeler(PROCESS, { additionalModules: [stdLinting], config: { linting: { active: true } } }));

    it('given a task without a form, then the lint reports USER_TASK_NO_FORM in both languages, shown in Chinese', async () => {
      const linted = await unsetForm();

      const [issue] = linted.issues['Task_sla']!;
      expect(issue!.code).toBe('USER_TASK_NO_FORM');
      expect(issue!.message).toBe(issue!.zh);
      expect(issue!.zh).toContain('没有指定表单');
      expect(issue!.en).toContain('has no form');
      const overlay = await until(() => document.querySelector('.djs-overlays[data-container-id="Task_sla"] .bjsl-overlay'));
      expect(overlay.textContent).toContain('没有指定表单');
    });

    it(
      'given a task without a form, when the change is undone, then the lint reports nothing',
      inject(async (commandStack: CommandStack) => {
        await unsetForm();

        const linted = nextEvent<Linted>('linting.completed');
        commandStack.undo();

        expect((await linted).issues).toEqual({});
      }),
    );

    it(
      'given the standard’s context, when a task’s role is not one of its roles, then the lint reports USER_TASK_ROLE_UNKNOWN',
      inject(async (stdContext: StandardContext) => {
        const linted = nextEvent<Linted>('linting.completed');

        stdContext.set({ roles: [{ id: 'supervisor', title: { zh: '督导', en: 'Supervisor' } }], forms: ['intake', 'assessment'], parameters: [], contents: [] });

        const { issues } = await linted;
        expect(codesOf({ issues }, 'Task_sla')).toEqual(['USER_TASK_ROLE_UNKNOWN']);
        expect(codesOf({ issues }, 'Task_parameter')).toContain('USER_TASK_ROLE_UNKNOWN');
      }),
    );

    it('before the standard gives its context, then a role is not checked against it', async () => {
      const linted = nextEvent<Linted>('linting.completed');
      getModeler().get<{ update(): void }>('linting').update();

      expect((await linted).issues).toEqual({});
    });
  });

  describe('in an English modeler', () => {
    beforeEach(bootstrapModeler(PROCESS, { additionalModules: [stdLinting], language: 'en' }));

    it('given a task without a form, then the lint shows its report in English', async () => {
      const [issue] = (await unsetForm()).issues['Task_sla']!;

      expect(issue!.message).toBe(issue!.en);
      expect(issue!.message).toContain('has no form');
    });
  });
});
