/**
 * A generated process of about `size` BPMN elements: a start event, a chain of user tasks with the
 * std: attributes, an end event, and the sequence flows between them, laid out in rows.
 */
const STD = 'http://jingzhun.org/schema/bpmn/std/1.0';

export function generatedProcess(size: number, code = 'BJ-SW-BENCH'): string {
  // nodes + flows = size, and flows = nodes - 1
  const nodes = Math.max(2, Math.ceil((size + 1) / 2));
  const perRow = 25;
  const pos = (i: number) => ({ x: 100 + (i % perRow) * 150, y: 100 + Math.floor(i / perRow) * 130 });
  const id = (i: number) => (i === 0 ? 'StartEvent_1' : i === nodes - 1 ? 'EndEvent_1' : `Task_${i}`);
  const sem: string[] = [];
  const di: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const { x, y } = pos(i);
    const incoming = i > 0 ? `<bpmn:incoming>Flow_${i}</bpmn:incoming>` : '';
    const outgoing = i < nodes - 1 ? `<bpmn:outgoing>Flow_${i + 1}</bpmn:outgoing>` : '';
    if (i === 0) {
      sem.push(`<bpmn:startEvent id="${id(i)}" name="接案">${outgoing}</bpmn:startEvent>`);
      di.push(`<bpmndi:BPMNShape id="${id(i)}_di" bpmnElement="${id(i)}"><dc:Bounds x="${x + 32}" y="${y + 22}" width="36" height="36" /></bpmndi:BPMNShape>`);
    } else if (i === nodes - 1) {
      sem.push(`<bpmn:endEvent id="${id(i)}" name="结案">${incoming}</bpmn:endEvent>`);
      di.push(`<bpmndi:BPMNShape id="${id(i)}_di" bpmnElement="${id(i)}"><dc:Bounds x="${x + 32}" y="${y + 22}" width="36" height="36" /></bpmndi:BPMNShape>`);
    } else {
      sem.push(`<bpmn:userTask id="${id(i)}" name="服务环节 ${i}" std:role="caseworker" std:form="intake" std:sla="${(i % 20) + 1}">${incoming}${outgoing}</bpmn:userTask>`);
      di.push(`<bpmndi:BPMNShape id="${id(i)}_di" bpmnElement="${id(i)}"><dc:Bounds x="${x}" y="${y}" width="100" height="80" /></bpmndi:BPMNShape>`);
    }
  }
  for (let i = 1; i < nodes; i++) {
    const a = pos(i - 1);
    const b = pos(i);
    sem.push(`<bpmn:sequenceFlow id="Flow_${i}" sourceRef="${id(i - 1)}" targetRef="${id(i)}" />`);
    const points =
      a.y === b.y
        ? [[a.x + 100, a.y + 40], [b.x, b.y + 40]]
        : [[a.x + 50, a.y + 80], [a.x + 50, a.y + 105], [b.x + 50, a.y + 105], [b.x + 50, b.y]];
    di.push(`<bpmndi:BPMNEdge id="Flow_${i}_di" bpmnElement="Flow_${i}">${points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('')}</bpmndi:BPMNEdge>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:std="${STD}" id="Definitions_bench" targetNamespace="${STD}">
<bpmn:process id="Process_1" isExecutable="true" std:code="${code}">${sem.join('\n')}</bpmn:process>
<bpmndi:BPMNDiagram id="BPMNDiagram_1"><bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">${di.join('\n')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}
