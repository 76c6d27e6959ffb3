/** The standards the engine benchmark runs: a straight-through case, a user-task case and a timer case. */
import { versionFixture } from '@jingzhun/engine/testing';

export const STRAIGHT_THROUGH = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="tier" />
    <bpmn:exclusiveGateway id="tier" default="f3" />
    <bpmn:sequenceFlow id="f2" sourceRef="tier" targetRef="tell">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">age &gt;= 80</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f3" sourceRef="tier" targetRef="other" />
    <bpmn:serviceTask id="tell" name="通知社区" std:service="notify" />
    <bpmn:sequenceFlow id="f4" sourceRef="tell" targetRef="end" />
    <bpmn:endEvent id="end" /><bpmn:endEvent id="other" />`;

export const USER_TASK = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="assess" />
    <bpmn:userTask id="assess" name="入户评估" std:role="worker" std:form="assess" std:sla="5" />
    <bpmn:sequenceFlow id="f2" sourceRef="assess" targetRef="end" />
    <bpmn:endEvent id="end" />`;

export const TIMER = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait" name="三个月后回访">
      <bpmn:timerEventDefinition id="wait_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P90D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
    <bpmn:endEvent id="end" />`;

export const straightThrough = versionFixture(STRAIGHT_THROUGH, { code: 'BJ-BENCH-STRAIGHT' });
export const userTask = versionFixture(USER_TASK, { code: 'BJ-BENCH-TASK' });
export const timer = versionFixture(TIMER, { code: 'BJ-BENCH-TIMER' });
