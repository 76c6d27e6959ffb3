/**
 * Writes a standard's process as BPMN 2.0 XML with the `std:` extension and a laid-out diagram, the
 * way the editor saves it, so that the shipped examples open in bpmn-js exactly as drawn.
 *
 * @example
 *   const xml = writeProcessXml({ code: 'BJ-SW-ELDER', title, parameters, process });
 */
import { STD_NAMESPACE_URI, type LocalizedText, type Parameter } from '@jingzhun/standards';
import { layOut, type Bounds } from './grid-layout';
import { flowId, type FlowSpec, type NodeSpec, type ProcessSpec, type TimerSpec } from './process-model';

export interface ProcessDocument {
  code: string;
  title: LocalizedText;
  parameters: readonly Parameter[];
  process: ProcessSpec;
}

const TAGS: Record<NodeSpec['type'], string> = {
  startEvent: 'bpmn:startEvent',
  endEvent: 'bpmn:endEvent',
  exclusiveGateway: 'bpmn:exclusiveGateway',
  parallelGateway: 'bpmn:parallelGateway',
  subProcess: 'bpmn:subProcess',
  userTask: 'bpmn:userTask',
  serviceTask: 'bpmn:serviceTask',
  callActivity: 'bpmn:callActivity',
  timerCatch: 'bpmn:intermediateCatchEvent',
  boundaryTimer: 'bpmn:boundaryEvent',
  boundaryMessage: 'bpmn:boundaryEvent',
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attrs(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join('');
}

/** The city default of a timer parameter as an ISO 8601 duration, written beside the parameter reference. */
function isoDurationOf(timer: TimerSpec, parameters: readonly Parameter[]): string {
  if ('duration' in timer) return timer.duration;
  const p = parameters.find((q) => q.id === timer.parameter);
  if (!p) throw new Error(`timer parameter ${timer.parameter} is not a parameter of the standard`);
  switch (p.unit) {
    case 'hours':
      return `PT${p.default}H`;
    case 'days':
      return `P${p.default}D`;
    case 'months':
      return `P${p.default}M`;
    default:
      throw new Error(`timer parameter ${p.id} must be in hours, days or months, not ${String(p.unit)}`);
  }
}

export function writeProcessXml(doc: ProcessDocument): string {
  const { process } = doc;
  const ids = new Set<string>();
  for (const id of [...process.nodes.map((n) => n.id), ...process.flows.map(flowId), ...(process.messages ?? []).map((m) => m.id)]) {
    if (ids.has(id)) throw new Error(`duplicate element id ${id}`);
    ids.add(id);
  }
  for (const flow of process.flows) {
    const source = process.nodes.find((n) => n.id === flow.from);
    const target = process.nodes.find((n) => n.id === flow.to);
    if (!source || !target) throw new Error(`flow ${flowId(flow)} names an unknown element`);
    if ((source.parent ?? '') !== (target.parent ?? '')) throw new Error(`flow ${flowId(flow)} crosses a subprocess border`);
  }
  for (const node of process.nodes) {
    if (node.type === 'boundaryMessage' && !process.messages?.some((m) => m.id === node.message)) {
      throw new Error(`${node.id} waits for ${node.message}, which is not one of the process's messages`);
    }
  }
  const layout = layOut(process);
  const processId = `Process_${doc.code}`;

  const lines: string[] = [];
  const emitScope = (parent: string | undefined, indent: string) => {
    for (const node of process.nodes.filter((n) => n.parent === parent)) emitNode(node, indent);
    for (const flow of process.flows.filter((f) => process.nodes.find((n) => n.id === f.from)?.parent === parent)) {
      emitFlow(flow, indent);
    }
  };
  const emitNode = (node: NodeSpec, indent: string) => {
    const incoming = process.flows.filter((f) => f.to === node.id).map(flowId);
    const outgoing = process.flows.filter((f) => f.from === node.id).map(flowId);
    const defaultFlow = process.flows.find((f) => f.from === node.id && f.isDefault);
    const a: Record<string, string | undefined> = { id: node.id, name: node.name.zh, 'std:nameEn': node.name.en };
    switch (node.type) {
      case 'userTask':
        Object.assign(a, {
          'std:role': node.role,
          'std:form': node.form,
          'std:sla': node.sla === undefined ? undefined : String(node.sla),
          'std:slaParameter': node.slaParameter,
          'std:contents': node.contents?.join(' '),
          'std:minRecords': node.minRecords && String(node.minRecords.count),
          'std:minRecordKinds': node.minRecords?.kinds?.join(' '),
        });
        break;
      case 'serviceTask':
        a['std:service'] = node.service;
        break;
      case 'callActivity':
        a['calledElement'] = node.calledStandard;
        break;
      case 'exclusiveGateway':
        a['default'] = defaultFlow ? flowId(defaultFlow) : undefined;
        break;
      case 'boundaryTimer':
      case 'boundaryMessage':
        Object.assign(a, { cancelActivity: String(node.interrupting), attachedToRef: node.attachedTo });
        break;
      case 'subProcess':
        break;
      default:
        break;
    }
    lines.push(`${indent}<${TAGS[node.type]}${attrs(a)}>`);
    for (const id of incoming) lines.push(`${indent}  <bpmn:incoming>${id}</bpmn:incoming>`);
    for (const id of outgoing) lines.push(`${indent}  <bpmn:outgoing>${id}</bpmn:outgoing>`);
    if (node.type === 'timerCatch' || node.type === 'boundaryTimer') {
      const parameter = 'parameter' in node.timer ? node.timer.parameter : undefined;
      lines.push(`${indent}  <bpmn:timerEventDefinition${attrs({ id: `TimerDef_${node.id}`, 'std:durationParameter': parameter })}>`);
      lines.push(
        `${indent}    <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${escape(isoDurationOf(node.timer, doc.parameters))}</bpmn:timeDuration>`,
      );
      lines.push(`${indent}  </bpmn:timerEventDefinition>`);
    }
    if (node.type === 'boundaryMessage') {
      lines.push(`${indent}  <bpmn:messageEventDefinition${attrs({ id: `MessageDef_${node.id}`, messageRef: node.message })} />`);
    }
    if (node.type === 'subProcess') emitScope(node.id, `${indent}  `);
    lines.push(`${indent}</${TAGS[node.type]}>`);
  };
  const emitFlow = (flow: FlowSpec, indent: string) => {
    const a = attrs({
      id: flowId(flow),
      name: flow.name?.zh,
      'std:nameEn': flow.name?.en,
      sourceRef: flow.from,
      targetRef: flow.to,
    });
    if (!flow.condition) {
      lines.push(`${indent}<bpmn:sequenceFlow${a} />`);
      return;
    }
    lines.push(`${indent}<bpmn:sequenceFlow${a}>`);
    lines.push(
      `${indent}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">${escape(flow.condition)}</bpmn:conditionExpression>`,
    );
    lines.push(`${indent}</bpmn:sequenceFlow>`);
  };

  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  lines.push(
    `<bpmn:definitions${attrs({
      'xmlns:bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
      'xmlns:bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
      'xmlns:dc': 'http://www.omg.org/spec/DD/20100524/DC',
      'xmlns:di': 'http://www.omg.org/spec/DD/20100524/DI',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xmlns:std': STD_NAMESPACE_URI,
      id: `Definitions_${doc.code}`,
      targetNamespace: `urn:jingzhun:standard:${doc.code}`,
    })}>`,
  );
  for (const message of process.messages ?? []) {
    lines.push(`  <bpmn:message${attrs({ id: message.id, name: message.name.zh, 'std:nameEn': message.name.en })} />`);
  }
  lines.push(
    `  <bpmn:process${attrs({ id: processId, name: doc.title.zh, 'std:nameEn': doc.title.en, isExecutable: 'true', 'std:code': doc.code })}>`,
  );
  emitScope(undefined, '    ');
  lines.push('  </bpmn:process>');

  lines.push(`  <bpmndi:BPMNDiagram id="Diagram_${doc.code}">`);
  lines.push(`    <bpmndi:BPMNPlane id="Plane_${doc.code}" bpmnElement="${processId}">`);
  const bounds = (b: Bounds) => `<dc:Bounds x="${round(b.x)}" y="${round(b.y)}" width="${round(b.width)}" height="${round(b.height)}" />`;
  // Subprocesses first, so that their children are drawn on top of them.
  const drawOrder = [...process.nodes].sort((a, b) => Number(b.type === 'subProcess') - Number(a.type === 'subProcess'));
  for (const node of drawOrder) {
    const shape = layout.shapes.get(node.id);
    if (!shape) throw new Error(`no shape for ${node.id}`);
    const extra = node.type === 'subProcess' ? ' isExpanded="true"' : node.type === 'exclusiveGateway' ? ' isMarkerVisible="true"' : '';
    lines.push(`      <bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"${extra}>`);
    lines.push(`        ${bounds(shape)}`);
    if (shape.label) lines.push(`        <bpmndi:BPMNLabel>${bounds(shape.label)}</bpmndi:BPMNLabel>`);
    lines.push('      </bpmndi:BPMNShape>');
  }
  for (const flow of process.flows) {
    const id = flowId(flow);
    const edge = layout.edges.get(id);
    if (!edge) throw new Error(`no edge for ${id}`);
    lines.push(`      <bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">`);
    for (const p of edge.waypoints) lines.push(`        <di:waypoint x="${round(p.x)}" y="${round(p.y)}" />`);
    if (edge.label) lines.push(`        <bpmndi:BPMNLabel>${bounds(edge.label)}</bpmndi:BPMNLabel>`);
    lines.push('      </bpmndi:BPMNEdge>');
  }
  lines.push('    </bpmndi:BPMNPlane>');
  lines.push('  </bpmndi:BPMNDiagram>');
  lines.push('</bpmn:definitions>');
  return `${lines.join('\n')}\n`;
}

function round(n: number): string {
  return String(Math.round(n));
}
