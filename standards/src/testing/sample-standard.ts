/**
 * A small, valid standard for tests: intake, a home assessment with a parameterised SLA, a FEEL
 * gateway on the risk tier, a plan, a timer before the follow-up visit (its wait a parameter), a
 * built-in notification, two indicators and four forms. `sampleStandard()` returns a fresh copy.
 */
import type { ServiceStandard } from '../schema/service-standard';

export const SAMPLE_CODE = 'BJ-SW-SAMPLE';

export const SAMPLE_PROCESS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:std="http://jingzhun.org/schema/bpmn/std/1.0"
  id="Definitions_sample" targetNamespace="http://jingzhun.org/standards/BJ-SW-SAMPLE">
  <bpmn:process id="Process_sample" name="示例服务流程" std:nameEn="Sample service process" std:code="BJ-SW-SAMPLE" isExecutable="true">
    <bpmn:startEvent id="Start_case" name="接到转介" std:nameEn="Referral received">
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_intake" name="接案登记" std:nameEn="Intake" std:role="caseworker" std:form="intake" std:sla="5" std:contents="c-assess">
      <bpmn:incoming>Flow_1</bpmn:incoming>
      <bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:userTask id="Task_assess" name="入户评估" std:nameEn="Home assessment" std:role="caseworker" std:form="assessment" std:slaParameter="assessDays" std:contents="c-assess">
      <bpmn:incoming>Flow_2</bpmn:incoming>
      <bpmn:outgoing>Flow_3</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="Gateway_risk" name="风险等级？" std:nameEn="Risk tier?" default="Flow_low">
      <bpmn:incoming>Flow_3</bpmn:incoming>
      <bpmn:outgoing>Flow_high</bpmn:outgoing>
      <bpmn:outgoing>Flow_low</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:userTask id="Task_plan" name="制定服务计划" std:nameEn="Service plan" std:role="supervisor" std:form="plan" std:sla="P3D" std:contents="c-support">
      <bpmn:incoming>Flow_high</bpmn:incoming>
      <bpmn:outgoing>Flow_4</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:intermediateCatchEvent id="Event_wait" name="等待回访" std:nameEn="Wait for the follow-up">
      <bpmn:incoming>Flow_4</bpmn:incoming>
      <bpmn:outgoing>Flow_5</bpmn:outgoing>
      <bpmn:timerEventDefinition id="Timer_wait" std:durationParameter="followupDays">
        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration>
      </bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:userTask id="Task_followup" name="跟踪回访" std:nameEn="Follow-up visit" std:role="caseworker" std:form="followup" std:contents="c-followup">
      <bpmn:incoming>Flow_5</bpmn:incoming>
      <bpmn:outgoing>Flow_6</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="End_closed" name="结案" std:nameEn="Closed">
      <bpmn:incoming>Flow_6</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:serviceTask id="Task_notify" name="通知社区" std:nameEn="Notify the community" std:service="notify">
      <bpmn:incoming>Flow_low</bpmn:incoming>
      <bpmn:outgoing>Flow_7</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="End_referred" name="转社区跟进" std:nameEn="Handed to the community">
      <bpmn:incoming>Flow_7</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_case" targetRef="Task_intake" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_intake" targetRef="Task_assess" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_assess" targetRef="Gateway_risk" />
    <bpmn:sequenceFlow id="Flow_high" name="高风险" std:nameEn="High risk" sourceRef="Gateway_risk" targetRef="Task_plan">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">risk = "high"</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_low" name="一般" std:nameEn="General" sourceRef="Gateway_risk" targetRef="Task_notify" />
    <bpmn:sequenceFlow id="Flow_4" sourceRef="Task_plan" targetRef="Event_wait" />
    <bpmn:sequenceFlow id="Flow_5" sourceRef="Event_wait" targetRef="Task_followup" />
    <bpmn:sequenceFlow id="Flow_6" sourceRef="Task_followup" targetRef="End_closed" />
    <bpmn:sequenceFlow id="Flow_7" sourceRef="Task_notify" targetRef="End_referred" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_sample">
    <bpmndi:BPMNPlane id="Plane_sample" bpmnElement="Process_sample">
      <bpmndi:BPMNShape id="Start_case_di" bpmnElement="Start_case"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_intake_di" bpmnElement="Task_intake"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_assess_di" bpmnElement="Task_assess"><dc:Bounds x="400" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gateway_risk_di" bpmnElement="Gateway_risk" isMarkerVisible="true"><dc:Bounds x="555" y="95" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_plan_di" bpmnElement="Task_plan"><dc:Bounds x="660" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Event_wait_di" bpmnElement="Event_wait"><dc:Bounds x="822" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_followup_di" bpmnElement="Task_followup"><dc:Bounds x="910" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_closed_di" bpmnElement="End_closed"><dc:Bounds x="1072" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_notify_di" bpmnElement="Task_notify"><dc:Bounds x="660" y="200" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_referred_di" bpmnElement="End_referred"><dc:Bounds x="822" y="222" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="120" /><di:waypoint x="400" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="500" y="120" /><di:waypoint x="555" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_high_di" bpmnElement="Flow_high"><di:waypoint x="605" y="120" /><di:waypoint x="660" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_low_di" bpmnElement="Flow_low"><di:waypoint x="580" y="145" /><di:waypoint x="580" y="240" /><di:waypoint x="660" y="240" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_4_di" bpmnElement="Flow_4"><di:waypoint x="760" y="120" /><di:waypoint x="822" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_5_di" bpmnElement="Flow_5"><di:waypoint x="858" y="120" /><di:waypoint x="910" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_6_di" bpmnElement="Flow_6"><di:waypoint x="1010" y="120" /><di:waypoint x="1072" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_7_di" bpmnElement="Flow_7"><di:waypoint x="760" y="240" /><di:waypoint x="822" y="240" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;

