/**
 * The documents the event-loop benchmark sends: the costliest standards a client can make the server
 * validate, and a model that runs away once deployed.
 *
 * @example
 *   const body = JSON.stringify({ standard: largestProcess() }); // just under the 1 MiB body limit
 */
import { MAX_FLOW_ELEMENTS, type ServiceStandard } from '@jingzhun/standards';
import { generateStandard, sampleStandard, sampleWithProcess } from '@jingzhun/standards/testing';

/** The API's default body limit (`BODY_LIMIT`). */
export const BODY_LIMIT = 1024 * 1024;

/**
 * As many tasks as a 1 MiB request body holds: 12,000 tasks in a row, each with its sequence flow, in
 * the default namespace and with short ids so that they fit. Far past the size bound.
 */
export function largestProcess(tasks = 12_000): ServiceStandard {
  const id = (i: number) => i.toString(36);
  const parts = ['<startEvent id="s"/>'];
  let previous = 's';
  for (let i = 0; i < tasks; i += 1) {
    parts.push(`<task id="t${id(i)}"/><sequenceFlow id="f${id(i)}" sourceRef="${previous}" targetRef="t${id(i)}"/>`);
    previous = `t${id(i)}`;
  }
  parts.push(`<endEvent id="e"/><sequenceFlow id="fe" sourceRef="${previous}" targetRef="e"/>`);
  const process = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="http://jingzhun.org/bench"><process id="P" isExecutable="true">${parts.join('')}</process></definitions>`;
  return fitted({ ...sampleStandard(), process });
}

/** A FEEL condition nested `depth` deep: `needs = "referral" and (visit >= 1 and (visit >= 2 and (…)))`. */
function nestedCondition(depth: number): string {
  let expression = `visit >= ${depth}`;
  for (let d = depth - 1; d >= 1; d -= 1) expression = `visit >= ${d} and (${expression})`;
  return `needs = "referral" and (${expression})`;
}

/**
 * The costliest document within the size bound: the generated standard at the bound (user tasks,
 * gateways, a timer in every segment, its diagram), every condition nested 40 deep, and each task's
 * documentation padded until the request body is just under the limit.
 */
export function worstWithinBound(): ServiceStandard {
  const standard = generateStandard({ elements: MAX_FLOW_ELEMENTS - 13, code: 'BJ-SW-WORST' });
  const conditioned = standard.process.replace(/needs = "referral" and visit &gt;= \d+|needs = "referral" and visit >= \d+/g, () =>
    nestedCondition(40).replace(/>/g, '&gt;'),
  );
  const tasks = (conditioned.match(/<bpmn:userTask [^>]*\/>/g) ?? []).length;
  const sentence = '本任务按市级标准执行，记录每次服务的时间、地点、对象和结果。';
  const perTask = (BODY_LIMIT - 4096 - Buffer.byteLength(JSON.stringify({ standard: { ...standard, process: conditioned } }))) / Math.max(1, tasks);
  const note = sentence.repeat(Math.max(0, Math.floor((perTask - 60) / Buffer.byteLength(sentence))));
  const process = conditioned.replace(/<bpmn:userTask ([^>]*)\/>/g, `<bpmn:userTask $1><bpmn:documentation>${note}</bpmn:documentation></bpmn:userTask>`);
  return fitted({ ...standard, process });
}

/** Refuses a document whose request body would not fit in the body limit (the benchmark would measure a 413). */
function fitted(standard: ServiceStandard): ServiceStandard {
  const bytes = Buffer.byteLength(JSON.stringify({ standard }));
  if (bytes > BODY_LIMIT) throw new Error(`the benchmark's document takes ${bytes} bytes, over the ${BODY_LIMIT}-byte body limit`);
  return standard;
}

/** The runaway models: a boundary cycle of period zero, and the most frequent cycle validation accepts. */
export const RUNAWAY = {
  zero: { code: 'BJ-SW-RUNAWAY', cycle: 'R/PT0S' },
  hourly: { code: 'BJ-SW-RUNAWAY-HOURLY', cycle: 'R1000/PT1H' },
} as const;
export type RunawayName = keyof typeof RUNAWAY;

/**
 * A model that runs away: the intake task has a non-interrupting boundary timer (`cycle`), and each
 * round enters a loop through a service task whose way out is never taken. Apart from the cycle and the
 * loop it passes validation, so that where validation lets it through the runtime's bounds are what
 * is measured.
 */
export function runawayStandard(name: RunawayName): ServiceStandard {
  const { code, cycle } = RUNAWAY[name];
  const loop = `
    <bpmn:boundaryEvent id="Event_tick" name="每刻提醒" attachedToRef="Task_intake" cancelActivity="false">
      <bpmn:outgoing>Flow_tick</bpmn:outgoing>
      <bpmn:timerEventDefinition id="Timer_tick"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">${cycle}</bpmn:timeCycle></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:exclusiveGateway id="Gateway_join" name="汇合">
      <bpmn:incoming>Flow_tick</bpmn:incoming>
      <bpmn:incoming>Flow_back</bpmn:incoming>
      <bpmn:outgoing>Flow_check</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:exclusiveGateway id="Gateway_loop" name="再提醒？" default="Flow_again">
      <bpmn:incoming>Flow_check</bpmn:incoming>
      <bpmn:outgoing>Flow_again</bpmn:outgoing>
      <bpmn:outgoing>Flow_out</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:serviceTask id="Task_remind" name="提醒" std:service="notify">
      <bpmn:incoming>Flow_again</bpmn:incoming>
      <bpmn:outgoing>Flow_back</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="End_loop" name="不再提醒">
      <bpmn:incoming>Flow_out</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_tick" sourceRef="Event_tick" targetRef="Gateway_join" />
    <bpmn:sequenceFlow id="Flow_check" sourceRef="Gateway_join" targetRef="Gateway_loop" />
    <bpmn:sequenceFlow id="Flow_again" name="是" sourceRef="Gateway_loop" targetRef="Task_remind" />
    <bpmn:sequenceFlow id="Flow_back" sourceRef="Task_remind" targetRef="Gateway_join" />
    <bpmn:sequenceFlow id="Flow_out" name="否" sourceRef="Gateway_loop" targetRef="End_loop">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">false</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
  `;
  const standard = sampleWithProcess((xml) => xml.replace(/BJ-SW-SAMPLE/g, code).replace('</bpmn:process>', `${loop}</bpmn:process>`));
  return { ...standard, code, title: { zh: '失控的流程', en: 'A runaway process' } };
}

export type DocumentName = 'largest' | 'worst';

/** The documents by the name the benchmark and its server use for them. */
export const DOCUMENTS: Record<DocumentName, () => ServiceStandard> = { largest: largestProcess, worst: worstWithinBound };
