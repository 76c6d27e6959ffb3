import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import type { Runtime } from '../runtime/create-runtime';
import { bpmn, manualClock, runtimeEachTest, storeTargets, versionFixture } from '../testing';
import { ConditionFailedError, GuardedScripts, literalExpressions } from './guarded-scripts';
import type { RunHooks } from './run-hooks';
import { compileProcess } from './process-model';

const hooks: RunHooks = {
  feelContext: () => ({ age: 90 }),
  timerDue: () => new Date(),
  shouldFire: () => false,
  arm: () => undefined,
  disarm: () => undefined,
  callService: () => undefined,
};

// Each script would leave a mark on the host if it ever ran.
const SCRIPT_TASK = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="evil" />
    <bpmn:scriptTask id="evil" scriptFormat="javascript"><bpmn:script>globalThis.__jingzhunScriptRan = true; next();</bpmn:script></bpmn:scriptTask>
    <bpmn:sequenceFlow id="f2" sourceRef="evil" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const JS_CONDITION = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gate" />
    <bpmn:exclusiveGateway id="gate" default="f3" />
    <bpmn:sequenceFlow id="f2" sourceRef="gate" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">globalThis.__jingzhunScriptRan = true; next(null, true);</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f3" sourceRef="gate" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const EXPRESSION_CONDITION = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gate" />
    <bpmn:exclusiveGateway id="gate" default="f3" />
    <bpmn:sequenceFlow id="f2" sourceRef="gate" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${environment.services.builtIn()}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f3" sourceRef="gate" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const FEEL_CONDITION = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gate" />
    <bpmn:exclusiveGateway id="gate" default="young" />
    <bpmn:sequenceFlow id="old" sourceRef="gate" targetRef="endOld"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">age &gt;= 80</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="young" sourceRef="gate" targetRef="endYoung" />
    <bpmn:endEvent id="endOld" /><bpmn:endEvent id="endYoung" />`;

// Whether a household is large: it counts every pair of its members, which is fine for a household
// and far beyond the FEEL budget for the 5,000 a wrong entry claims (25 million pairs).
const PAIRS_CONDITION = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gate" />
    <bpmn:exclusiveGateway id="gate" default="small" />
    <bpmn:sequenceFlow id="pairs" sourceRef="gate" targetRef="endLarge"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">count(for i in 1..householdSize, j in 1..householdSize return i * j) &gt; 10</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="small" sourceRef="gate" targetRef="endSmall" />
    <bpmn:endEvent id="endLarge" /><bpmn:endEvent id="endSmall" />`;

/** Runs a process on bpmn-engine with the runtime's guards, as a command does. */
async function runGuarded(body: string, variables?: Record<string, unknown>) {
  const builtIn = jest.fn();
  const engine = new Engine({
    source: bpmn(body),
    scripts: new GuardedScripts(variables ? { ...hooks, feelContext: () => variables } : hooks),
    expressions: literalExpressions,
    services: { builtIn },
  } as never);
  const listener = new EventEmitter();
  const ended: string[] = [];
  listener.on('activity.end', (api: { id: string }) => ended.push(api.id));
  // None of these processes waits: the run either ends or fails, and either settles this.
  const settled = engine.waitFor('end').then(
    () => undefined,
    (e: Error) => e,
  );
  await engine.execute({ listener } as never);
  const error = await settled;
  return { error, ended, builtIn };
}

