import { hasErrors, validateStandard, type ServiceStandard } from '@jingzhun/standards';
import { sampleStandard } from '@jingzhun/standards/testing';
import { StandardNotRunnableError } from '../errors';
import { versionFixture, type FixtureOptions } from '../testing';
import { compileProcess } from './process-model';

const fixture = (body: string, options?: FixtureOptions): ServiceStandard => versionFixture(body, options).standard;

/** start → `middle` (elements between `a` and `b`) → end. */
const around = (middle: string) => `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="a" />
    ${middle}
    <bpmn:sequenceFlow id="f9" sourceRef="b" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const task = (attrs = '') => around(`<bpmn:userTask id="a" std:role="worker" std:form="note"${attrs} /><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" /><bpmn:task id="b" />`);
const service = (attrs: string) => around(`<bpmn:serviceTask id="a" std:service="notify" ${attrs} /><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" /><bpmn:task id="b" />`);
const timer = (definition: string, attrs = '') =>
  around(`<bpmn:intermediateCatchEvent id="a"><bpmn:timerEventDefinition id="a_def"${attrs}>${definition}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" /><bpmn:task id="b" />`);
const duration = (value: string) => `<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${value}</bpmn:timeDuration>`;
const cycle = (value: string) => `<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">${value}</bpmn:timeCycle>`;
const date = (value: string) => `<bpmn:timeDate xsi:type="bpmn:tFormalExpression">${value}</bpmn:timeDate>`;
/** A visit with a non-interrupting reminder on it. */
const reminder = (value: string) => `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visit" />
    <bpmn:userTask id="visit" std:role="worker" std:form="note" />
    <bpmn:boundaryEvent id="nag" attachedToRef="visit" cancelActivity="false">
      <bpmn:timerEventDefinition id="nag_def">${cycle(value)}</bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="nag" targetRef="nagged" />
    <bpmn:endEvent id="nagged" />
    <bpmn:sequenceFlow id="f2" sourceRef="visit" targetRef="end" />
    <bpmn:endEvent id="end" />`;
const gate = (condition: string) => `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gate" />
    <bpmn:exclusiveGateway id="gate" default="f3" />
    <bpmn:sequenceFlow id="f2" sourceRef="gate" targetRef="old">${condition}</bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f3" sourceRef="gate" targetRef="young" />
    <bpmn:endEvent id="old" /><bpmn:endEvent id="young" />`;
const message = (waiting: string) => around(`${waiting}<bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" /><bpmn:task id="b" />`);
const MESSAGE = { definitions: '<bpmn:message id="M1" name="review-done" />' };

function withForm(schema: Record<string, unknown>): ServiceStandard {
  const standard = fixture(task());
  standard.forms['note'] = schema;
  return standard;
}

/** Documents validation refuses (each once accepted by one of the two, or both) and documents both accept. */
const refused: Array<[string, string, () => ServiceStandard]> = [
  ['a service task whose implementation is an expression', 'SERVICE_TASK_IMPLEMENTATION', () => fixture(service('implementation="${environment.services.x}"'))],
  ['a timer of 99,999 years', 'TIMER_INVALID', () => fixture(timer(duration('P99999Y')))],
  ['an SLA of 9,999,999 years', 'SLA_RANGE', () => fixture(task(' std:sla="P9999999Y"'))],
  ['a reminder repeating every zero seconds without end (R/PT0S)', 'TIMER_INVALID', () => fixture(reminder('R/PT0S'))],
  ['a reminder every minute', 'TIMER_INVALID', () => fixture(reminder('R10/PT1M'))],
  ['a reminder repeating zero times', 'TIMER_INVALID', () => fixture(reminder('R0/P1D'))],
  ['a manual task', 'ELEMENT_NOT_SUPPORTED', () => fixture(around('<bpmn:manualTask id="a" /><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" /><bpmn:task id="b" />'))],
  ['a script task', 'SCRIPT_TASK_FORBIDDEN', () => fixture(around('<bpmn:scriptTask id="a" scriptFormat="javascript"><bpmn:script>next()</bpmn:script></bpmn:scriptTask><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" /><bpmn:task id="b" />'))],
  ['a data store', 'ELEMENT_NOT_SUPPORTED', () => fixture(task().replace('<bpmn:endEvent id="end" />', '<bpmn:endEvent id="end" /><bpmn:dataStoreReference id="store" />'))],
  ['a link event', 'ELEMENT_NOT_SUPPORTED', () => fixture(around('<bpmn:intermediateThrowEvent id="a"><bpmn:linkEventDefinition id="l" name="x" /></bpmn:intermediateThrowEvent><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" /><bpmn:task id="b" />'))],
  ['two start events', 'PROCESS_START_MULTIPLE', () => fixture(`${task()}<bpmn:startEvent id="start2" /><bpmn:sequenceFlow id="f8" sourceRef="start2" targetRef="a" />`)],
  ['a second, empty executable process', 'PROCESS_MULTIPLE', () => fixture(task(), { definitions: '<bpmn:process id="other" isExecutable="true" />' })],
  ['a timer with an expression', 'TIMER_INVALID', () => fixture(timer(duration('${wait}')))],
  ['a timer with a duration and a cycle', 'TIMER_AMBIGUOUS', () => fixture(timer(`${duration('P1D')}${cycle('R2/P1D')}`))],
  ['a timer date without a time zone', 'TIMER_INVALID', () => fixture(timer(date('2025-06-01T09:00:00')))],
  ['a timer on a parameter that may be longer than ten years', 'TIMER_PARAMETER_RANGE', () => fixture(timer(duration('P30D'), ' std:durationParameter="visitDays"'), { parameters: [{ id: 'visitDays', title: { zh: '间隔', en: 'Interval' }, kind: 'duration', unit: 'months', default: 6, min: 1, max: 240, tighter: 'lower' }] })],
  ['a message catch event without a message', 'MESSAGE_EVENT_NO_MESSAGE', () => fixture(message('<bpmn:intermediateCatchEvent id="a"><bpmn:messageEventDefinition id="m" /></bpmn:intermediateCatchEvent>'))],
  ['a receive task without a message', 'RECEIVE_TASK_NO_MESSAGE', () => fixture(message('<bpmn:receiveTask id="a" />'))],
  ['a call activity referring to its own standard', 'CALL_ACTIVITY_SELF', () => fixture(message('<bpmn:callActivity id="a" calledElement="BJ-TEST-CASE" />'))],
  ['a call activity naming no standard code', 'CALL_ACTIVITY_TARGET_INVALID', () => fixture(message('<bpmn:callActivity id="a" calledElement="some_process" />'))],
  ['a condition without a language', 'CONDITION_LANGUAGE_MISSING', () => fixture(gate('<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">age &gt;= 80</bpmn:conditionExpression>'))],
  ['a condition naming FEEL by its URI', 'CONDITION_LANGUAGE_SPELLING', () => fixture(gate('<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="http://www.omg.org/spec/FEEL/20140401">age &gt;= 80</bpmn:conditionExpression>'))],
  ['a form pattern with a backreference', 'SCHEMA_PATTERN_UNSUPPORTED', () => withForm({ type: 'object', properties: { code: { type: 'string', pattern: '^(\\d)\\1+$' } } })],
  ['a form nested 200 levels deep', 'JSON_TOO_DEEP', () => withForm(JSON.parse(`{"type":"object","properties":${'{"a":'.repeat(200)}{}${'}'.repeat(200)}}`) as Record<string, unknown>)],
];

