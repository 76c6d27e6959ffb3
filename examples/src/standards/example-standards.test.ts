import { BpmnModdle } from 'bpmn-moddle';
import { hasErrors, stdModdleDescriptor, validateAgainst, validateStandard, type ServiceStandard } from '@jingzhun/standards';
import { loadExampleCaseData, loadExampleStandards } from './load';
import { runWalkthrough } from './testing/walkthrough-driver';

type Element = { id: string; $type: string; $parent?: Element; get(name: string): unknown; [key: string]: unknown };
type Bounds = { x: number; y: number; width: number; height: number };

const standards = loadExampleStandards();
const byCode = new Map(standards.map((s) => [s.code, s]));
const caseData = loadExampleCaseData();

async function parse(standard: ServiceStandard) {
  const moddle = new BpmnModdle({ std: stdModdleDescriptor });
  const { rootElement, elementsById, warnings } = (await moddle.fromXML(standard.process)) as unknown as {
    rootElement: Element & { diagrams: Array<{ plane: { planeElement: Element[] } }> };
    elementsById: Record<string, Element>;
    warnings: Array<{ message: string }>;
  };
  const elements = Object.values(elementsById);
  return { rootElement, elements, warnings };
}

describe.each(standards.map((s) => [s.code, s] as const))('example standard %s', (code, standard) => {
  it('validates without errors', async () => {
    const problems = await validateStandard(standard);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(hasErrors(problems)).toBe(false);
  });

  it('parses as BPMN with the std: extension, carrying its own code', async () => {
    const { elements, warnings } = await parse(standard);
    expect(warnings.map((w) => w.message)).toEqual([]);
    const processes = elements.filter((e) => e.$type === 'bpmn:Process');
    expect(processes.map((p) => p.get('std:code'))).toEqual([code]);
  });

  it('gives every user task a role and a form of the standard, and every element an English name', async () => {
    const { elements } = await parse(standard);
    const roles = new Set(standard.roles.map((r) => r.id));
    const userTasks = elements.filter((e) => e.$type === 'bpmn:UserTask');
    expect(userTasks.length).toBeGreaterThan(3);
    for (const task of userTasks) {
      expect({ task: task.id, role: roles.has(String(task.get('std:role'))) }).toEqual({ task: task.id, role: true });
      expect({ task: task.id, form: String(task.get('std:form')) in standard.forms }).toEqual({ task: task.id, form: true });
      expect({ task: task.id, sla: Boolean(task.get('std:sla') ?? task.get('std:slaParameter')) }).toEqual({ task: task.id, sla: true });
    }
    const named = elements.filter((e) => typeof e['name'] === 'string' && e.$type !== 'bpmn:Definitions');
    for (const e of named) expect({ id: e.id, en: typeof e.get('std:nameEn') }).toEqual({ id: e.id, en: 'string' });
  });

  it('uses every form, and titles every form field in Chinese and English', async () => {
    const { elements } = await parse(standard);
    const used = new Set(elements.filter((e) => e.$type === 'bpmn:UserTask').map((e) => String(e.get('std:form'))));
    expect(Object.keys(standard.forms).sort()).toEqual([...used].sort());
    for (const [id, schema] of Object.entries(standard.forms)) {
      for (const [field, property] of Object.entries((schema as { properties: Record<string, Record<string, unknown>> }).properties)) {
        expect({ form: id, field, zh: typeof property['title'], en: typeof (property['x-en'] as { title?: unknown } | undefined)?.title }).toEqual({
          form: id, field, zh: 'string', en: 'string',
        });
      }
    }
  });

  it('refers only to other example standards', async () => {
    const { elements } = await parse(standard);
    for (const call of elements.filter((e) => e.$type === 'bpmn:CallActivity')) {
      const called = String(call['calledElement']);
      expect(called).not.toBe(code);
      expect([...byCode.keys()]).toContain(called);
    }
  });

  it('has invented client data that its eligibility schema accepts', () => {
    const samples = Object.entries(caseData.get(code)?.samples ?? {});
    expect(samples.length).toBeGreaterThanOrEqual(2);
    for (const [name, data] of samples) {
      expect({ name, problems: validateAgainst(standard.population.eligibility, data) }).toEqual({ name, problems: [] });
    }
  });

  it('has walkthrough answers that their forms accept', () => {
    const walkthroughs = Object.entries(caseData.get(code)?.walkthroughs ?? {});
    expect(walkthroughs.length).toBeGreaterThanOrEqual(1);
    for (const [name, walkthrough] of walkthroughs) {
      for (const [form, answers] of Object.entries(walkthrough.answers)) {
        const schema = standard.forms[form];
        expect({ name, form, exists: schema !== undefined }).toEqual({ name, form, exists: true });
        for (const answer of answers) {
          expect({ name, form, problems: validateAgainst(schema as object, answer) }).toEqual({ name, form, problems: [] });
        }
      }
    }
  });

  it.each(Object.keys(caseData.get(code)?.walkthroughs ?? {}))('runs walkthrough %s from start to end', async (name) => {
    const walkthrough = caseData.get(code)?.walkthroughs[name];
    const result = await runWalkthrough(code, name, { standards: byCode, caseData });
    // Each end once, in the order first reached (a branch that ends each month ends many times).
    expect([...new Set(result.ends)]).toEqual(walkthrough?.ends);
    // Every answer written down was needed: the case took the turns the walkthrough describes.
    for (const [form, answers] of Object.entries(walkthrough?.answers ?? {})) {
      expect({ form, atLeast: (result.answered.get(form) ?? 0) >= answers.length }).toEqual({ form, atLeast: true });
    }
  });

  it('draws every element and flow, left to right, without overlapping shapes or edges through shapes', async () => {
    const { rootElement, elements } = await parse(standard);
    const plane = rootElement.diagrams[0]?.plane.planeElement ?? [];
    const shapes = new Map<string, Bounds>();
    const edges = new Map<string, Array<{ x: number; y: number }>>();
    for (const di of plane) {
      const target = di['bpmnElement'] as Element;
      if (di.$type === 'bpmndi:BPMNShape') shapes.set(target.id, di['bounds'] as Bounds);
      else edges.set(target.id, di['waypoint'] as Array<{ x: number; y: number }>);
    }
    const flowNodes = elements.filter((e) => /Event|Task|Gateway|SubProcess|CallActivity/.test(e.$type) && !e.$type.endsWith('Definition'));
    for (const node of flowNodes) expect({ id: node.id, drawn: shapes.has(node.id) }).toEqual({ id: node.id, drawn: true });
    for (const flow of elements.filter((e) => e.$type === 'bpmn:SequenceFlow')) {
      const points = edges.get(flow.id) ?? [];
      expect({ id: flow.id, enough: points.length >= 2 }).toEqual({ id: flow.id, enough: true });
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        expect({ id: flow.id, orthogonal: a.x === b.x || a.y === b.y }).toEqual({ id: flow.id, orthogonal: true });
      }
    }

    const byId = new Map(elements.map((e) => [e.id, e]));
    const ancestors = (id: string) => {
      const out = new Set<string>();
      for (let e = byId.get(id)?.$parent; e; e = e.$parent) out.add(e.id);
      return out;
    };
    const host = (id: string) => (byId.get(id)?.['attachedToRef'] as Element | undefined)?.id;
    const overlap = (a: Bounds, b: Bounds) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const ids = [...shapes.keys()];
    for (const a of ids) {
      for (const b of ids) {
        if (a >= b || ancestors(a).has(b) || ancestors(b).has(a) || host(a) === b || host(b) === a) continue;
        expect({ a, b, overlap: overlap(shapes.get(a)!, shapes.get(b)!) }).toEqual({ a, b, overlap: false });
      }
    }

    // An edge may touch its own ends (and a subprocess it runs inside), never pass through another shape.
    for (const flow of elements.filter((e) => e.$type === 'bpmn:SequenceFlow')) {
      const ends = [flow['sourceRef'] as Element, flow['targetRef'] as Element].map((e) => e.id);
      const allowed = new Set([...ends, ...ends.flatMap((id) => [...ancestors(id)]), ...ends.map(host).filter((h): h is string => !!h)]);
      const points = edges.get(flow.id) ?? [];
      for (const [id, b] of shapes) {
        if (allowed.has(id)) continue;
        const inner = { x: b.x + 1, y: b.y + 1, width: b.width - 2, height: b.height - 2 };
        for (let i = 1; i < points.length; i++) {
          const [p, q] = [points[i - 1]!, points[i]!];
          const segment = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(p.x - q.x) || 0.01, height: Math.abs(p.y - q.y) || 0.01 };
          expect({ flow: flow.id, through: id, crosses: overlap(segment, inner) }).toEqual({ flow: flow.id, through: id, crosses: false });
        }
      }
    }

    const start = elements.find((e) => e.$type === 'bpmn:StartEvent' && e.$parent?.$type === 'bpmn:Process')!;
    const leftmost = Math.min(...[...shapes.values()].map((b) => b.x));
    expect(shapes.get(start.id)?.x).toBe(leftmost);
  });
});
describe('the example standards together', () => {
  it('are the seven standards of the policy, with distinct codes', () => {
    // The five action plans (五(一)), the left-behind women of 四(四), and project evaluation (五(四)).
    expect(standards.map((s) => s.code).sort()).toEqual(['BJ-SW-BEREAVED-DISABLED', 'BJ-SW-CHILD', 'BJ-SW-ELDER', 'BJ-SW-EVAL', 'BJ-SW-FAMILY', 'BJ-SW-HOMELESS', 'BJ-SW-WOMEN']);
  });

  it('stop a walkthrough at a step it leaves without the contacts the step needs, as the platform does', async () => {
    const family = caseData.get('BJ-SW-FAMILY')!;
    const { records: _records, ...withoutRecords } = family.walkthroughs['main']!;
    const library = { standards: byCode, caseData: new Map(caseData).set('BJ-SW-FAMILY', { ...family, walkthroughs: { main: withoutRecords } }) };
    await expect(runWalkthrough('BJ-SW-FAMILY', 'main', library)).rejects.toThrow('Task_Casework needs 2 service records (home_visit, phone, office) before it is completed; the walkthrough makes 0');
    const played = await runWalkthrough('BJ-SW-FAMILY', 'main', { standards: byCode, caseData });
    // Casework comes round twice (the plan is revised at mid-term): its contacts each time.
    expect(played.records).toEqual(['home_visit', 'phone', 'office', 'home_visit', 'phone', 'office']);
  });

  it('refer to one another at least twice', async () => {
    let calls = 0;
    for (const s of standards) calls += (await parse(s)).elements.filter((e) => e.$type === 'bpmn:CallActivity').length;
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});