describe('no script ever runs', () => {
  beforeEach(() => {
    delete (globalThis as Record<string, unknown>)['__jingzhunScriptRan'];
  });

  it.each([
    ['a script task', SCRIPT_TASK, 'evil'],
    ['a javascript condition', JS_CONDITION, 'f2'],
    ['a ${…} expression condition', EXPRESSION_CONDITION, 'f2'],
  ])('refuses %s at deploy', async (_what, body, elementId) => {
    await expect(compileProcess(versionFixture(body).standard)).rejects.toMatchObject({
      code: 'STANDARD_INVALID',
      details: expect.arrayContaining([expect.objectContaining({ elementId })]),
    });
  });

  it.each([
    ['a script task', SCRIPT_TASK],
    ['a javascript condition', JS_CONDITION],
  ])('fails %s at run time without running it', async (_what, body) => {
    const { error, ended } = await runGuarded(body);
    expect(error?.message).toMatch(/not allowed|unsupported|script/i);
    expect(ended).not.toContain('end');
    expect((globalThis as Record<string, unknown>)['__jingzhunScriptRan']).toBeUndefined();
  });

  it('fails a ${…} expression at run time without calling anything', async () => {
    const { error, builtIn } = await runGuarded(EXPRESSION_CONDITION);
    expect(error?.message).toMatch(/not allowed/);
    expect(builtIn).not.toHaveBeenCalled();
  });

  it('evaluates FEEL conditions', async () => {
    const { error, ended } = await runGuarded(FEEL_CONDITION);
    expect(error).toBeUndefined();
    expect(ended).toContain('endOld');
    expect(ended).not.toContain('endYoung');
  });

  it('refuses unknown services, undefined roles and forms, and unreadable timers at deploy', async () => {
    const body = `
      <bpmn:startEvent id="start" />
      <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="svc" />
      <bpmn:serviceTask id="svc" std:service="send-money" />
      <bpmn:sequenceFlow id="f2" sourceRef="svc" targetRef="task" />
      <bpmn:userTask id="task" std:role="nobody" std:form="missing" />
      <bpmn:sequenceFlow id="f3" sourceRef="task" targetRef="wait" />
      <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition id="w"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">soon</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
      <bpmn:sequenceFlow id="f4" sourceRef="wait" targetRef="end" />
      <bpmn:endEvent id="end" />`;
    const error = await compileProcess(versionFixture(body).standard).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STANDARD_INVALID' });
    const ids = (error as { details: { elementId?: string; message: { zh: string; en: string } }[] }).details.map((d) => d.elementId);
    expect(ids).toEqual(expect.arrayContaining(['svc', 'task', 'wait']));
    for (const d of (error as { details: { message: { zh: string; en: string } }[] }).details) {
      expect(d.message.zh).toBeTruthy();
      expect(d.message.en).toBeTruthy();
    }
  });
});

describe('a FEEL condition beyond the budget', () => {
  it('fails its step at run time with FEEL_BUDGET_EXCEEDED, naming the flow', async () => {
    const { error, ended } = await runGuarded(PAIRS_CONDITION, { householdSize: 5000 });
    const failure = (error as { inner?: unknown } | undefined)?.inner ?? error;
    expect(failure).toBeInstanceOf(ConditionFailedError);
    expect(failure).toMatchObject({ code: 'FEEL_BUDGET_EXCEEDED', elementId: 'pairs' });
    expect((failure as Error).message).toMatch(/^pairs: .*exceeds its budget/);
    expect(ended).not.toContain('endLarge');
    expect(ended).not.toContain('endSmall');
  });

  it('is evaluated as before within the budget', async () => {
    const { error, ended } = await runGuarded(PAIRS_CONDITION, { householdSize: 4 });
    expect(error).toBeUndefined();
    expect(ended).toContain('endLarge');
  });
});

describe.each(storeTargets())('a case whose condition exceeds the FEEL budget on $kind', (target) => {
  let runtime: Runtime;
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  runtimeEachTest(target, { clock }, async (_store, r) => {
    runtime = r;
    await runtime.registerVersion(versionFixture(PAIRS_CONDITION));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
  });

  it('stops with an incident naming the flow, and goes on when retried with corrected data', async () => {
    const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'K-1', data: { name: '王五', householdSize: 5000 }, actor: 'op' });
    expect(c).toMatchObject({ status: 'running', incident: true });
    expect(c.incidents).toEqual([expect.objectContaining({ elementId: 'gate', cause: 'FEEL_BUDGET_EXCEEDED', status: 'open', message: expect.stringMatching(/^pairs: .*exceeds its budget/) })]);
    const fixed = await runtime.retryIncident({ incidentId: c.incidents[0]!.id, actor: 'op', variables: { householdSize: 4 } });
    expect(fixed).toMatchObject({ status: 'completed', incident: false });
    expect(fixed.position.completed).toContain('endLarge');
  });
});