const accepted: Array<[string, () => ServiceStandard]> = [
  ['the sample standard', () => sampleStandard()],
  ['an hourly reminder, three times', () => fixture(reminder('R3/PT1H'))],
  ['a timer of ten years', () => fixture(timer(duration('P10Y')))],
  ['a timer on a date', () => fixture(timer(date('2030-01-01T09:00:00+08:00')))],
  ['an SLA of a year', () => fixture(task(' std:sla="P1Y"'))],
  ['a message catch event and a receive task', () => fixture(message('<bpmn:intermediateCatchEvent id="a"><bpmn:messageEventDefinition id="m" messageRef="M1" /></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id="f5" sourceRef="a" targetRef="r" /><bpmn:receiveTask id="r" messageRef="M1" />').replace('sourceRef="a" targetRef="b"', 'sourceRef="r" targetRef="b"'), MESSAGE)],
  ['a referral to another standard', () => fixture(message('<bpmn:callActivity id="a" calledElement="BJ-SW-OTHER" />'))],
  ['a FEEL condition', () => fixture(gate('<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">age &gt;= 80</bpmn:conditionExpression>'))],
  ['a form pattern RE2 runs', () => withForm({ type: 'object', properties: { phone: { type: 'string', pattern: '^1[3-9]\\d{9}$' } } })],
];

describe('one set of rules: compiling a version accepts exactly what validation accepts', () => {
  it.each(refused)('%s: validation has errors (%s), and compiling refuses them, the same problems located the same way', async (_what, code, make) => {
    const standard = make();
    const errors = (await validateStandard(standard)).filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code)).toContain(code);
    const error = await compileProcess(standard).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StandardNotRunnableError);
    const details = (error as StandardNotRunnableError).details;
    expect(details).toEqual(errors.map((p) => ({ ...(p.pointer !== undefined ? { pointer: p.pointer } : {}), ...(p.elementId !== undefined ? { elementId: p.elementId } : {}), message: p.message })));
    for (const d of details) {
      expect(d.elementId ?? d.pointer).toBeDefined();
      expect(d.message.zh).toBeTruthy();
      expect(d.message.en).toBeTruthy();
    }
  });

  it.each(accepted)('%s: validation has no errors, and it compiles', async (_what, make) => {
    const standard = make();
    expect(hasErrors(await validateStandard(standard))).toBe(false);
    await expect(compileProcess(standard)).resolves.toMatchObject({ processId: expect.any(String) });
  });

  it('indexes what the runtime needs of an accepted process', async () => {
    const model = await compileProcess(fixture(message('<bpmn:intermediateCatchEvent id="a"><bpmn:messageEventDefinition id="m" messageRef="M1" /></bpmn:intermediateCatchEvent>'), MESSAGE));
    expect(model.messages.get('M1')).toBe('review-done');
    expect(model.messageWaits.get('a')).toBe('M1');
    const sample = await compileProcess(sampleStandard());
    expect(sample.userTasks.get('Task_assess')).toMatchObject({ role: 'caseworker', assignTo: 'caseworker', formId: 'assessment', slaParameter: 'assessDays' });
    expect(sample.timers.get('Event_wait')).toEqual({ durationParameter: 'followupDays' });
    expect(sample.services.get('Task_notify')).toBe('notify');
    expect(sample.elements.get('Task_plan')?.name).toEqual({ zh: '制定服务计划', en: 'Service plan' });
  });
});
