import { manualClock, runtimeEachTest, storeTargets, versionFixture, type TestStore } from '../testing';
import { loadCase } from './case-record';
import { writeCase, type CaseWrite } from './case-writes';
import type { Runtime } from './create-runtime';
import { EventBatch } from './event-log';

const REMIND = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visit" />
    <bpmn:userTask id="visit" name="入户探访" std:role="worker" std:form="note" />
    <bpmn:boundaryEvent id="weekly" attachedToRef="visit" cancelActivity="false">
      <bpmn:timerEventDefinition id="weekly_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P7D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="visit" targetRef="end" />
    <bpmn:sequenceFlow id="f3" sourceRef="weekly" targetRef="reminded" />
    <bpmn:endEvent id="end" /><bpmn:endEvent id="reminded" />`;

describe.each(storeTargets())('writing a run on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  runtimeEachTest(target, { clock }, async (s, r) => {
    [store, runtime] = [s, r];
    await runtime.registerVersion(versionFixture(REMIND));
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng'], actor: 'admin' });
  });

  /** A waiting case and a write of its next revision: a new task, a job armed anew, an event. */
  async function pending() {
    const c = await runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', caseKey: 'K', data: { name: 'x' }, actor: 'op' });
    const record = await loadCase(store, c.id, {});
    const job = record.position.timers[0]!;
    const write: CaseWrite = {
      record: { ...record, variables: { ...record.variables, seen: true } },
      isNew: false,
      takeTask: { id: c.openTasks[0]!.id, data: { text: 'done' }, actor: 'sw' },
      tasks: [
        {
          id: '00000000-0000-4000-8000-000000000001',
          elementId: 'visit',
          executionId: 'visit_2',
          name: { zh: '再访', en: 'Visit again' },
          role: 'worker',
          assignTo: 'caseworker',
          dueAt: null,
          formId: 'note',
        },
      ],
      jobDeletes: [job.executionId],
      jobInserts: [{ executionId: job.executionId, elementId: job.elementId, dueAt: '2024-04-01T01:00:00.000Z' }],
      notifications: [],
      referrals: [],
    };
    const events = new EventBatch(clock.now(), 'sw');
    events.add({ id: c.id, code: c.standard.code, version: c.standard.version, district: 'dongcheng', organisation: null }, 'task_completed', { elementId: 'visit' });
    return { c, record, write, events };
  }

  const jobsOf = async (caseId: string) =>
    (await store.query<{ execution_id: string; due_at: Date }>('SELECT execution_id, due_at FROM jobs WHERE case_id = $1', [caseId])).rows;
  const eventCount = async (caseId: string) =>
    (await store.query<{ n: number }>('SELECT count(*) AS n FROM case_events WHERE case_id = $1', [caseId])).rows[0]?.n;

  it('writes the case, its task, its job armed anew under the same execution id, and the events in one statement', async () => {
    const { c, record, write, events } = await pending();
    const before = await eventCount(c.id);
    await writeCase(store, write, events, clock.now());
    const saved = await loadCase(store, c.id, {});
    expect(saved.revision).toBe(record.revision + 1);
    expect(saved.variables).toMatchObject({ seen: true });
    // The job deleted and inserted again in the same statement is there once, due anew.
    expect((await jobsOf(c.id)).map((j) => j.due_at.toISOString())).toEqual(['2024-04-01T01:00:00.000Z']);
    const tasks = await store.query<{ execution_id: string; status: string }>('SELECT execution_id, status FROM tasks WHERE case_id = $1 ORDER BY execution_id', [c.id]);
    expect(tasks.rows.map((t) => t.status).sort()).toEqual(['completed', 'open']);
    expect(await eventCount(c.id)).toBe(Number(before) + 1);
  });

  it('writes nothing when the case moved on meanwhile, not even the task it took', async () => {
    const { c, write, events } = await pending();
    const before = await eventCount(c.id);
    // given another command saved the case since it was read
    await store.query('UPDATE cases SET revision = revision + 1 WHERE id = $1', [c.id]);
    // when the stale write runs, then it is a conflict and leaves every row as it was
    await expect(writeCase(store, write, events, clock.now())).rejects.toMatchObject({ code: 'CASE_CONFLICT' });
    const open = await store.query<{ status: string }>('SELECT status FROM tasks WHERE id = $1', [write.takeTask!.id]);
    expect(open.rows[0]?.status).toBe('open');
    expect((await store.query('SELECT 1 FROM tasks WHERE execution_id = $1', ['visit_2'])).rows).toHaveLength(0);
    expect((await jobsOf(c.id)).map((j) => j.due_at.toISOString())).toEqual(['2024-03-11T01:00:00.000Z']);
    expect(await eventCount(c.id)).toBe(before);
  });

  it('writes nothing when its task was completed meanwhile, not even the case', async () => {
    const { c, record, write, events } = await pending();
    await store.query(`UPDATE tasks SET status = 'completed' WHERE id = $1`, [write.takeTask!.id]);
    await expect(writeCase(store, write, events, clock.now())).rejects.toMatchObject({ code: 'CASE_CONFLICT' });
    expect((await loadCase(store, c.id, {})).revision).toBe(record.revision);
  });
});
