/**
 * A parallel join whose incoming flows can be alternatives waits forever in the engine (it waits for a
 * token on every incoming flow); the rule finds it where it is drawn, and leaves sound joins alone.
 * The shapes are those upstream bpmn-elements completes by its own dead-path semantics.
 */
import { lintBpmn } from '../lint-bpmn';

/** A process of the given flow elements, executable, with a code, roles and forms out of the way. */
function process(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:std="http://jingzhun.bj.gov.cn/schema/std" id="Defs" targetNamespace="http://jingzhun">
  <bpmn:process id="Process_joins" isExecutable="true" std:code="BJ-SW-JOINS">${body}</bpmn:process>
</bpmn:definitions>`;
}

const waiting = async (body: string) =>
  (await lintBpmn(process(body))).filter((p) => p.code === 'PARALLEL_JOIN_CAN_WAIT_FOREVER').map((p) => p.elementId);

const flow = (id: string, from: string, to: string, condition?: string) =>
  condition
    ? `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>`
    : `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`;
const task = (id: string) => `<bpmn:serviceTask id="${id}" name="${id}" std:service="notify" />`;

describe('parallel joins that can wait forever', () => {
  it('are found after an exclusive choice between two ways into the join', async () => {
    const body = `<bpmn:startEvent id="Start" name="开始" />${flow('f1', 'Start', 'Choice')}
      <bpmn:exclusiveGateway id="Choice" name="选择" default="f3" />${flow('f2', 'Choice', 'A', 'x > 1')}${flow('f3', 'Choice', 'B')}
      ${task('A')}${task('B')}${flow('f4', 'A', 'Join')}${flow('f5', 'B', 'Join')}
      <bpmn:parallelGateway id="Join" name="汇合" />${flow('f6', 'Join', 'End')}<bpmn:endEvent id="End" name="结束" />`;
    expect(await waiting(body)).toEqual(['Join']);
  });

  it('are found where a task and its interrupting boundary event both lead into the join', async () => {
    const body = `<bpmn:startEvent id="Start" name="开始" />${flow('f1', 'Start', 'Task')}${task('Task')}
      <bpmn:boundaryEvent id="Late" name="超时" attachedToRef="Task"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      ${flow('f2', 'Task', 'Join')}${flow('f3', 'Late', 'Join')}
      <bpmn:parallelGateway id="Join" name="汇合" />${flow('f4', 'Join', 'End')}<bpmn:endEvent id="End" name="结束" />`;
    expect(await waiting(body)).toEqual(['Join']);
  });

  it('are found inside a sub-process, and named with the element that never sends', async () => {
    const inner = `<bpmn:startEvent id="S2" name="开始" />${flow('g1', 'S2', 'C2')}<bpmn:exclusiveGateway id="C2" name="选择" default="g3" />
      ${flow('g2', 'C2', 'A2', 'x > 1')}${flow('g3', 'C2', 'B2')}${task('A2')}${task('B2')}${flow('g4', 'A2', 'J2')}${flow('g5', 'B2', 'J2')}
      <bpmn:parallelGateway id="J2" name="汇合" />${flow('g6', 'J2', 'E2')}<bpmn:endEvent id="E2" name="结束" />`;
    const body = `<bpmn:startEvent id="Start" name="开始" />${flow('f1', 'Start', 'Sub')}<bpmn:subProcess id="Sub" name="子流程">${inner}</bpmn:subProcess>${flow('f2', 'Sub', 'End')}<bpmn:endEvent id="End" name="结束" />`;
    const problems = (await lintBpmn(process(body))).filter((p) => p.code === 'PARALLEL_JOIN_CAN_WAIT_FOREVER');
    expect(problems.map((p) => p.elementId)).toEqual(['J2']);
    expect(problems[0]!.message.zh).toMatch(/^并行网关 汇合 \(J2\) 可能永远等待：.*来自 A2 \(A2\) 或 B2 \(B2\) 的顺序流/);
    expect(problems[0]!.message.en).toContain('Merge alternative paths with an exclusive gateway');
  });
});

describe('parallel joins that always complete', () => {
  it('a split and its join, with a choice inside one branch merged before the join', async () => {
    const body = `<bpmn:startEvent id="Start" name="开始" />${flow('f1', 'Start', 'Split')}<bpmn:parallelGateway id="Split" name="分支" />
      ${flow('f2', 'Split', 'A')}${flow('f3', 'Split', 'Choice')}${task('A')}
      <bpmn:exclusiveGateway id="Choice" name="是否需要" default="f5" />${flow('f4', 'Choice', 'B', 'x > 1')}${flow('f5', 'Choice', 'Merge')}${task('B')}${flow('f6', 'B', 'Merge')}
      <bpmn:exclusiveGateway id="Merge" name="合并" />${flow('f7', 'Merge', 'Join')}${flow('f8', 'A', 'Join')}
      <bpmn:parallelGateway id="Join" name="汇合" />${flow('f9', 'Join', 'End')}<bpmn:endEvent id="End" name="结束" />`;
    expect(await waiting(body)).toEqual([]);
  });

  it('a loop back around a parallel block', async () => {
    const body = `<bpmn:startEvent id="Start" name="开始" />${flow('f1', 'Start', 'Again')}<bpmn:exclusiveGateway id="Again" name="再来" />
      ${flow('f2', 'Again', 'Split')}<bpmn:parallelGateway id="Split" name="分支" />${flow('f3', 'Split', 'A')}${flow('f4', 'Split', 'B')}${task('A')}${task('B')}
      ${flow('f5', 'A', 'Join')}${flow('f6', 'B', 'Join')}<bpmn:parallelGateway id="Join" name="汇合" />${flow('f7', 'Join', 'More')}
      <bpmn:exclusiveGateway id="More" name="是否继续" default="f9" />${flow('f8', 'More', 'Again', 'x > 1')}${flow('f9', 'More', 'End')}<bpmn:endEvent id="End" name="结束" />`;
    expect(await waiting(body)).toEqual([]);
  });
});
