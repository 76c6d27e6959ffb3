/**
 * Generates a valid standard of any size, for benchmarks and scale tests: repeated segments of a home
 * visit (user task), a FEEL decision, a referral (user task) or a notification (service task), a join,
 * and a wait for the next visit (timer on a parameter), each with its diagram. Every segment is 13
 * flow elements (6 nodes, 7 flows).
 *
 * @example
 *   const big = generateStandard({ elements: 1000 }); // ≥ 1,000 flow elements
 */
import type { ServiceStandard } from '../schema/service-standard';
import { sampleStandard } from './sample-standard';

export interface GenerateOptions {
  /** At least this many flow elements (nodes and sequence flows). */
  elements: number;
  code?: string;
}

const SEGMENT_WIDTH = 760;

export function generateStandard(options: GenerateOptions): ServiceStandard {
  const code = options.code ?? 'BJ-SW-GENERATED';
  const segments = Math.max(1, Math.ceil((options.elements - 3) / 13));
  const nodes: string[] = [];
  const flows: string[] = [];
  const shapes: string[] = [];
  const edges: string[] = [];
  const shape = (id: string, x: number, y: number, w: number, h: number) =>
    shapes.push(`<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`);
  const flow = (id: string, from: string, to: string, points: Array<[number, number]>, body = '', extra = '') => {
    flows.push(`<bpmn:sequenceFlow id="${id}"${extra} sourceRef="${from}" targetRef="${to}">${body}</bpmn:sequenceFlow>`);
    edges.push(`<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">${points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('')}</bpmndi:BPMNEdge>`);
  };

  nodes.push('<bpmn:startEvent id="Start" name="接案" />');
  shape('Start', 100, 102, 36, 36);
  let previous = 'Start';
  let previousRight = 136;
  for (let i = 0; i < segments; i += 1) {
    const x = 200 + i * SEGMENT_WIDTH;
    const [visit, decide, refer, notify, join, wait] = ['Visit', 'Decide', 'Refer', 'Notify', 'Join', 'Wait'].map((k) => `${k}_${i}`) as [string, string, string, string, string, string];
    nodes.push(
      `<bpmn:userTask id="${visit}" name="家访 ${i + 1}" std:role="caseworker" std:form="visit" std:sla="${(i % 10) + 1}" std:contents="c-assess" />`,
      `<bpmn:exclusiveGateway id="${decide}" name="需要转介？" default="Default_${i}" />`,
      `<bpmn:userTask id="${refer}" name="转介 ${i + 1}" std:role="caseworker" std:form="referral" std:slaParameter="assessDays" std:contents="c-support" />`,
      `<bpmn:serviceTask id="${notify}" name="通知 ${i + 1}" std:service="notify" />`,
      `<bpmn:exclusiveGateway id="${join}" />`,
      `<bpmn:intermediateCatchEvent id="${wait}" name="等待下次家访"><bpmn:timerEventDefinition std:durationParameter="followupDays"><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`,
    );
    shape(visit, x, 80, 100, 80);
    shape(decide, x + 150, 95, 50, 50);
    shape(refer, x + 250, 80, 100, 80);
    shape(notify, x + 250, 200, 100, 80);
    shape(join, x + 400, 95, 50, 50);
    shape(wait, x + 500, 102, 36, 36);
    flow(`In_${i}`, previous, visit, [[previousRight, 120], [x, 120]]);
    flow(`Flow_decide_${i}`, visit, decide, [[x + 100, 120], [x + 150, 120]]);
    flow(`Yes_${i}`, decide, refer, [[x + 200, 120], [x + 250, 120]], `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">needs = "referral" and visit >= ${i}</bpmn:conditionExpression>`, ' name="转介"');
    flow(`Default_${i}`, decide, notify, [[x + 175, 145], [x + 175, 240], [x + 250, 240]], '', ' name="其他"');
    flow(`Referred_${i}`, refer, join, [[x + 350, 120], [x + 400, 120]]);
    flow(`Notified_${i}`, notify, join, [[x + 350, 240], [x + 425, 240], [x + 425, 145]]);
    flow(`Waited_${i}`, join, wait, [[x + 450, 120], [x + 500, 120]]);
    previous = wait;
    previousRight = x + 536;
  }
  const endX = 200 + segments * SEGMENT_WIDTH;
  nodes.push('<bpmn:endEvent id="End" name="结案" />');
  shape('End', endX, 102, 36, 36);
  flow('Out', previous, 'End', [[previousRight, 120], [endX, 120]]);

  const process = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:std="http://jingzhun.org/schema/bpmn/std/1.0" id="Definitions_generated" targetNamespace="http://jingzhun.org/standards/${code}">
  <bpmn:process id="Process_generated" name="生成的流程" std:code="${code}" isExecutable="true">
    ${nodes.join('\n    ')}
    ${flows.join('\n    ')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_generated">
    <bpmndi:BPMNPlane id="Plane_generated" bpmnElement="Process_generated">
      ${shapes.join('\n      ')}
      ${edges.join('\n      ')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
  const base = sampleStandard();
  return {
    ...base,
    code,
    title: { zh: '生成的大型标准', en: 'Generated large standard' },
    contents: base.contents.filter((c) => c.id !== 'c-followup'),
    indicators: [
      { id: 'first-visit', kind: 'duration', title: { zh: '首次家访及时率', en: 'First visit on time' }, from: { element: 'Start', edge: 'end' }, to: { element: 'Visit_0', edge: 'end' }, unit: 'working_days', limit: 5, target: 95, comparator: '>=' },
      { id: 'visits', kind: 'recurrence', title: { zh: '定期家访', en: 'Regular visits' }, activity: 'Visit_1', everyDays: 60, span: { from: 'Start', to: 'Wait_1' }, target: 90, comparator: '>=' },
      // A segment allows at most 58 days (a visit and a referral of up to 10 working days each, a 30-day wait): the walk covers the whole process.
      { id: 'closed', kind: 'completion', title: { zh: '结案率', en: 'Closed' }, element: 'End', withinDays: 60 * segments, target: 80, comparator: '>=' },
    ],
    forms: {
      visit: { type: 'object', properties: { needs: { type: 'string', enum: ['referral', 'none'] }, notes: { type: 'string' } }, required: ['needs'] },
      referral: { type: 'object', properties: { agency: { type: 'string' } }, required: ['agency'] },
    },
    process,
  };
}
