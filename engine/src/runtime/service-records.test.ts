import type { Runtime } from './create-runtime';
import { at, manualClock, runtimeEachTest, storeTargets, versionFixture, type TestStore } from '../testing';

// Intake, then an intervention that needs two contacts (a visit or a call) before it is done, then closing.
const CASEWORK = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="intake" />
    <bpmn:userTask id="intake" name="接案" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f2" sourceRef="intake" targetRef="intervene" />
    <bpmn:userTask id="intervene" name="服务介入" std:nameEn="Intervention" std:role="worker" std:form="note" std:minRecords="2" std:minRecordKinds="home_visit phone" />
    <bpmn:sequenceFlow id="f3" sourceRef="intervene" targetRef="close" />
    <bpmn:userTask id="close" name="结案" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f4" sourceRef="close" targetRef="end" />
    <bpmn:endEvent id="end" />`;

const VERSION = versionFixture(CASEWORK, {
  indicators: [
    { id: 'contactFortnightly', kind: 'recurrence', title: { zh: '两周联系', en: 'Fortnightly contact' }, records: { kinds: ['home_visit', 'phone'] }, everyDays: 14, span: { from: 'intake', to: 'intervene' }, target: 90, comparator: '>=' },
    { id: 'visitsMonthly', kind: 'count', title: { zh: '每月探访', en: 'Visits a month' }, records: { kinds: ['home_visit'] }, period: 'month', target: 2, comparator: '>=' },
  ],
});

describe.each(storeTargets())('service records on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock(at('2026-03-02 09:00'));
  runtimeEachTest(target, { clock }, async (s, r) => {
    [store, runtime] = [s, r];
    await runtime.registerVersion(VERSION);
    await runtime.deploy({ code: 'BJ-TEST-CASE', version: 1, districts: ['dongcheng', 'xicheng'], actor: 'admin' });
  });

  const start = () => runtime.startCase({ code: 'BJ-TEST-CASE', district: 'dongcheng', organisation: 'org-a', caseKey: 'DC-1', data: { name: '张三' }, actor: 'op' });
  const openTask = async (caseId: string) => (await runtime.listTasks({ caseId, status: 'open' }))[0]!;
  const complete = async (caseId: string, when: string) => {
    clock.set(at(when));
    return runtime.completeTask({ taskId: (await openTask(caseId)).id, data: {}, actor: 'sw' });
  };
  const record = (caseId: string, kind: 'home_visit' | 'phone' | 'office', occurredAt: string, recordedAt: string) => {
    clock.set(at(recordedAt));
    return runtime.addRecord({ caseId, kind, occurredAt: at(occurredAt).toISOString(), durationMinutes: 45, notes: `${kind} ${occurredAt}`, actor: 'sw' });
  };
  const occurrences = async (indicator: string) =>
    (
      await store.query<{ seq: number; outcome: string; opened_at: Date; closed_at: Date | null }>(
        'SELECT seq, outcome, opened_at, closed_at FROM indicator_occurrences WHERE indicator = $1 ORDER BY seq',
        [indicator],
      )
    ).rows.map((o) => ({ seq: o.seq, outcome: o.outcome, openedAt: o.opened_at.toISOString(), closedAt: o.closed_at?.toISOString() ?? null }));

  it('keeps a record in the case file: listed in the order the contacts took place, and in the case’s history', async () => {
    const c = await start();
    const later = await record(c.id, 'phone', '2026-03-03 16:00', '2026-03-03 17:00');
    const first = await record(c.id, 'home_visit', '2026-03-03 09:30', '2026-03-03 18:00');
    expect(first).toMatchObject({ caseId: c.id, kind: 'home_visit', occurredAt: at('2026-03-03 09:30').toISOString(), durationMinutes: 45, notes: 'home_visit 2026-03-03 09:30', recordedBy: 'sw', recordedAt: at('2026-03-03 18:00').toISOString() });
    expect(await runtime.listRecords(c.id)).toEqual([first, later]);
    const file = await runtime.getCase(c.id);
    expect(file.timeline.filter((e) => e.kind === 'record_added')).toEqual([
      expect.objectContaining({ actor: 'sw', data: { recordId: later.id, kind: 'phone', occurredAt: later.occurredAt, durationMinutes: 45 } }),
      expect.objectContaining({ actor: 'sw', data: { recordId: first.id, kind: 'home_visit', occurredAt: first.occurredAt, durationMinutes: 45 } }),
    ]);
  });

  it('refuses a record it cannot keep, saying where, and writes nothing', async () => {
    const c = await start();
    clock.set(at('2026-03-05 12:00'));
    const base = { caseId: c.id, kind: 'home_visit' as const, occurredAt: at('2026-03-04 10:00').toISOString(), durationMinutes: 30, actor: 'sw' };
    const refused = async (change: Record<string, unknown>, pointer: string) => {
      await expect(runtime.addRecord({ ...base, ...change })).rejects.toMatchObject({ code: 'RECORD_INVALID', details: [expect.objectContaining({ pointer, message: { zh: expect.any(String), en: expect.any(String) } })] });
    };
    await refused({ occurredAt: at('2026-03-05 12:30').toISOString() }, '/occurredAt'); // in the future
    await refused({ occurredAt: at('2026-03-01 23:00').toISOString() }, '/occurredAt'); // the day before the case started
    await refused({ occurredAt: '2026-03-04 10:00' }, '/occurredAt'); // no zone
    await refused({ kind: 'letter' }, '/kind');
    await refused({ durationMinutes: 0 }, '/durationMinutes');
    await refused({ durationMinutes: 721 }, '/durationMinutes');
    await refused({ notes: '记'.repeat(2001) }, '/notes');
    // The morning of the day the case started is that day: a visit before it was registered counts.
    await expect(runtime.addRecord({ ...base, occurredAt: at('2026-03-02 08:00').toISOString(), durationMinutes: 720, notes: '记'.repeat(2000) })).resolves.toMatchObject({ durationMinutes: 720 });
    expect(await runtime.listRecords(c.id)).toHaveLength(1);
    expect((await runtime.getCase(c.id)).timeline.filter((e) => e.kind === 'record_added')).toHaveLength(1);
  });

  it('takes records only on a running case in the caller’s scope', async () => {
    const c = await start();
    clock.set(at('2026-03-03 10:00'));
    const input = { caseId: c.id, kind: 'phone' as const, occurredAt: at('2026-03-03 09:00').toISOString(), durationMinutes: 10, actor: 'sw' };
    await expect(runtime.addRecord(input, { district: 'xicheng' })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    await expect(runtime.listRecords(c.id, { district: 'xicheng' })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    await expect(runtime.addRecord(input, { district: 'dongcheng', organisation: 'org-a' })).resolves.toMatchObject({ kind: 'phone' });
    await runtime.cancelCase({ caseId: c.id, reason: '迁出', actor: 'op' });
    await expect(runtime.addRecord(input, { district: 'dongcheng' })).rejects.toMatchObject({ code: 'CASE_NOT_RUNNING' });
    expect(await runtime.listRecords(c.id, { district: 'dongcheng' })).toHaveLength(1);
  });

  it('refuses to complete a step before its records are made, naming the step and the counts', async () => {
    const c = await start();
    await complete(c.id, '2026-03-02 10:00'); // intake: the intervention opens
    // A visit from before the intervention began, and an office interview: neither counts for it.
    await record(c.id, 'home_visit', '2026-03-02 09:30', '2026-03-02 11:00');
    await record(c.id, 'office', '2026-03-03 10:00', '2026-03-03 11:00');
    await record(c.id, 'home_visit', '2026-03-04 10:00', '2026-03-04 11:00');
    clock.set(at('2026-03-05 10:00'));
    const task = await openTask(c.id);
    const refusal = runtime.completeTask({ taskId: task.id, data: {}, actor: 'sw' });
    await expect(refusal).rejects.toMatchObject({ code: 'RECORDS_REQUIRED', elementId: 'intervene', made: 1, needed: 2, details: [expect.objectContaining({ elementId: 'intervene' })] });
    await expect(refusal).rejects.toMatchObject({ localized: { zh: expect.stringContaining('至少需要 2 条服务记录（入户探访、电话联系），任务开始以来已有 1 条'), en: expect.stringContaining('needs at least 2 service records (Home visit, Phone call)') } });
    expect((await openTask(c.id)).id).toBe(task.id);
    await record(c.id, 'phone', '2026-03-05 09:00', '2026-03-05 11:00');
    await expect(complete(c.id, '2026-03-05 12:00')).resolves.toMatchObject({ status: 'completed', elementId: 'intervene' });
    expect((await openTask(c.id)).elementId).toBe('close');
  });

  it('counts records in the indicators as they are made, by when the contact took place', async () => {
    const c = await start();
    await complete(c.id, '2026-03-02 10:00'); // the span begins: the first interval runs 14 days from here
    await record(c.id, 'home_visit', '2026-03-05 09:30', '2026-03-05 18:00'); // within: met; the next from the visit
    await record(c.id, 'office', '2026-03-10 10:00', '2026-03-10 11:00'); // not a kind either indicator counts
    await record(c.id, 'phone', '2026-03-25 10:00', '2026-03-25 11:00'); // 20 days after the visit: a breach
    await record(c.id, 'home_visit', '2026-03-04 15:00', '2026-03-26 09:00'); // written down late: counted in March, closes nothing
    expect(await occurrences('contactFortnightly')).toEqual([
      { seq: 1, outcome: 'met', openedAt: at('2026-03-02 10:00').toISOString(), closedAt: at('2026-03-05 09:30').toISOString() },
      { seq: 2, outcome: 'breached', openedAt: at('2026-03-05 09:30').toISOString(), closedAt: at('2026-03-25 10:00').toISOString() },
      { seq: 3, outcome: 'open', openedAt: at('2026-03-25 10:00').toISOString(), closedAt: null },
    ]);
    expect(await occurrences('visitsMonthly')).toEqual([
      { seq: 1, outcome: 'met', openedAt: at('2026-03-05 09:30').toISOString(), closedAt: at('2026-03-05 09:30').toISOString() },
      { seq: 2, outcome: 'met', openedAt: at('2026-03-04 15:00').toISOString(), closedAt: at('2026-03-04 15:00').toISOString() },
    ]);
    // The figures read them at once: March has two visits; of two intervals judged, one was kept.
    const period = { from: '2026-03-01', to: '2026-03-31', simulated: 'exclude', limits: 'case' } as const;
    const figures = async () => new Map((await runtime.supervision.indicators('BJ-TEST-CASE', period, {})).indicators.map((i) => [i.id, i.city]));
    expect((await figures()).get('visitsMonthly')).toMatchObject({ value: 2 });
    expect((await figures()).get('contactFortnightly')).toMatchObject({ numerator: 1, denominator: 2, pending: 1 });
    // The intervention ends the span: the last interval, not yet due, is left out.
    await complete(c.id, '2026-03-26 10:00');
    expect((await occurrences('contactFortnightly'))[2]).toMatchObject({ outcome: 'void' });
    expect((await figures()).get('contactFortnightly')).toMatchObject({ numerator: 1, denominator: 2, pending: 0, void: 1 });
  });

  it('rebuilds the same facts from the event log, records included', async () => {
    const c = await start();
    await complete(c.id, '2026-03-02 10:00');
    await record(c.id, 'home_visit', '2026-03-05 09:30', '2026-03-05 18:00');
    await record(c.id, 'phone', '2026-03-25 10:00', '2026-03-25 11:00');
    await record(c.id, 'home_visit', '2026-03-04 15:00', '2026-03-26 09:00');
    await complete(c.id, '2026-03-26 10:00');
    const facts = async () => ({
      occurrences: (await store.query('SELECT indicator, seq, opened_at, closed_at, deadline_at, outcome, city_outcome FROM indicator_occurrences ORDER BY indicator, seq')).rows,
      rollups: (await store.query('SELECT indicator, day::text, sum(met)::int met, sum(breached)::int breached, sum(void)::int void FROM indicator_rollups GROUP BY 1, 2 ORDER BY 1, 2')).rows,
    });
    const kept = await facts();
    expect(kept.occurrences).toHaveLength(5);
    await store.query('DELETE FROM indicator_occurrences');
    await store.query('DELETE FROM indicator_rollups');
    await runtime.supervision.buildMissingFacts();
    expect(await facts()).toEqual(kept);
  });
});
