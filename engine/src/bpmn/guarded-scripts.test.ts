import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { bpmn, versionFixture } from '../testing';
import { GuardedScripts, literalExpressions } from './guarded-scripts';
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

/** Runs a process on bpmn-engine with the runtime's guards, as a command does. */
async function runGuarded(body: string) {
  const builtIn = jest.fn();
  const engine = new Engine({
    source: bpmn(body),
    scripts: new GuardedScripts(hooks),
    expressions: literalExpressions,
    services: { builtIn },
  } as never);
  const listener = new EventEmitter();
  const ended: string[] = [];
  listener.on('activity.end', (api: { id: string }) => ended.push(api.id));
  const failed = new Promise<Error>((resolve) => engine.once('error', resolve));
  await engine.execute({ listener } as never);
  const error = await Promise.race([failed, new Promise<undefined>((r) => setTimeout(() => r(undefined), 200))]);
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