const SAMPLE: ServiceStandard = {
  code: SAMPLE_CODE,
  title: { zh: '示例社会工作服务标准', en: 'Sample social work service standard' },
  summary: { zh: '用于测试的小型标准', en: 'A small standard for tests' },
  population: {
    description: { zh: '辖区内的困难老年人', en: 'Older people in difficulty in the district' },
    eligibility: {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1 },
        age: { type: 'integer', minimum: 60 },
      },
      required: ['name', 'age'],
    },
  },
  contents: [
    { id: 'c-assess', title: { zh: '需求评估', en: 'Needs assessment' } },
    { id: 'c-support', title: { zh: '支持服务', en: 'Support services' } },
    { id: 'c-followup', title: { zh: '跟踪回访', en: 'Follow-up' } },
  ],
  methods: [{ id: 'casework', title: { zh: '个案工作', en: 'Casework' } }],
  roles: [
    { id: 'caseworker', title: { zh: '社工', en: 'Social worker' }, assignTo: 'caseworker' },
    { id: 'supervisor', title: { zh: '督导', en: 'Supervisor' }, assignTo: 'supervisor' },
  ],
  parameters: [
    {
      id: 'assessDays',
      title: { zh: '评估时限', en: 'Assessment deadline' },
      kind: 'duration',
      unit: 'working_days',
      default: 10,
      min: 3,
      max: 15,
      tighter: 'lower',
    },
    {
      id: 'followupDays',
      title: { zh: '回访间隔', en: 'Days before the follow-up' },
      kind: 'duration',
      unit: 'days',
      default: 30,
      min: 7,
      max: 30,
      tighter: 'lower',
    },
    {
      id: 'visitsPerMonth',
      title: { zh: '每月探访次数', en: 'Visits per month' },
      kind: 'count',
      default: 1,
      min: 1,
      max: 8,
      tighter: 'higher',
    },
  ],
  indicators: [
    {
      id: 'assess-on-time',
      kind: 'duration',
      title: { zh: '按时完成评估的比例', en: 'Assessments on time' },
      from: { element: 'Task_intake', edge: 'end' },
      to: { element: 'Task_assess', edge: 'end' },
      unit: 'working_days',
      limit: { parameter: 'assessDays' },
      target: 95,
      comparator: '>=',
    },
    {
      id: 'satisfaction',
      kind: 'field',
      title: { zh: '服务满意度', en: 'Satisfaction' },
      form: 'followup',
      field: '/satisfaction',
      aggregate: 'share',
      condition: 'value >= 4',
      target: 90,
      comparator: '>=',
    },
  ],
  forms: {
    intake: {
      type: 'object',
      properties: { referralSource: { type: 'string', enum: ['96156', 'community', 'self'] }, notes: { type: 'string' } },
      required: ['referralSource'],
    },
    assessment: {
      type: 'object',
      properties: { risk: { type: 'string', enum: ['high', 'general'] }, needs: { type: 'array', items: { type: 'string' } } },
      required: ['risk'],
    },
    plan: {
      type: 'object',
      properties: { goals: { type: 'array', items: { type: 'string' }, minItems: 1 } },
      required: ['goals'],
    },
    followup: {
      type: 'object',
      properties: { satisfaction: { type: 'integer', minimum: 1, maximum: 5 }, notes: { type: 'string' } },
      required: ['satisfaction'],
    },
  },
  process: SAMPLE_PROCESS,
};

/** A fresh, valid sample standard (deep copy: tests may change it freely). */
export function sampleStandard(): ServiceStandard {
  return structuredClone(SAMPLE);
}

/** The sample with its process XML changed by `edit` (e.g. a string replacement). */
export function sampleWithProcess(edit: (xml: string) => string): ServiceStandard {
  const standard = sampleStandard();
  standard.process = edit(standard.process);
  return standard;
}
