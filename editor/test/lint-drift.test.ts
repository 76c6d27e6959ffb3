/**
 * The editor's lint is the standards' lint: the same rules at the same levels, and on a diagram the
 * same findings with the same codes and words as the API's validation. bpmnlint's recommended rules
 * come to the editor from bpmnlint's own configuration and to the API from the standards' table, and
 * the editor lists bpmnlint's rules for the browser by hand, so either side can drift on an upgrade.
 */
// A Node test: it holds the editor's lint up against the API's own, which only the entry point exports.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { createLintResolver, lintDefinitions, readBpmn, type StandardLintContext } from '@jingzhun/standards';
import { standardLintConfig } from '@jingzhun/standards/lint';
import { SAMPLE_PROCESS } from '@jingzhun/standards/testing';
import { createLintConfig } from '../src/modeler/features/std-linting/lint-config';

interface Report {
  id?: string;
  message: string;
  category: string;
  [extra: string]: unknown;
}

interface BpmnLinter {
  resolveRules(config: object): Promise<{ name: string; category: string }[]>;
  lint(root: unknown): Promise<Record<string, Report[]>>;
}

// bpmnlint ships no types for its entry point.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Linter } = require('bpmnlint') as { Linter: new (options: { resolver: unknown; config: object }) => BpmnLinter };

const CONTEXT: StandardLintContext = {
  roles: ['caseworker', 'supervisor'],
  forms: ['intake', 'assessment', 'plan', 'followup'],
  contents: ['c-assess', 'c-support', 'c-followup'],
  parameters: [
    { id: 'assessDays', kind: 'duration' },
    { id: 'followupDays', kind: 'duration' },
  ],
};

/** A finding as the problems panel lists it: where, which code, in both languages. */
const finding = (elementId: string | undefined, code: string, zh: string, en: string) => `${elementId ?? '-'} ${code} ${zh} | ${en}`;

async function editorFindings(xml: string, context?: StandardLintContext): Promise<string[]> {
  const { definitions } = await readBpmn(xml);
  const results = await new Linter(createLintConfig('zh-CN', context)).lint(definitions);
  return Object.values(results)
    .flat()
    .map((r) => finding(r.id, String(r['code']), r.message, String(r['en'])))
    .sort();
}

async function apiFindings(xml: string, context?: StandardLintContext): Promise<string[]> {
  const { definitions } = await readBpmn(xml);
  const problems = await lintDefinitions(definitions!, context);
  return problems.map((p) => finding(p.elementId, p.code, p.message.zh, p.message.en)).sort();
}

/** The sample process with faults a person makes while drawing, one of each kind the rules know. */
const FAULTY = SAMPLE_PROCESS.replace(' std:role="caseworker" std:form="intake"', ' std:role="director"')
  .replace('std:sla="P3D"', 'std:sla="P3D" std:slaParameter="assessDays"')
  .replace('<bpmn:serviceTask id="Task_notify" name="通知社区" std:nameEn="Notify the community" std:service="notify">', '<bpmn:scriptTask id="Task_notify" name="">')
  .replace('</bpmn:serviceTask>', '</bpmn:scriptTask>')
  .replace('<bpmn:sequenceFlow id="Flow_6" sourceRef="Task_followup" targetRef="End_closed" />', '')
  .replace(/<bpmndi:BPMNShape id="Task_plan_di"[^\n]*\n/, '');

describe('the editor’s lint and the standards’ lint', () => {
  it('enable the same rules at the same levels', async () => {
    const levels = async (linter: BpmnLinter, config: object) =>
      Object.fromEntries((await linter.resolveRules(config)).map((r) => [r.name, r.category]));
    const editor = createLintConfig('zh-CN');
    const api = { resolver: createLintResolver(), config: standardLintConfig() };
    expect(await levels(new Linter(editor), editor.config)).toEqual(await levels(new Linter(api), api.config));
  });

  it('find nothing in the sample process', async () => {
    expect(await editorFindings(SAMPLE_PROCESS, CONTEXT)).toEqual([]);
  });

  it('report a faulty diagram with the same codes and words, checked against the standard', async () => {
    const api = await apiFindings(FAULTY, CONTEXT);
    expect(api.length).toBeGreaterThan(8);
    expect(await editorFindings(FAULTY, CONTEXT)).toEqual(api);
  });

  it('report a faulty bare diagram with the same codes and words', async () => {
    expect(await editorFindings(FAULTY)).toEqual(await apiFindings(FAULTY));
  });

  it('show the English of a report in an English modeler', async () => {
    const { definitions } = await readBpmn(FAULTY);
    const results = await new Linter(createLintConfig('en', CONTEXT)).lint(definitions);
    const noForm = Object.values(results).flat().find((r) => r['code'] === 'USER_TASK_NO_FORM');
    expect(noForm).toMatchObject({ id: 'Task_intake', message: 'user task 接案登记 (Task_intake) has no form (std:form)', zh: expect.stringContaining('没有指定表单') });
  });
});
