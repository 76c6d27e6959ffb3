import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readBpmn } from '../bpmn/read-bpmn';
import { SAMPLE_PROCESS } from '../testing/sample-standard';
import { lintBpmn } from './lint-bpmn';
import { createLintResolver } from './lint-resolver';
import { STANDARD_LINT_CONFIG } from './std-lint-plugin';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Linter } = require('bpmnlint') as {
  Linter: new (options: object) => { lint(root: unknown): Promise<Record<string, Array<Record<string, unknown>>>> };
};

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'bpmn', 'fixtures', name));
const found = async (input: string | Uint8Array) => (await lintBpmn(input)).map((p) => `${p.code} ${p.elementId ?? p.pointer}`);

describe('lintBpmn (a bare .bpmn file)', () => {
  it('finds nothing wrong with the sample process', async () => {
    expect(await lintBpmn(SAMPLE_PROCESS)).toEqual([]);
  });

  it('reports, element by element, what a Camunda Modeler process would need to run here', async () => {
    expect(await found(fixture('camunda-modeler.bpmn'))).toEqual(
      expect.arrayContaining([
        'PROCESS_NO_CODE Process_allowance',
        'SCRIPT_TASK_FORBIDDEN Task_score',
        'CONDITION_FEEL_INVALID Flow_yes',
        'TIMER_INVALID Event_reminder',
        'USER_TASK_NO_ROLE Task_check',
        'USER_TASK_NO_FORM Task_check',
        'SERVICE_TASK_NO_SERVICE Task_mail',
      ]),
    );
  });

  it('reports a Signavio process that is documentation only (not executable)', async () => {
    expect(await found(fixture('signavio.bpmn'))).toEqual(expect.arrayContaining(['PROCESS_NOT_EXECUTABLE sid-proc']));
  });

  it('names the Bizagi elements the platform cannot run', async () => {
    expect(await found(fixture('bizagi.bpmn'))).toEqual(expect.arrayContaining(['ELEMENT_NOT_SUPPORTED Id_t1', 'ELEMENT_NOT_SUPPORTED Id_g1']));
  });

  it('refuses an inclusive gateway, which the engine cannot join, saying what to draw instead', async () => {
    const inclusive = SAMPLE_PROCESS.replace(/exclusiveGateway/g, 'inclusiveGateway');
    const problems = await lintBpmn(inclusive);
    const refused = problems.filter((p) => p.code === 'ELEMENT_NOT_SUPPORTED');
    expect(refused.map((p) => p.elementId)).toEqual(['Gateway_risk']);
    expect(refused[0]!.message.zh).toContain('并行网关');
    expect(refused[0]!.message.en).toContain('parallel gateway');
  });

  it('refuses the Java and MVEL conditions of an Eclipse BPMN2 Modeler process', async () => {
    expect(await found(fixture('eclipse-bpmn2.bpmn'))).toEqual(
      expect.arrayContaining(['CONDITION_NOT_FEEL SequenceFlow_2', 'CONDITION_NOT_FEEL SequenceFlow_3', 'SCRIPT_TASK_FORBIDDEN ScriptTask_1']),
    );
  });

  it('speaks Chinese for bpmnlint’s own rules too', async () => {
    const problems = await lintBpmn(SAMPLE_PROCESS.replace(/<bpmndi:BPMNShape id="Task_plan_di"[^\n]*\n/, ''));
    expect(problems).toEqual([
      { severity: 'warning', code: 'LINT_NO_BPMNDI', elementId: 'Task_plan', message: { zh: expect.stringContaining('图形'), en: 'Element is missing bpmndi' } },
    ]);
  });

  it('skips the checks that need the standard around the process', async () => {
    const xml = SAMPLE_PROCESS.replace('std:role="supervisor"', 'std:role="director"').replace('std:code="BJ-SW-SAMPLE"', 'std:code="BJ-SW-OTHER"');
    expect(await lintBpmn(xml)).toEqual([]);
  });

  it('turns unreadable input into problems', async () => {
    expect(await found('')).toEqual(['XML_EMPTY ']);
  });

  it('runs under bpmnlint’s own Linter with the exported resolver and configuration, as the editor will', async () => {
    const { definitions } = await readBpmn(SAMPLE_PROCESS.replace(' std:form="plan"', ''));
    const linter = new Linter({ resolver: createLintResolver(), config: STANDARD_LINT_CONFIG });
    const results = await linter.lint(definitions);
    expect(Object.keys(results)).toEqual(['std/user-tasks']);
    expect(results['std/user-tasks']![0]).toMatchObject({ id: 'Task_plan', code: 'USER_TASK_NO_FORM', category: 'error' });
  });
});

describe('@jingzhun/standards/lint', () => {
  it('imports no Node module, so the editor can bundle it for the browser', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)) {
        expect(spec).not.toMatch(/^node:|^fs$|^path$|^bpmnlint|^bpmn-moddle/);
        if (spec!.startsWith('.')) {
          const base = path.resolve(path.dirname(file), spec!);
          visit(base.endsWith('.json') ? base : `${base}.ts`);
        }
      }
    };
    visit(path.join(__dirname, 'index.ts'));
    expect(seen.size).toBeGreaterThan(10);
  });
});
