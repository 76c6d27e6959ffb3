import type { Parameter } from '@jingzhun/standards';
import { compileUnvalidated } from '../bpmn/process-model';
import { DueDateInvalidError, DueDateOutOfRangeError } from '../errors';
import { versionFixture } from '../testing';
import { CaseCommands, MAX_STEPS } from './case-commands';
import type { CaseRecord } from './case-record';
import { EMPTY_POSITION, runCase } from './case-run';
import { addInUnit, addIsoDuration, taskDueAt, timerDueAt } from './due-dates';
import { EventBatch } from './event-log';

const now = new Date('2024-03-04T01:00:00.000Z');
const days: Parameter = { id: 'wait', title: { zh: '等待', en: 'Wait' }, kind: 'duration', unit: 'working_days', default: 5, min: 1, max: 10, tighter: 'lower' };

/** A case waiting at a task whose SLA is `sla`, or at a timer of `duration`: what validation now refuses. */
const TASK = (sla: string) => `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
    <bpmn:userTask id="task" std:role="worker" std:form="note" std:sla="${sla}" />
    <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
    <bpmn:endEvent id="end" />`;
const TIMER = (duration: string) => `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition id="wait_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
    <bpmn:endEvent id="end" />`;

describe('due dates never leave as an Invalid Date', () => {
  it('computes the due times of the shipped kinds of SLA and timer as before', () => {
    expect(addIsoDuration(new Date('2024-01-31T02:00:00Z'), 'P1M').toISOString()).toBe('2024-02-29T02:00:00.000Z');
    expect(addIsoDuration(now, 'P10Y').getUTCFullYear()).toBe(2034);
    expect(taskDueAt({ sla: 'PT24H' }, now, {}, [])?.toISOString()).toBe('2024-03-05T01:00:00.000Z');
    expect(taskDueAt({ slaParameter: 'wait' }, now, { wait: 3 }, [days])?.toISOString()).toBe('2024-03-07T01:00:00.000Z');
    expect(timerDueAt(now, { type: 'timeCycle', value: 'R3/PT1H' }, {}, []).toISOString()).toBe('2024-03-04T02:00:00.000Z');
  });

  it.each([
    ['a duration of 99,999 years', () => addIsoDuration(now, 'P99999Y')],
    ['an SLA of 9,999,999 years', () => taskDueAt({ sla: 'P9999999Y' }, now, {}, [])],
    ['a billion working days', () => addInUnit(now, 1e9, 'working_days')],
    ['hours beyond any calendar', () => addInUnit(now, 1e15, 'hours')],
    ['a timer date in year 1', () => timerDueAt(now, { type: 'timeDate', value: '0001-01-01T00:00:00Z' }, {}, [])],
    ['a parameter that is not a number', () => taskDueAt({ slaParameter: 'wait' }, now, { wait: Number.NaN }, [days])],
  ])('refuses %s with a coded error', (_what, compute) => {
    expect(compute).toThrow(DueDateOutOfRangeError);
    expect(compute).toThrow(expect.objectContaining({ code: 'DUE_DATE_OUT_OF_RANGE' }) as Error);
  });

  it('refuses what cannot be read with its own coded error', () => {
    expect(() => addIsoDuration(now, 'P1.5D')).toThrow(DueDateInvalidError);
    expect(() => timerDueAt(now, { type: 'timeDate', value: 'next monday' }, {}, [])).toThrow(expect.objectContaining({ code: 'DUE_DATE_INVALID' }) as Error);
  });
});

describe('a due time out of range fails the run as an incident, not the request', () => {
  it('a timer: the run fails with the cause DUE_DATE_OUT_OF_RANGE on the timer', async () => {
    const version = versionFixture(TIMER('P99999Y'));
    const outcome = runCase({
      caseId: 'case-1',
      model: await compileUnvalidated(version.standard),
      parameterDefinitions: [],
      state: null,
      position: EMPTY_POSITION,
      variables: {},
      parameters: {},
      now,
      action: { kind: 'start' },
      maxSteps: MAX_STEPS,
    });
    expect(outcome).toMatchObject({ status: 'failed', failure: { cause: 'DUE_DATE_OUT_OF_RANGE', elementId: 'wait' } });
  });

  it('a task’s SLA: the command plans a failed run (an incident) before it records anything', async () => {
    const version = versionFixture(TASK('P9999999Y'));
    const compiled = { version, model: await compileUnvalidated(version.standard) };
    // Planning reads nothing from the store: the commands are built without one.
    const commands = new CaseCommands({} as never, {} as never, {} as never);
    const events = new EventBatch(now, null);
    const record: CaseRecord = {
      id: 'case-1',
      caseKey: 'K-1',
      code: version.code,
      version: version.version,
      district: 'dongcheng',
      organisation: null,
      status: 'running',
      incident: false,
      revision: 0,
      state: null,
      variables: {},
      parameters: {},
      position: EMPTY_POSITION,
      parentCaseId: null,
      parentElementId: null,
      parentExecutionId: null,
      startedAt: now,
      startedBy: 'op',
      endedAt: null,
      cancelReason: null,
    };
    const plan = await commands.plan({ q: {} as never, now, actor: 'op', events, depth: 0 }, record, compiled, { kind: 'start' });
    expect(plan).toMatchObject({ kind: 'failed', failure: { cause: 'DUE_DATE_OUT_OF_RANGE', elementId: 'task' } });
    expect(events.size).toBe(0);
  });
});
