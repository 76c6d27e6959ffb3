/**
 * Small published standards for HTTP tests, registered through the runtime: one whose case waits for a
 * message, one whose gateway has no way on for a tier it did not foresee (an incident), and fresh copies
 * of the sample under new codes.
 */
import { versionFixture } from '@jingzhun/engine/testing';
import type { ServiceStandard } from '@jingzhun/standards';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import type { HttpHarness } from './http-harness';

export const MESSAGE_CODE = 'BJ-TEST-MESSAGE';
export const INCIDENT_CODE = 'BJ-TEST-INCIDENT';

const MESSAGE_CATCH = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="await" />
    <bpmn:intermediateCatchEvent id="await" name="等待审核结果">
      <bpmn:messageEventDefinition id="await_def" messageRef="Msg_review" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="await" targetRef="note" />
    <bpmn:userTask id="note" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f3" sourceRef="note" targetRef="end" />
    <bpmn:endEvent id="end" />`;

// Only conditional flows and no default: a tier the standard did not foresee leaves no way on.
const NO_WAY_ON = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="assess" />
    <bpmn:userTask id="assess" std:role="worker" std:form="assess" />
    <bpmn:sequenceFlow id="f2" sourceRef="assess" targetRef="route" />
    <bpmn:exclusiveGateway id="route" />
    <bpmn:sequenceFlow id="f3" sourceRef="route" targetRef="high"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "high"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="route" targetRef="key"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">tier = "key"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:endEvent id="high" /><bpmn:endEvent id="key" />`;

/** Publishes and deploys (to every district) the message and incident standards. */
export async function deployFixtures(h: HttpHarness): Promise<void> {
  const runtime = h.app.services.runtime;
  await runtime.registerVersion(versionFixture(MESSAGE_CATCH, { code: MESSAGE_CODE, definitions: '<bpmn:message id="Msg_review" name="review-done" />' }));
  await runtime.registerVersion(versionFixture(NO_WAY_ON, { code: INCIDENT_CODE }));
  for (const code of [MESSAGE_CODE, INCIDENT_CODE]) await runtime.deploy({ code, version: 1, districts: 'all', actor: 'test' });
}

/** The valid sample standard under another code. */
export function sampleAs(code: string): ServiceStandard {
  const standard = sampleStandard();
  return { ...standard, code, process: standard.process.replaceAll(SAMPLE_CODE, code) };
}
