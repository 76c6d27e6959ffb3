import type { ServiceStandard } from '../schema/service-standard';
import { sampleStandard } from '../testing/sample-standard';
import { XmlUnreadableError } from '../xml/xml-tree';
import { diffVersions } from './diff-versions';

function changed(edit: (s: ServiceStandard) => void): ServiceStandard {
  const s = sampleStandard();
  edit(s);
  return s;
}

describe('diffVersions', () => {
  it('finds nothing between a standard and itself, or a re-indented copy', () => {
    const reindented = changed((s) => (s.process = s.process.replace(/\n\s+/g, '\n')));
    const diff = diffVersions(sampleStandard(), reindented);
    expect(diff).toMatchObject({ identical: true, changeCount: 0, layoutChanged: false });
  });

  it('names each BPMN property that changed, by element: SLA, role, condition, timer, flow target, name, type', () => {
    const after = changed((s) => {
      s.process = s.process
        .replace('std:sla="5"', 'std:sla="3"')
        .replace('std:role="supervisor"', 'std:role="caseworker"')
        .replace('risk = "high"', 'risk = "high" or age > 90')
        .replace('>P30D<', '>P14D<')
        .replace('std:durationParameter="followupDays"', '')
        .replace('<bpmn:sequenceFlow id="Flow_7" sourceRef="Task_notify" targetRef="End_referred" />', '<bpmn:sequenceFlow id="Flow_7" sourceRef="Task_notify" targetRef="End_closed" />')
        .replace('name="结案"', 'name="结案归档"')
        .replace(/<bpmn:endEvent id="End_referred"[\s\S]*?<\/bpmn:endEvent>/, '<bpmn:intermediateThrowEvent id="End_referred" name="转社区跟进" />');
    });
    const { elements } = diffVersions(sampleStandard(), after);
    const byId = Object.fromEntries(elements.changed.map((c) => [c.id, c.changes]));
    expect(byId['Task_intake']).toEqual([{ property: 'std:sla', before: '5', after: '3' }]);
    expect(byId['Task_plan']).toEqual([{ property: 'std:role', before: 'supervisor', after: 'caseworker' }]);
    expect(byId['Flow_high']).toEqual([{ property: 'conditionExpression', before: 'risk = "high"', after: 'risk = "high" or age > 90' }]);
    expect(byId['Event_wait']).toEqual([
      { property: 'timerEventDefinition/timeDuration', before: 'P30D', after: 'P14D' },
      { property: 'timerEventDefinition@std:durationParameter', before: 'followupDays' },
    ]);
    expect(byId['Flow_7']).toEqual([{ property: 'targetRef', before: 'End_referred', after: 'End_closed' }]);
    expect(byId['End_closed']).toEqual([{ property: 'name', before: '结案', after: '结案归档' }]);
    expect(byId['End_referred']).toEqual(
      expect.arrayContaining([
        { property: 'type', before: 'endEvent', after: 'intermediateThrowEvent' },
        { property: 'std:nameEn', before: 'Handed to the community' },
      ]),
    );
  });

  it('lists elements added and removed by id, type and name', () => {
    const after = changed((s) => {
      s.process = s.process
        .replace('<bpmn:sequenceFlow id="Flow_6" sourceRef="Task_followup" targetRef="End_closed" />', '<bpmn:sequenceFlow id="Flow_6" sourceRef="Task_followup" targetRef="Task_close" /><bpmn:userTask id="Task_close" name="结案评估" /><bpmn:sequenceFlow id="Flow_8" sourceRef="Task_close" targetRef="End_closed" />')
        .replace(/<bpmn:serviceTask id="Task_notify"[\s\S]*?<\/bpmn:serviceTask>/, '');
    });
    const { elements } = diffVersions(sampleStandard(), after);
    expect(elements.added).toEqual([
      { id: 'Task_close', type: 'userTask', name: '结案评估' },
      { id: 'Flow_8', type: 'sequenceFlow' },
    ]);
    expect(elements.removed).toEqual([{ id: 'Task_notify', type: 'serviceTask', name: '通知社区' }]);
  });

  it('reports parameters, indicators, forms and metadata added, removed and changed', () => {
    const after = changed((s) => {
      s.parameters[0]!.default = 8;
      s.parameters.pop();
      s.indicators.push({ id: 'closed', kind: 'completion', title: { zh: '结案率', en: 'Closed' }, element: 'End_closed', target: 80, comparator: '>=' });
      s.forms['plan'] = { type: 'object', properties: { goals: { type: 'array' } } };
      delete s.forms['intake'];
      s.title.zh = '新标题';
      s.population.eligibility = { ...s.population.eligibility, required: ['name'] };
      s.contents[1]!.title.en = 'Support';
      s.roles.push({ id: 'volunteer', title: { zh: '志愿者', en: 'Volunteer' }, assignTo: 'caseworker' });
    });
    const diff = diffVersions(sampleStandard(), after);
    expect(diff.parameters.changed).toEqual([expect.objectContaining({ id: 'assessDays', changes: [{ path: '/default', before: 10, after: 8 }] })]);
    expect(diff.parameters.removed.map((p) => p.id)).toEqual(['visitsPerMonth']);
    expect(diff.indicators.added.map((i) => i.id)).toEqual(['closed']);
    expect(diff.forms.removed.map((f) => f.id)).toEqual(['intake']);
    expect(diff.forms.changed[0]).toMatchObject({ id: 'plan' });
    expect(diff.metadata).toEqual([
      { path: '/title/zh', before: '示例社会工作服务标准', after: '新标题' },
      { path: '/population/eligibility/required/1', before: 'age' },
    ]);
    expect(diff.contents.changed[0]!.changes).toEqual([{ path: '/title/en', before: 'Support services', after: 'Support' }]);
    expect(diff.roles.added.map((r) => r.id)).toEqual(['volunteer']);
    expect(diff.layoutChanged).toBe(false);
  });

  it('tells a layout-only change apart from a change of content', () => {
    const moved = changed((s) => (s.process = s.process.replace('x="660" y="200"', 'x="700" y="220"')));
    expect(diffVersions(sampleStandard(), moved)).toMatchObject({ identical: false, changeCount: 0, layoutChanged: true });
  });

  it('accepts published versions as well as standards', () => {
    const version = { code: 'BJ-SW-SAMPLE', version: 1, standard: sampleStandard(), hash: 'x', status: 'published' as const, author: 'a', approver: 'b', publishedAt: '2025-01-01T00:00:00Z' };
    expect(diffVersions(version, sampleStandard()).identical).toBe(true);
  });

  it('throws a coded error when a process cannot be read', () => {
    const broken = changed((s) => (s.process = '<bpmn:definitions'));
    expect(() => diffVersions(sampleStandard(), broken)).toThrow(XmlUnreadableError);
    expect(() => diffVersions(sampleStandard(), broken)).toThrow(expect.objectContaining({ code: 'STANDARD_INVALID' }));
  });
});
