import { sampleStandard } from '../testing/sample-standard';
import { canonicalJson, contentHash } from './content-hash';

describe('contentHash', () => {
  const base = contentHash(sampleStandard());

  it('is a SHA-256 in hex, the same for the same content', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(sampleStandard())).toBe(base);
  });

  it('ignores key order, XML whitespace, attribute order, comments and namespace prefixes', () => {
    const s = sampleStandard();
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as typeof s;
    reordered.process = s.process
      .replace(/\n\s*/g, '\n\t\t')
      .replace('<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_intake" targetRef="Task_assess" />', '<!-- a comment --><bpmn:sequenceFlow targetRef="Task_assess"   sourceRef="Task_intake" id="Flow_2"/>')
      .replace(/bpmn:/g, 'bpmn2:')
      .replace('xmlns:bpmn=', 'xmlns:bpmn2=');
    expect(reordered.process).not.toBe(s.process);
    expect(contentHash(reordered)).toBe(base);
  });

  it('changes with anything that runs or is shown: an SLA, a title, a shape position', () => {
    const sla = sampleStandard();
    sla.process = sla.process.replace('std:sla="5"', 'std:sla="4"');
    const title = sampleStandard();
    title.title.zh = '另一个标题';
    const moved = sampleStandard();
    moved.process = moved.process.replace('x="660" y="200"', 'x="680" y="200"');
    const hashes = new Set([base, contentHash(sla), contentHash(title), contentHash(moved)]);
    expect(hashes.size).toBe(4);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } })).toBe('{"a":{"d":[1,{"e":3,"f":2}]},"b":1}');
  });
});
