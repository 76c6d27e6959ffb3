import type { Runtime } from './create-runtime';
import { createWorker, type Worker } from './worker';
import { manualClock, runtimeEachTest, silentLogger, storeTargets, versionFixture, type TestStore } from '../testing';

const SIMPLE = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="assess" />
    <bpmn:userTask id="assess" std:role="worker" std:form="assess" />
    <bpmn:sequenceFlow id="f2" sourceRef="assess" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait">
      <bpmn:timerEventDefinition id="wait_def" std:durationParameter="visitDays"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="wait" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const SCRIPTED = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="evil" />
    <bpmn:scriptTask id="evil" scriptFormat="javascript"><bpmn:script>next()</bpmn:script></bpmn:scriptTask>
    <bpmn:sequenceFlow id="f2" sourceRef="evil" targetRef="end" />
    <bpmn:endEvent id="end" />`;

describe.each(storeTargets())('versions, deployments and the worker on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  let worker: Worker | undefined;
  // Declared before the store's teardown, so it runs first: a worker left polling by a failed test stops.
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });
  runtimeEachTest(target, { clock }, (s, r) => {
    [store, runtime] = [s, r];
  });

  it('registers a version once: the same hash again is a no-op, other content is a conflict', async () => {
    const v1 = versionFixture(SIMPLE);
    expect(await runtime.registerVersion(v1)).toEqual({ created: true });
    expect(await runtime.registerVersion(v1)).toEqual({ created: false });
    await expect(runtime.registerVersion({ ...v1, hash: 'other' })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await runtime.getVersion('BJ-TEST-CASE', 1)).toMatchObject({ hash: v1.hash, status: 'published', author: 'author-1' });
    await expect(runtime.getVersion('BJ-TEST-CASE', 2)).rejects.toMatchObject({ code: 'VERSION_NOT_FOUND' });
  });

  it("joins the caller's transaction: nothing is stored when it rolls back", async () => {
    await expect(
      store.transaction(async (tx) => {
        await runtime.registerVersion(versionFixture(SIMPLE), tx);
        throw new Error('review could not be recorded');
      }),
    ).rejects.toThrow('review');
    expect(await runtime.listVersions('BJ-TEST-CASE')).toEqual([]);
  });

  it('publishes and deploys in one caller transaction; a rolled-back version leaves nothing behind', async () => {
    const first = versionFixture(SIMPLE);
    await expect(
      store.transaction(async (tx) => {
        await runtime.registerVersion(first, tx);
        await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'a' }, tx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const other = versionFixture(SIMPLE.replace('std:form="assess"', 'std:form="note"'));
    await store.transaction(async (tx) => {
      await runtime.registerVersion(other, tx);
      await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'a' }, tx);
    });
    const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'K', data: { name: 'x' }, actor: 'op' });
    expect(c.openTasks[0]!.formId).toBe('note');
  });

  it('refuses to deploy a standard with a script, a retired version or an unknown district', async () => {
    await runtime.registerVersion(versionFixture(SCRIPTED));
    await expect(runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: 'all', actor: 'a' })).rejects.toMatchObject({
      code: 'STANDARD_INVALID',
      details: expect.arrayContaining([expect.objectContaining({ elementId: 'evil' })]),
    });
    expect(await runtime.listDeployments()).toEqual([]);
    await runtime.registerVersion(versionFixture(SIMPLE, { version: 2 }));
    await expect(runtime.deploy({ code: 'BJ-TEST-CASE', version: 2, districts: ['atlantis'], actor: 'a' })).rejects.toMatchObject({ code: 'DISTRICT_UNKNOWN' });
    await runtime.retireVersion('BJ-TEST-CASE', 2);
    await expect(runtime.deploy({ code: 'BJ-TEST-CASE', version: 2, districts: 'all', actor: 'a' })).rejects.toMatchObject({ code: 'VERSION_RETIRED' });
  });

  it('deploys to all 16 districts; new cases use a newer deployment while running cases keep their version', async () => {
    await runtime.registerVersion(versionFixture(SIMPLE));
    expect(await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: 'all', actor: 'a' })).toHaveLength(16);
    const old = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'haidian', caseKey: 'H-1', data: { name: 'x' }, actor: 'op' });
    await runtime.registerVersion(versionFixture(SIMPLE, { version: 2 }));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 2, districts: ['haidian'], actor: 'a' });
    const fresh = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'haidian', caseKey: 'H-2', data: { name: 'x' }, actor: 'op' });
    expect(fresh.standard.version).toBe(2);
    await runtime.completeTask({ taskId: old.openTasks[0]!.id, data: { tier: 'key' }, actor: 'sw' });
    expect((await runtime.getCase(old.id)).standard.version).toBe(1);
    const deployments = await runtime.listDeployments({ code: 'BJ-TEST-CASE' });
    expect(deployments.find((d) => d.district === 'haidian')?.version).toBe(2);
    expect(deployments.find((d) => d.district === 'dongcheng')?.version).toBe(1);
    await expect(runtime.setVariant({ code: 'OTHER-CODE', district: 'haidian', values: {}, actor: 'a' })).rejects.toMatchObject({ code: 'NOT_DEPLOYED' });
  });

  it("a timer's duration follows the district's tighter visit interval", async () => {
    await runtime.registerVersion(versionFixture(SIMPLE));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'a' });
    await runtime.setVariant({ code: 'BJ-TEST-CASE', district: 'dongcheng', values: { visitDays: 7 }, actor: 'op' });
    const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'K', data: { name: 'x' }, actor: 'op' });
    await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'key' }, actor: 'sw' });
    expect((await runtime.getCase(c.id)).timers).toEqual([{ elementId: 'wait', dueAt: '2024-03-11T01:00:00.000Z' }]);
  });

  it('a started worker fires due timers and stops so the process can exit', async () => {
    await runtime.registerVersion(versionFixture(SIMPLE));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'a' });
    const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'K', data: { name: 'x' }, actor: 'op' });
    await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'key' }, actor: 'sw' });
    clock.advance(31 * 86_400_000);
    // The worker's rounds, as they come back from the runtime: the test goes on once one fired a timer.
    let firedOne!: () => void;
    const fired = new Promise<void>((resolve) => (firedOne = resolve));
    const runDue: typeof runtime.runDue = async (...args) => {
      const counts = await runtime.runDue(...args);
      if (counts.fired > 0) firedOne();
      return counts;
    };
    worker = createWorker({ runtime: { runDue }, clock, logger: silentLogger, pollMs: 5, batchSize: 10 });
    worker.start();
    expect(worker.running).toBe(true);
    await fired;
    await worker.stop();
    expect(worker.running).toBe(false);
    expect((await runtime.getCase(c.id)).status).toBe('completed');
  });
});
