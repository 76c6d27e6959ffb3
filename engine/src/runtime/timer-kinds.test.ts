import type { Runtime } from './create-runtime';
import { manualClock, runtimeEachTest, storeTargets, versionFixture } from '../testing';

const DAY = 86_400_000;

const REMINDERS = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visit" />
    <bpmn:userTask id="visit" name="入户探访" std:role="worker" std:form="note" />
    <bpmn:boundaryEvent id="weekly" name="每周提醒" attachedToRef="visit" cancelActivity="false">
      <bpmn:timerEventDefinition id="weekly_def"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R2/P7D</bpmn:timeCycle></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="visit" targetRef="end" />
    <bpmn:sequenceFlow id="f3" sourceRef="weekly" targetRef="remind" />
    <bpmn:userTask id="remind" name="督办提醒" std:role="supervisor" std:form="note" />
    <bpmn:sequenceFlow id="f4" sourceRef="remind" targetRef="reminded" />
    <bpmn:endEvent id="end" /><bpmn:endEvent id="reminded" />`;

const DEADLINE = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="until" />
    <bpmn:intermediateCatchEvent id="until" name="年度评估日">
      <bpmn:timerEventDefinition id="until_def"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">2024-12-31T09:00:00+08:00</bpmn:timeDate></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="until" targetRef="review" />
    <bpmn:userTask id="review" name="年度评估" std:role="supervisor" std:form="note" />
    <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="end" />
    <bpmn:endEvent id="end" />`;

describe.each(storeTargets())('timer kinds on $kind', (target) => {
  let runtime: Runtime;
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  runtimeEachTest(target, { clock }, (_store, r) => {
    runtime = r;
  });

  async function start(body: string) {
    await runtime.registerVersion(versionFixture(body));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
    return runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'K', data: { name: 'x' }, actor: 'op' });
  }

  it('a repeating cycle on a waiting task reminds as many times as it says, then stops', async () => {
    const c = await start(REMINDERS);
    expect(c.timers).toEqual([{ elementId: 'weekly', dueAt: '2024-03-11T01:00:00.000Z' }]);
    const reminders: string[] = [];
    for (let week = 1; week <= 4; week++) {
      clock.advance(7 * DAY);
      await runtime.runDue();
      // Each reminder is dealt with before the next week (bpmn-engine runs one token per task at a time).
      for (const task of (await runtime.getCase(c.id)).openTasks.filter((t) => t.elementId === 'remind')) {
        reminders.push(task.createdAt);
        await runtime.completeTask({ taskId: task.id, data: {}, actor: 'sup' });
      }
    }
    expect(reminders).toEqual(['2024-03-11T01:00:00.000Z', '2024-03-18T01:00:00.000Z']);
    const file = await runtime.getCase(c.id);
    expect(file.timeline.filter((e) => e.kind === 'timer_fired')).toHaveLength(2);
    expect(file.timers).toEqual([]);
    await runtime.completeTask({ taskId: c.openTasks[0]!.id, data: {}, actor: 'sw' });
    expect((await runtime.getCase(c.id)).status).toBe('completed');
  });

  it('a date timer is due at its date, whatever the day the case reached it', async () => {
    const c = await start(DEADLINE);
    expect(c.timers).toEqual([{ elementId: 'until', dueAt: '2024-12-31T01:00:00.000Z' }]);
    expect(await runtime.runDue(new Date('2024-12-31T00:59:59.000Z'))).toMatchObject({ fired: 0 });
    expect(await runtime.runDue(new Date('2024-12-31T01:00:00.000Z'))).toMatchObject({ fired: 1 });
    expect((await runtime.getCase(c.id)).openTasks.map((t) => t.elementId)).toEqual(['review']);
  });

  it('a date already past when reached fires at once', async () => {
    clock.set('2025-01-05T00:00:00.000Z');
    const c = await start(DEADLINE);
    expect(c.timers).toEqual([]);
    expect(c.openTasks.map((t) => t.elementId)).toEqual(['review']);
  });
});
