import { flowElementsOf, validateStandard } from '../validation/validate-standard';
import { readBpmn } from '../bpmn/read-bpmn';
import { generateStandard } from './generate-standard';

describe('generateStandard', () => {
  it('generates a valid standard with at least the asked number of flow elements', async () => {
    const standard = generateStandard({ elements: 300 });
    expect(await validateStandard(standard)).toEqual([]);
    const { definitions } = await readBpmn(standard.process);
    expect(flowElementsOf(definitions!).size).toBeGreaterThanOrEqual(300);
  });
});
