import { readBpmn } from '../bpmn/read-bpmn';
import { generateStandard } from '../testing/generate-standard';
import { sampleStandard } from '../testing/sample-standard';
import { countFlowElements, MAX_FLOW_ELEMENTS } from './process-size';
import { flowElementsOf, validateStandard } from './validate-standard';

/** A start event, `tasks` tasks and an end event in a row, in the default namespace (no `bpmn:` prefix). */
function chainOfTasks(tasks: number): string {
  const parts = ['<startEvent id="S"/>'];
  let previous = 'S';
  for (let i = 0; i < tasks; i += 1) {
    parts.push(`<task id="T${i}"/><sequenceFlow id="F${i}" sourceRef="${previous}" targetRef="T${i}"/>`);
    previous = `T${i}`;
  }
  parts.push(`<endEvent id="E"/><sequenceFlow id="FE" sourceRef="${previous}" targetRef="E"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="http://jingzhun.org/test"><process id="P" isExecutable="true">${parts.join('')}</process></definitions>`;
}

describe('the bound on a process size', () => {
  it('counts on the text what bpmn-moddle reads as flow elements, whatever the prefix', async () => {
    for (const xml of [sampleStandard().process, generateStandard({ elements: 300 }).process, chainOfTasks(50)]) {
      const { definitions } = await readBpmn(xml);
      expect(countFlowElements(xml)).toBe(flowElementsOf(definitions!).size);
    }
  });

  it('given a process of the largest size allowed, when validated, then the size is no problem', async () => {
    // generateStandard makes 13 flow elements a segment and three more.
    const standard = generateStandard({ elements: MAX_FLOW_ELEMENTS - 13 });
    expect(countFlowElements(standard.process)).toBeLessThanOrEqual(MAX_FLOW_ELEMENTS);
    expect(await validateStandard(standard)).not.toContainEqual(expect.objectContaining({ code: 'PROCESS_TOO_LARGE' }));
  });

  it('given a process with more flow elements than a standard may have, when validated, then one error at /process says so and nothing of the process is linted', async () => {
    const standard = { ...sampleStandard(), process: chainOfTasks(MAX_FLOW_ELEMENTS) };
    const problems = await validateStandard(standard);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'PROCESS_TOO_LARGE',
        pointer: '/process',
        message: { zh: expect.stringContaining('4,003'), en: expect.stringContaining('more than the 2,000') },
      },
    ]);
  });
});
