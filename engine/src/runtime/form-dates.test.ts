import type { Runtime } from './create-runtime';
import { manualClock, runtimeEachTest, storeTargets, versionFixture, type TestStore } from '../testing';

const VISIT = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visit" />
    <bpmn:userTask id="visit" name="入户探访" std:nameEn="Home visit" std:role="worker" std:form="visit" std:sla="5" />
    <bpmn:sequenceFlow id="f2" sourceRef="visit" targetRef="done" />
    <bpmn:endEvent id="done" />`;

const date = { type: 'string', format: 'date' };

const version = versionFixture(VISIT, {
  eligibility: { type: 'object', properties: { name: { type: 'string' }, reportedOn: date }, required: ['name'] },
  forms: {
    visit: {
      type: 'object',
      properties: {
        visitDate: date,
        nextCareStarts: { ...date, 'x-planned': true },
        contacts: { type: 'array', items: { type: 'object', properties: { on: date, note: { type: 'string' } } } },
        referred: { type: 'boolean' },
      },
      required: ['visitDate'],
      allOf: [{ if: { properties: { referred: { const: true } }, required: ['referred'] }, then: { properties: { referredOn: date }, required: ['referredOn'] } }],
    },
  },
});

describe.each(storeTargets())('dates in forms on $kind', (target) => {
  let runtime: Runtime;
  let store: TestStore;
  // Tuesday 5 March 2024, 01:00 in Beijing: still the 4th in UTC.
  const clock = manualClock('2024-03-04T17:00:00.000Z');
  runtimeEachTest(target, { clock }, async (s, r) => {
    [store, runtime] = [s, r];
    clock.reset();
    await runtime.registerVersion(version);
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
  });

  const start = (data: Record<string, unknown> = { name: '张三' }) =>
    runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'DC-1', data, actor: 'op-1' });

  it('refuses a visit dated after the day it is recorded, at the date, and keeps the task open', async () => {
    const c = await start();
    const taskId = c.openTasks[0]!.id;
    await expect(runtime.completeTask({ taskId, data: { visitDate: '2024-03-06' }, actor: 'sw-1' })).rejects.toMatchObject({
      code: 'TASK_DATA_INVALID',
      details: [{ pointer: '/visitDate', message: { zh: expect.stringContaining('晚于提交当日（2024-03-05）'), en: expect.stringContaining('after the day') } }],
    });
    await expect(runtime.getTask(taskId)).resolves.toMatchObject({ status: 'open' });
    const events = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_events WHERE kind = 'task_completed'`);
    expect(events.rows[0]!.n).toBe(0);
  });

  it('takes the Beijing day, not the UTC one, and a planned date that lies ahead', async () => {
    const c = await start();
    const done = await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { visitDate: '2024-03-05', nextCareStarts: '2024-04-01' }, actor: 'sw-1' });
    expect(done.status).toBe('completed');
  });

  it('finds dates inside lists and inside the branch of a rule between answers', async () => {
    const c = await start();
    const taskId = c.openTasks[0]!.id;
    const data = {
      visitDate: '2024-03-01',
      contacts: [{ on: '2024-02-28' }, { on: '2024-03-08', note: '电话' }],
      referred: true,
      referredOn: '2024-03-09',
    };
    await expect(runtime.completeTask({ taskId, data, actor: 'sw-1' })).rejects.toMatchObject({
      details: [expect.objectContaining({ pointer: '/contacts/1/on' }), expect.objectContaining({ pointer: '/referredOn' })],
    });
  });

  it('refuses a case whose starting data reports something on a later day', async () => {
    await expect(start({ name: '张三', reportedOn: '2024-03-06' })).rejects.toMatchObject({
      code: 'CASE_DATA_INVALID',
      details: [expect.objectContaining({ pointer: '/reportedOn' })],
    });
    await expect(start({ name: '张三', reportedOn: '2024-03-05' })).resolves.toMatchObject({ status: 'running' });
  });
});
