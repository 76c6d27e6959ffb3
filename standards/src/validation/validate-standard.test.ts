import { hasErrors, type Problem } from '../problem';
import type { ServiceStandard } from '../schema/service-standard';
import { sampleStandard, sampleWithProcess } from '../testing/sample-standard';
import { validateStandard } from './validate-standard';

const codes = (problems: Problem[]) => problems.map((p) => p.code);

function edit(change: (s: ServiceStandard) => void): ServiceStandard {
  const standard = sampleStandard();
  change(standard);
  return standard;
}

/** The sample with its process edited by (search, replacement) pairs; each must apply. */
const swap = (...pairs: Array<string | RegExp>) =>
  sampleWithProcess((xml) => {
    for (let i = 0; i < pairs.length; i += 2) {
      const next = xml.replace(pairs[i]!, pairs[i + 1] as string);
      if (next === xml) throw new Error(`fixture edit did not apply: ${String(pairs[i])}`);
      xml = next;
    }
    return xml;
  });

/** The sample whose follow-up timer repeats three times, every `followupDays` hours, the least being `min`. */
function hourlyCycle(min: number): ServiceStandard {
  const standard = swap('<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration>', '<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R3/P30D</bpmn:timeCycle>');
  Object.assign(standard.parameters[1]!, { unit: 'hours', default: 24, min, max: 48 });
  return standard;
}

