import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_PROCESS } from '../testing/sample-standard';
import { readBpmn } from './read-bpmn';

const fixtures = path.join(__dirname, 'fixtures');

describe('readBpmn', () => {
  it('reads the std: attributes as properties of the elements', async () => {
    const { definitions, elementsById, problems } = await readBpmn(SAMPLE_PROCESS);
    expect(problems).toEqual([]);
    expect(definitions?.$type).toBe('bpmn:Definitions');
    expect(elementsById['Task_assess']).toMatchObject({ role: 'caseworker', form: 'assessment', slaParameter: 'assessDays' });
    expect(elementsById['Process_sample']).toMatchObject({ code: 'BJ-SW-SAMPLE' });
  });

  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.bpmn')))('reads %s, exported by another modeler, without crashing', async (file) => {
    const { definitions, problems } = await readBpmn(readFileSync(path.join(fixtures, file)));
    expect(definitions?.$type).toBe('bpmn:Definitions');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('turns bad input into problems, never exceptions', async () => {
    const cases: Array<[string | Uint8Array, string]> = [
      ['', 'XML_EMPTY'],
      ['<html><body>hello</body></html>', 'XML_NOT_BPMN'],
      ['<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p">', 'XML_NOT_WELL_FORMED'],
      ['<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p"></bpmn:definitions>', 'XML_NOT_WELL_FORMED'],
      ['not xml at all', 'XML_NOT_WELL_FORMED'],
      [new Uint8Array([0xc3, 0x28]), 'XML_ENCODING'],
      ['<!DOCTYPE d SYSTEM "http://attacker/x.dtd"><d/>', 'XML_DOCTYPE_REFUSED'],
    ];
    for (const [input, code] of cases) {
      const read = await readBpmn(input);
      expect(read.definitions).toBeUndefined();
      expect(read.problems.map((p) => p.code)).toEqual([code]);
    }
  });

  it('keeps going past content it does not know, and says what it skipped', async () => {
    const xml = SAMPLE_PROCESS.replace('<bpmn:outgoing>Flow_1</bpmn:outgoing>', '<bpmn:outgoing>Flow_1</bpmn:outgoing><bpmn:unknownThing />');
    const { definitions, problems } = await readBpmn(xml);
    expect(definitions).toBeDefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'BPMN_XML_WARNING', severity: 'warning' })]);
  });
});

describe('readBpmn with flows only (no incoming/outgoing children, as many tools write)', () => {
  it('links each element to its flows, so the rules see the connections', async () => {
    const xml = SAMPLE_PROCESS.replace(/\s*<bpmn:(incoming|outgoing)>[^<]*<\/bpmn:(incoming|outgoing)>/g, '');
    const { elementsById } = await readBpmn(xml);
    expect((elementsById['Gateway_risk']!['outgoing'] as Array<{ id: string }>).map((f) => f.id)).toEqual(['Flow_high', 'Flow_low']);
    expect((elementsById['End_closed']!['incoming'] as Array<{ id: string }>).map((f) => f.id)).toEqual(['Flow_6']);
  });
});
