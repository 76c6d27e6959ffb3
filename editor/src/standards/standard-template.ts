import type { LocalizedText, ServiceStandard } from '../api';

export const STD_URI = 'http://jingzhun.org/schema/bpmn/std/1.0';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A process that already runs: a start event joined to an end event, laid out left to right. */
export function templateProcess(code: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:std="${STD_URI}" id="Definitions_1" targetNamespace="${STD_URI}">
  <bpmn:process id="Process_1" isExecutable="true" std:code="${escapeXml(code)}">
    <bpmn:startEvent id="StartEvent_1" name="接案" std:nameEn="Intake">
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:endEvent id="EndEvent_1" name="结案" std:nameEn="Case closed">
      <bpmn:incoming>Flow_1</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="EndEvent_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="152" y="142" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="159" y="185" width="22" height="14" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1">
        <dc:Bounds x="552" y="142" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="559" y="185" width="22" height="14" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
        <di:waypoint x="188" y="160" />
        <di:waypoint x="552" y="160" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

/**
 * A new standard that is valid as it stands: one role, one form, one content and one method, so an
 * officer starts from something that can be saved and then grows it.
 */
export function newStandard(code: string, title: LocalizedText, population: LocalizedText): ServiceStandard {
  return {
    code,
    title,
    summary: { zh: title.zh, en: title.en },
    population: {
      description: population,
      eligibility: {
        type: 'object',
        title: '服务对象信息',
        required: ['name'],
        properties: {
          name: { type: 'string', title: '姓名', minLength: 1 },
          phone: { type: 'string', title: '联系电话' },
        },
      },
    },
    contents: [{ id: 'assessment', title: { zh: '需求评估', en: 'Needs assessment' } }],
    methods: [{ id: 'casework', title: { zh: '个案工作', en: 'Casework' } }],
    roles: [{ id: 'caseworker', title: { zh: '社工', en: 'Social worker' }, assignTo: 'caseworker' }],
    parameters: [],
    indicators: [],
    forms: {
      intake: {
        type: 'object',
        title: '接案记录',
        required: ['notes'],
        properties: { notes: { type: 'string', title: '记录', minLength: 1 } },
      },
    },
    process: templateProcess(code),
  };
}

/** Upper-case words joined by hyphens, as the standard's schema wants (e.g. `BJ-SW-ELDER`). */
export function isStandardCode(code: string): boolean {
  return /^[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,5}$/.test(code) && code.length <= 40;
}