describe('validateStandard', () => {
  it('given the sample standard, when validated, then there is no problem at all', async () => {
    expect(await validateStandard(sampleStandard())).toEqual([]);
  });

  it('given something that is not a standard, when validated, then it says so without throwing', async () => {
    for (const doc of [null, 42, 'text', [], {}]) {
      const problems = await validateStandard(doc);
      expect(hasErrors(problems)).toBe(true);
      expect(codes(problems)).toContain('SCHEMA');
    }
  });

  it('returns every problem at once, each with a code, both languages and a location', async () => {
    const standard = sampleWithProcess((xml) => xml.replace('std:role="caseworker" std:form="intake"', 'std:form="intake"').replace('language="feel"', 'language="javascript"'));
    standard.parameters[0]!.default = 99;
    delete (standard as Partial<ServiceStandard>).methods;
    const problems = await validateStandard(standard);
    expect(codes(problems)).toEqual(expect.arrayContaining(['SCHEMA', 'PARAMETER_RANGE', 'USER_TASK_NO_ROLE', 'CONDITION_NOT_FEEL']));
    for (const p of problems) {
      expect(p.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(p.message.zh).toBeTruthy();
      expect(p.message.en).toBeTruthy();
      expect(p.pointer !== undefined || p.elementId !== undefined).toBe(true);
    }
  });

  // Each rule, broken once: the sample (above) passes every one of them.
  const broken: Array<[string, () => ServiceStandard, string, { elementId?: string; pointer?: string }]> = [
    ['a script task', () => swap(/<bpmn:userTask id="Task_plan"([^>]*)>([\s\S]*?)<\/bpmn:userTask>/, '<bpmn:scriptTask id="Task_plan" name="计划" scriptFormat="javascript"><bpmn:incoming>Flow_high</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing><bpmn:script>next()</bpmn:script></bpmn:scriptTask>'), 'SCRIPT_TASK_FORBIDDEN', { elementId: 'Task_plan' }],
    ['a JavaScript condition', () => swap('language="feel"', 'language="javascript"'), 'CONDITION_NOT_FEEL', { elementId: 'Flow_high' }],
    ['a condition that is not FEEL', () => swap('risk = "high"', '${risk == "high"}'), 'CONDITION_FEEL_INVALID', { elementId: 'Flow_high' }],
    ['an empty condition', () => swap('risk = "high"', '  '), 'CONDITION_EMPTY', { elementId: 'Flow_high' }],
    ['a gateway flow with no condition and no default', () => swap(' default="Flow_low"', ''), 'GATEWAY_FLOW_NO_CONDITION', { elementId: 'Flow_low' }],
    ['a default flow with a condition', () => swap('targetRef="Task_notify" />', 'targetRef="Task_notify"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">risk = "general"</bpmn:conditionExpression></bpmn:sequenceFlow>'), 'DEFAULT_FLOW_HAS_CONDITION', { elementId: 'Flow_low' }],
    ['a timer with no definition', () => swap(/<bpmn:timerEventDefinition[\s\S]*?<\/bpmn:timerEventDefinition>/, '<bpmn:timerEventDefinition id="Timer_wait" />'), 'TIMER_NO_DEFINITION', { elementId: 'Event_wait' }],
    ['a timer with a bad duration', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D/, '><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">30 days'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer with a bad date', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D<\/bpmn:timeDuration>/, '><bpmn:timeDate xsi:type="bpmn:tFormalExpression">next monday</bpmn:timeDate>'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer with a bad cycle', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D<\/bpmn:timeDuration>/, '><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">0 0 9 * * ?</bpmn:timeCycle>'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer on a missing parameter', () => swap('std:durationParameter="followupDays"', 'std:durationParameter="nope"'), 'TIMER_PARAMETER_UNKNOWN', { elementId: 'Event_wait' }],
    ['a timer on a parameter that is not a duration', () => swap('std:durationParameter="followupDays"', 'std:durationParameter="visitsPerMonth"'), 'TIMER_PARAMETER_NOT_DURATION', { elementId: 'Event_wait' }],
    ['a user task without a role', () => swap('std:role="caseworker" std:form="intake"', 'std:form="intake"'), 'USER_TASK_NO_ROLE', { elementId: 'Task_intake' }],
    ['a user task with an unknown role', () => swap('std:role="supervisor"', 'std:role="director"'), 'USER_TASK_ROLE_UNKNOWN', { elementId: 'Task_plan' }],
    ['a user task without a form', () => swap(' std:form="plan"', ''), 'USER_TASK_NO_FORM', { elementId: 'Task_plan' }],
    ['a user task with an unknown form', () => swap('std:form="plan"', 'std:form="nope"'), 'USER_TASK_FORM_UNKNOWN', { elementId: 'Task_plan' }],
    ['a user task delivering an unknown content', () => swap('std:contents="c-support"', 'std:contents="c-support c-nope"'), 'USER_TASK_CONTENT_UNKNOWN', { elementId: 'Task_plan' }],
    ['an SLA that does not parse', () => swap('std:sla="5"', 'std:sla="five days"'), 'SLA_INVALID', { elementId: 'Task_intake' }],
    ['an SLA parameter that does not exist', () => swap('std:slaParameter="assessDays"', 'std:slaParameter="nope"'), 'SLA_PARAMETER_UNKNOWN', { elementId: 'Task_assess' }],
    ['an SLA parameter that is not a duration', () => swap('std:slaParameter="assessDays"', 'std:slaParameter="visitsPerMonth"'), 'SLA_PARAMETER_NOT_DURATION', { elementId: 'Task_assess' }],
    ['an SLA and an SLA parameter at once', () => swap('std:slaParameter="assessDays"', 'std:slaParameter="assessDays" std:sla="3"'), 'SLA_CONFLICT', { elementId: 'Task_assess' }],
    ['a misspelt std: attribute', () => swap('std:role="supervisor"', 'std:role="supervisor" std:rol="x"'), 'STD_ATTRIBUTE_UNKNOWN', { elementId: 'Task_plan' }],
    ['a service task without a service', () => swap(' std:service="notify"', ''), 'SERVICE_TASK_NO_SERVICE', { elementId: 'Task_notify' }],
    ['a service task with an unknown service', () => swap('std:service="notify"', 'std:service="send-email"'), 'SERVICE_TASK_UNKNOWN_SERVICE', { elementId: 'Task_notify' }],
    ['a call activity without a target', () => swap(/<bpmn:serviceTask id="Task_notify"[^>]*>/, '<bpmn:callActivity id="Task_notify" name="转介">', '</bpmn:serviceTask>', '</bpmn:callActivity>'), 'CALL_ACTIVITY_NO_TARGET', { elementId: 'Task_notify' }],
    ['a call activity whose target is not a standard code', () => swap(/<bpmn:serviceTask id="Task_notify"[^>]*>/, '<bpmn:callActivity id="Task_notify" name="转介" calledElement="some_process">', '</bpmn:serviceTask>', '</bpmn:callActivity>'), 'CALL_ACTIVITY_TARGET_INVALID', { elementId: 'Task_notify' }],
    ['a complex gateway', () => swap(/<bpmn:exclusiveGateway([^>]*)>([\s\S]*?)<\/bpmn:exclusiveGateway>/, '<bpmn:complexGateway$1>$2</bpmn:complexGateway>'), 'ELEMENT_NOT_SUPPORTED', { elementId: 'Gateway_risk' }],
    ['a transaction', () => swap(/<bpmn:serviceTask id="Task_notify"[^>]*>/, '<bpmn:transaction id="Task_notify" name="事务">', '</bpmn:serviceTask>', '</bpmn:transaction>'), 'ELEMENT_NOT_SUPPORTED', { elementId: 'Task_notify' }],
    ['an ad-hoc sub-process', () => swap(/<bpmn:serviceTask id="Task_notify"[^>]*>/, '<bpmn:adHocSubProcess id="Task_notify" name="自由">', '</bpmn:serviceTask>', '</bpmn:adHocSubProcess>'), 'ELEMENT_NOT_SUPPORTED', { elementId: 'Task_notify' }],
    ['a multi-instance task', () => swap(/(<bpmn:userTask id="Task_plan"[^>]*>)/, '$1<bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>'), 'ELEMENT_NOT_SUPPORTED', { elementId: 'Task_plan' }],
    ['a looping task', () => swap(/(<bpmn:userTask id="Task_plan"[^>]*>)/, '$1<bpmn:standardLoopCharacteristics />'), 'ELEMENT_NOT_SUPPORTED', { elementId: 'Task_plan' }],
    ['a conditional event', () => swap(/<bpmn:timerEventDefinition[\s\S]*?<\/bpmn:timerEventDefinition>/, '<bpmn:conditionalEventDefinition id="Cond_1"><bpmn:condition xsi:type="bpmn:tFormalExpression">a &gt; 1</bpmn:condition></bpmn:conditionalEventDefinition>'), 'ELEMENT_NOT_SUPPORTED', { elementId: 'Event_wait' }],
    ['a std:code that differs from the code', () => swap('std:code="BJ-SW-SAMPLE"', 'std:code="BJ-SW-OTHER"'), 'PROCESS_CODE_MISMATCH', { elementId: 'Process_sample' }],
    ['no std:code', () => swap(' std:code="BJ-SW-SAMPLE"', ''), 'PROCESS_NO_CODE', { elementId: 'Process_sample' }],
    ['a process not marked executable', () => swap('isExecutable="true"', 'isExecutable="false"'), 'PROCESS_NOT_EXECUTABLE', { elementId: 'Process_sample' }],
    ['two executable processes', () => swap('</bpmn:process>', '</bpmn:process><bpmn:process id="Process_2" isExecutable="true"><bpmn:startEvent id="S2" name="s" /></bpmn:process>'), 'PROCESS_MULTIPLE', { elementId: 'Process_2' }],
    ['a loop with no way out', () => swap('<bpmn:sequenceFlow id="Flow_6" sourceRef="Task_followup" targetRef="End_closed" />', '<bpmn:sequenceFlow id="Flow_6" sourceRef="Task_followup" targetRef="Task_plan" />', '<bpmn:incoming>Flow_6</bpmn:incoming>', ''), 'ELEMENT_CANNOT_REACH_END', { elementId: 'Task_followup' }],
    ['no start event', () => swap(/<bpmn:startEvent[\s\S]*?<\/bpmn:startEvent>/, '', '<bpmn:sequenceFlow id="Flow_1" sourceRef="Start_case" targetRef="Task_intake" />', ''), 'LINT_START_EVENT_REQUIRED', { elementId: 'Process_sample' }],
    ['an element going nowhere', () => swap('<bpmn:outgoing>Flow_7</bpmn:outgoing>', '', '<bpmn:sequenceFlow id="Flow_7" sourceRef="Task_notify" targetRef="End_referred" />', ''), 'LINT_NO_IMPLICIT_END', { elementId: 'Task_notify' }],
    ['a reference to a missing element', () => swap('targetRef="End_referred"', 'targetRef="End_gone"'), 'BPMN_UNRESOLVED_REFERENCE', { elementId: 'Flow_7' }],
    ['a form that is not a JSON Schema', () => edit((s) => (s.forms['plan'] = { type: 'not-a-type' })), 'SCHEMA_INVALID', { pointer: '/forms/plan/type' }],
    ['an eligibility schema that is not a JSON Schema', () => edit((s) => (s.population.eligibility = { required: 'name' })), 'SCHEMA_INVALID', { pointer: '/population/eligibility/required' }],
    ['two contents with one id', () => edit((s) => s.contents.push({ ...s.contents[0]! })), 'DUPLICATE_ID', { pointer: '/contents/3/id' }],
    ['a default outside the range', () => edit((s) => (s.parameters[0]!.default = 20)), 'PARAMETER_RANGE', { pointer: '/parameters/0/default' }],
    ['a min above the max', () => edit((s) => Object.assign(s.parameters[0]!, { min: 20, max: 5 })), 'PARAMETER_RANGE', { pointer: '/parameters/0/min' }],
    ['a duration without a unit', () => edit((s) => delete s.parameters[0]!.unit), 'PARAMETER_UNIT_MISSING', { pointer: '/parameters/0/unit' }],
    ['a count that is not whole', () => edit((s) => (s.parameters[2]!.default = 1.5)), 'PARAMETER_NOT_INTEGER', { pointer: '/parameters/2/default' }],
    ['an indicator on a missing element', () => edit((s) => Object.assign(s.indicators[0]!, { to: { element: 'Task_gone', edge: 'end' } })), 'INDICATOR_ELEMENT_UNKNOWN', { pointer: '/indicators/0/to/element' }],
    ['an indicator on a missing parameter', () => edit((s) => Object.assign(s.indicators[0]!, { limit: { parameter: 'nope' } })), 'INDICATOR_PARAMETER_UNKNOWN', { pointer: '/indicators/0/limit/parameter' }],
    ['an indicator on a missing form', () => edit((s) => Object.assign(s.indicators[1]!, { form: 'nope' })), 'INDICATOR_FORM_UNKNOWN', { pointer: '/indicators/1/form' }],
    ['an indicator on a missing field', () => edit((s) => Object.assign(s.indicators[1]!, { field: '/happiness' })), 'INDICATOR_FIELD_UNKNOWN', { pointer: '/indicators/1/field' }],
    ['an indicator condition that is not FEEL', () => edit((s) => Object.assign(s.indicators[1]!, { condition: 'value >=' })), 'INDICATOR_CONDITION_INVALID', { pointer: '/indicators/1/condition' }],
    ['a share without a condition', () => edit((s) => delete (s.indicators[1] as { condition?: string }).condition), 'INDICATOR_CONDITION_MISSING', { pointer: '/indicators/1/condition' }],
    ['a recurrence measuring nothing', () => edit((s) => s.indicators.push({ id: 'contact', kind: 'recurrence', title: { zh: '联系', en: 'Contact' }, everyDays: 30, span: { from: 'Task_plan', to: 'Task_followup' }, target: 90, comparator: '>=' })), 'INDICATOR_MEASURE_MISSING', { pointer: '/indicators/2/activity' }],
    ['a count of an element and of records at once', () => edit((s) => s.indicators.push({ id: 'visits', kind: 'count', title: { zh: '探访', en: 'Visits' }, element: 'Task_plan', records: { kinds: ['home_visit'] }, period: 'month', target: 2, comparator: '>=' })), 'INDICATOR_MEASURE_CONFLICT', { pointer: '/indicators/2/records' }],
    ['records of an unknown kind', () => edit((s) => s.indicators.push({ id: 'visits', kind: 'count', title: { zh: '探访', en: 'Visits' }, records: { kinds: ['letter' as 'phone'] }, period: 'month', target: 2, comparator: '>=' })), 'SCHEMA', { pointer: '/indicators/2/records/kinds/0' }],
    ['a least number of records that is not a number', () => swap('std:form="plan"', 'std:form="plan" std:minRecords="two"'), 'MIN_RECORDS_INVALID', { elementId: 'Task_plan' }],
    ['a least number of records of zero', () => swap('std:form="plan"', 'std:form="plan" std:minRecords="0"'), 'MIN_RECORDS_INVALID', { elementId: 'Task_plan' }],
    ['a least number of records over 50', () => swap('std:form="plan"', 'std:form="plan" std:minRecords="51"'), 'MIN_RECORDS_INVALID', { elementId: 'Task_plan' }],
    ['record kinds without a least number', () => swap('std:form="plan"', 'std:form="plan" std:minRecordKinds="home_visit"'), 'MIN_RECORDS_INVALID', { elementId: 'Task_plan' }],
    ['a least number of records of an unknown kind', () => swap('std:form="plan"', 'std:form="plan" std:minRecords="2" std:minRecordKinds="home_visit letter"'), 'MIN_RECORDS_KIND_UNKNOWN', { elementId: 'Task_plan' }],
    ['a percentage target above 100', () => edit((s) => (s.indicators[0]!.target = 120)), 'INDICATOR_TARGET_RANGE', { pointer: '/indicators/0/target' }],
    ['process XML with a DOCTYPE', () => swap('<bpmn:definitions', '<!DOCTYPE x [<!ENTITY a "b">]><bpmn:definitions'), 'XML_DOCTYPE_REFUSED', { pointer: '/process' }],
    ['process XML that is not well-formed', () => swap('</bpmn:process>', ''), 'XML_NOT_WELL_FORMED', { pointer: '/process' }],
    // What the engine refused at deployment while validation let it pass: now one set of rules.
    ['a service task with an expression as implementation', () => swap('std:service="notify"', 'std:service="notify" implementation="${environment.services.x}"'), 'SERVICE_TASK_IMPLEMENTATION', { elementId: 'Task_notify' }],
    ['a service task with another modeler’s class', () => swap('std:service="notify"', 'std:service="notify" camunda:class="org.example.Mail"', 'xmlns:std=', 'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:std='), 'SERVICE_TASK_IMPLEMENTATION', { elementId: 'Task_notify' }],
    ['a manual task', () => swap(/<bpmn:userTask id="Task_plan"[^>]*>/, '<bpmn:manualTask id="Task_plan" name="计划">', /(<bpmn:outgoing>Flow_4<\/bpmn:outgoing>\s*)<\/bpmn:userTask>/, '$1</bpmn:manualTask>'), 'ELEMENT_NOT_SUPPORTED', { elementId: 'Task_plan' }],
    ['a data store', () => swap('</bpmn:process>', '<bpmn:dataStoreReference id="Store_1" name="档案库" /></bpmn:process>'), 'ELEMENT_NOT_SUPPORTED', { elementId: 'Store_1' }],
    ['a link event', () => swap(/<bpmn:timerEventDefinition[\s\S]*?<\/bpmn:timerEventDefinition>/, '<bpmn:linkEventDefinition id="Link_1" name="a" />'), 'ELEMENT_NOT_SUPPORTED', { elementId: 'Event_wait' }],
    ['a second start event', () => swap('</bpmn:process>', '<bpmn:startEvent id="Start_2" name="另一入口"><bpmn:outgoing>Flow_s2</bpmn:outgoing></bpmn:startEvent><bpmn:sequenceFlow id="Flow_s2" sourceRef="Start_2" targetRef="Task_intake" /></bpmn:process>'), 'PROCESS_START_MULTIPLE', { elementId: 'Start_2' }],
    ['an empty pool marked executable', () => swap('</bpmn:process>', '</bpmn:process><bpmn:process id="Process_empty" isExecutable="true" />'), 'PROCESS_MULTIPLE', { elementId: 'Process_empty' }],
    ['a call activity referring to its own standard', () => swap(/<bpmn:serviceTask id="Task_notify"[^>]*>/, '<bpmn:callActivity id="Task_notify" name="转介" calledElement="BJ-SW-SAMPLE">', '</bpmn:serviceTask>', '</bpmn:callActivity>'), 'CALL_ACTIVITY_SELF', { elementId: 'Task_notify' }],
    ['a message catch event without a message', () => swap(/<bpmn:timerEventDefinition[\s\S]*?<\/bpmn:timerEventDefinition>/, '<bpmn:messageEventDefinition id="Msg_1" />'), 'MESSAGE_EVENT_NO_MESSAGE', { elementId: 'Event_wait' }],
    ['a receive task without a message', () => swap(/<bpmn:serviceTask id="Task_notify"[^>]*>/, '<bpmn:receiveTask id="Task_notify" name="等待回复">', '</bpmn:serviceTask>', '</bpmn:receiveTask>'), 'RECEIVE_TASK_NO_MESSAGE', { elementId: 'Task_notify' }],
    ['a condition without a language', () => swap(' language="feel"', ''), 'CONDITION_LANGUAGE_MISSING', { elementId: 'Flow_high' }],
    ['a condition in FEEL by the OMG’s URI', () => swap('language="feel"', 'language="http://www.omg.org/spec/FEEL/20140401"'), 'CONDITION_LANGUAGE_SPELLING', { elementId: 'Flow_high' }],
    ['a timer with an expression', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D/, '><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${wait}'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer with a duration and a cycle', () => swap('P30D</bpmn:timeDuration>', 'P30D</bpmn:timeDuration><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R2/P1D</bpmn:timeCycle>'), 'TIMER_AMBIGUOUS', { elementId: 'Event_wait' }],
    // Times out of range: they passed validation, then every case start or task completion failed.
    ['a timer of 99,999 years', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D/, '><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P99999Y'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer of no time', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D/, '><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT0S'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer date without a time zone', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D<\/bpmn:timeDuration>/, '><bpmn:timeDate xsi:type="bpmn:tFormalExpression">2025-06-01T09:00:00</bpmn:timeDate>'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer date in the year 9999', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D<\/bpmn:timeDuration>/, '><bpmn:timeDate xsi:type="bpmn:tFormalExpression">9999-12-31T09:00:00+08:00</bpmn:timeDate>'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer cycle of period zero', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D<\/bpmn:timeDuration>/, '><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R5/PT0S</bpmn:timeCycle>'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer cycle every minute', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D<\/bpmn:timeDuration>/, '><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R10/PT1M</bpmn:timeCycle>'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer cycle without a count', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D<\/bpmn:timeDuration>/, '><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/P1D</bpmn:timeCycle>'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer cycle that repeats zero times', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D<\/bpmn:timeDuration>/, '><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R0/P1D</bpmn:timeCycle>'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer cycle with a start date', () => swap(/std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D<\/bpmn:timeDuration>/, '><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R3/2025-01-01T09:00:00+08:00/P1W</bpmn:timeCycle>'), 'TIMER_INVALID', { elementId: 'Event_wait' }],
    ['a timer parameter that may be zero', () => edit((s) => (s.parameters[1]!.min = 0)), 'TIMER_PARAMETER_RANGE', { elementId: 'Event_wait' }],
    ['a repeating timer whose parameter may be half an hour', () => hourlyCycle(0.5), 'TIMER_PARAMETER_RANGE', { elementId: 'Event_wait' }],
    ['a timer parameter of up to 20 years', () => edit((s) => Object.assign(s.parameters[1]!, { max: 7300, default: 30 })), 'TIMER_PARAMETER_RANGE', { elementId: 'Event_wait' }],
    ['an SLA of 9,999,999 years', () => swap('std:sla="P3D"', 'std:sla="P9999999Y"'), 'SLA_RANGE', { elementId: 'Task_plan' }],
    ['an SLA of no working days', () => swap('std:sla="5"', 'std:sla="0"'), 'SLA_RANGE', { elementId: 'Task_intake' }],
    ['an SLA of 9,999 working days', () => swap('std:sla="5"', 'std:sla="9999"'), 'SLA_RANGE', { elementId: 'Task_intake' }],
    ['an SLA parameter of up to 1,000 working days', () => edit((s) => (s.parameters[0]!.max = 1000)), 'SLA_PARAMETER_RANGE', { elementId: 'Task_assess' }],
  ];

  it.each(broken)('given %s, when validated, then it is an error with a stable code and a location', async (_what, make, code, at) => {
    const problems = await validateStandard(make());
    const found = problems.filter((p) => p.code === code);
    expect(found).not.toHaveLength(0);
    expect(found.some((p) => p.severity === 'error')).toBe(true);
    expect(found).toContainEqual(expect.objectContaining(at));
  });

  it('accepts times at their bounds: an hourly cycle, ten years of waiting, a year of SLA', async () => {
    expect(await validateStandard(hourlyCycle(1))).toEqual([]);
    const longest = swap(
      /std:durationParameter="followupDays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D/,
      '><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P10Y',
      'std:sla="P3D"',
      'std:sla="P1Y"',
      'std:sla="5"',
      'std:sla="250"',
    );
    expect(await validateStandard(longest)).toEqual([]);
  });

  it('accepts service records: a step that needs two of them, a count and a rhythm of contacts over them', async () => {
    const standard = swap('std:form="plan"', 'std:form="plan" std:minRecords="2" std:minRecordKinds="home_visit phone"');
    standard.indicators.push(
      { id: 'contact', kind: 'recurrence', title: { zh: '每月联系', en: 'Monthly contact' }, records: { kinds: ['home_visit', 'phone'] }, everyDays: 30, span: { from: 'Task_plan', to: 'Task_followup' }, target: 90, comparator: '>=' },
      { id: 'visits', kind: 'count', title: { zh: '每月探访', en: 'Visits a month' }, records: { kinds: ['home_visit'] }, period: 'month', target: 2, comparator: '>=' },
    );
    expect(await validateStandard(standard)).toEqual([]);
  });

  it('warns about forms no task uses and contents no task delivers, without failing the standard', async () => {
    const standard = edit((s) => {
      s.forms['spare'] = { type: 'object' };
      s.contents.push({ id: 'c-extra', title: { zh: '其他', en: 'Other' } });
    });
    const problems = await validateStandard(standard);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'FORM_UNUSED', severity: 'warning', pointer: '/forms/spare' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'CONTENT_NOT_DELIVERED', severity: 'warning', pointer: '/contents/3' }));
    expect(hasErrors(problems)).toBe(false);
  });
});
