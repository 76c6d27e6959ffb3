import { compileUnvalidated, type ProcessModel } from '../bpmn/process-model';
import { LOOP_WITHOUT_WAIT, versionFixture } from '../testing';
import { EMPTY_POSITION, MAX_ENTRIES_PER_ELEMENT, runCase, type RunInput } from './case-run';
import { MAX_STEPS } from './case-commands';

/** A reminder on the visit that is due again the moment it fires. */
const ZERO_CYCLE = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visit" />
    <bpmn:userTask id="visit" std:role="worker" std:form="note" />
    <bpmn:boundaryEvent id="nag" attachedToRef="visit" cancelActivity="false">
      <bpmn:timerEventDefinition id="nag_def"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/PT0S</bpmn:timeCycle></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="nag" targetRef="nagged" />
    <bpmn:endEvent id="nagged" />
    <bpmn:sequenceFlow id="f2" sourceRef="visit" targetRef="end" />
    <bpmn:endEvent id="end" />`;

function input(model: ProcessModel): RunInput {
  return {
    caseId: 'case-1',
    model,
    parameterDefinitions: [],
    state: null,
    position: EMPTY_POSITION,
    variables: {},
    parameters: {},
    now: new Date('2024-03-04T01:00:00.000Z'),
    action: { kind: 'start' },
    maxSteps: MAX_STEPS,
  };
}

describe('a command’s run is bounded', () => {
  // Validation refuses such a cycle; the runtime's own bound holds for a version published before it did.
  it('a timer cycle of period zero stops as a runaway instead of spinning', async () => {
    const model = await compileUnvalidated(versionFixture(ZERO_CYCLE).standard);
    const outcome = runCase(input(model));
    expect(outcome).toMatchObject({ status: 'failed', failure: { cause: 'RUNAWAY' } });
    expect(outcome.transitions.filter((t) => t.kind === 'entered' && t.elementId === 'nag')).toHaveLength(MAX_ENTRIES_PER_ELEMENT);
  });

  it('a loop without a wait stops once an element has been entered five times, long before the step limit', async () => {
    const model = await compileUnvalidated(versionFixture(LOOP_WITHOUT_WAIT).standard);
    const outcome = runCase({ ...input(model), variables: { retry: true } });
    expect(outcome).toMatchObject({ status: 'failed', failure: { cause: 'RUNAWAY', elementId: 'check' } });
    expect(outcome.transitions.filter((t) => t.kind === 'entered' && t.elementId === 'check')).toHaveLength(MAX_ENTRIES_PER_ELEMENT);
    expect(outcome.status === 'failed' && outcome.failure.message).toContain(`entered ${MAX_ENTRIES_PER_ELEMENT} times in one command`);
  });
});
