import { until } from '@jingzhun/standards/testing';
import { openStore, type Store } from '../store';
import { manualClock, runtimeEachTest, silentLogger, storeTargets, testDatabaseUrl, versionFixture, type TestStore } from '../testing';
import { createRuntime, type Runtime } from './create-runtime';

const DAY = 86_400_000;

// A follow-up that tells the community when it is due: the fire writes a notification.
const FOLLOW_UP = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait" name="三个月后回访">
      <bpmn:timerEventDefinition id="wait_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P90D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="tell" />
    <bpmn:serviceTask id="tell" name="通知社区" std:service="notify" />
    <bpmn:sequenceFlow id="f3" sourceRef="tell" targetRef="end" />
    <bpmn:endEvent id="end" />`;

// A visit that times out: firing cancels the open task, which the batch writes on its own.
const DEADLINE = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="visit" />
    <bpmn:userTask id="visit" name="入户探访" std:role="worker" std:form="note" />
    <bpmn:boundaryEvent id="late" attachedToRef="visit">
      <bpmn:timerEventDefinition id="late_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="visit" targetRef="end" />
    <bpmn:sequenceFlow id="f3" sourceRef="late" targetRef="closed" />
    <bpmn:endEvent id="end" /><bpmn:endEvent id="closed" />`;

async function deploy(runtime: Runtime) {
  await runtime.registerVersion(versionFixture(FOLLOW_UP, { code: 'BJ-TEST-FOLLOW' }));
  await runtime.registerVersion(versionFixture(DEADLINE, { code: 'BJ-TEST-LATE' }));
  for (const code of ['BJ-TEST-FOLLOW', 'BJ-TEST-LATE']) await runtime.deploy({ code, version: 1, districts: ['dongcheng'], actor: 'admin' });
}

const start = (runtime: Runtime, code: string, caseKey: string) => runtime.startCase({ code, district: 'dongcheng', caseKey, data: { name: 'x' }, actor: 'op' });

async function kindsOf(store: Store, caseId: string): Promise<string[]> {
  const { rows } = await store.query<{ kind: string }>('SELECT kind FROM case_events WHERE case_id = $1 ORDER BY id', [caseId]);
  return rows.map((r) => r.kind);
}

describe.each(storeTargets())('firing timers in batches on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  runtimeEachTest(target, { clock, maxAttempts: 3 }, async (s, r) => {
    [store, runtime] = [s, r];
    await deploy(runtime);
  });

  it('fires simple and task-cancelling timers of one batch, each case with its own rows and events', async () => {
    const follow = [await start(runtime, 'BJ-TEST-FOLLOW', 'F-1'), await start(runtime, 'BJ-TEST-FOLLOW', 'F-2')];
    const late = [await start(runtime, 'BJ-TEST-LATE', 'L-1'), await start(runtime, 'BJ-TEST-LATE', 'L-2')];
    const counts = await runtime.runDue(new Date(clock.now().getTime() + 91 * DAY));
    expect(counts).toMatchObject({ claimed: 4, fired: 4, retried: 0, incidents: 0 });
    for (const c of follow) {
      const file = await runtime.getCase(c.id);
      expect(file.status).toBe('completed');
      expect(file.timeline.filter((e) => e.kind === 'timer_fired')).toHaveLength(1);
      expect((await store.query('SELECT 1 FROM notifications WHERE case_id = $1', [c.id])).rows).toHaveLength(1);
    }
    for (const c of late) {
      const file = await runtime.getCase(c.id);
      expect(file.status).toBe('completed');
      expect(file.openTasks).toEqual([]);
      expect(await kindsOf(store, c.id)).toEqual(expect.arrayContaining(['timer_fired', 'task_cancelled', 'case_completed']));
    }
    expect((await store.query('SELECT 1 FROM jobs')).rows).toHaveLength(0);
  });

  it('when the batch statement fails, fires its cases one by one: the failing one is retried, the others fire', async () => {
    const [a, b, c] = [await start(runtime, 'BJ-TEST-FOLLOW', 'F-1'), await start(runtime, 'BJ-TEST-FOLLOW', 'F-2'), await start(runtime, 'BJ-TEST-FOLLOW', 'F-3')];
    // given the database refuses the notification of one case
    await store.exec(`
      CREATE FUNCTION refuse_notification() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.case_id = '${b.id}' THEN RAISE EXCEPTION 'notification refused'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_notification BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION refuse_notification();`);
    // when their timers are due
    const counts = await runtime.runDue(new Date(clock.now().getTime() + 91 * DAY));
    // then the other two fired and the refused one waits for its next try, with nothing of it written
    expect(counts).toMatchObject({ claimed: 3, fired: 2, retried: 1 });
    for (const done of [a, c]) expect((await runtime.getCase(done.id)).status).toBe('completed');
    const refused = await runtime.getCase(b.id);
    expect(refused.status).toBe('running');
    expect(refused.timeline.filter((e) => e.kind === 'timer_fired')).toEqual([]);
    const { rows } = await store.query<{ attempts: number; last_error: string }>('SELECT attempts, last_error FROM jobs WHERE case_id = $1', [b.id]);
    expect(rows).toEqual([{ attempts: 1, last_error: expect.stringContaining('notification refused') }]);
  });
});

const url = testDatabaseUrl();
const describePostgres = url ? describe : describe.skip;

describePostgres('a case changed while its batch fires, on postgres', () => {
  const clock = manualClock('2024-03-04T01:00:00.000Z');
  let one: Store;
  let two: Store;
  let schema: string;
  // Lets the held transaction go: the test does once the batch waits for it, teardown does if the test failed before.
  let release: (() => void) | undefined;

  beforeEach(async () => {
    const options = storeTargets()
      .find((t) => t.kind === 'postgres')!
      .freshOptions();
    schema = options.schema!;
    one = await openStore(options);
    two = await openStore(options);
  });
  afterEach(async () => {
    release?.();
    release = undefined;
    await two.close();
    await one.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await one.close();
  });

  it('keeps its job for the next round while the other cases of the batch fire', async () => {
    const runtime = createRuntime({ store: one, clock, logger: silentLogger });
    await deploy(runtime);
    const cases = [await start(runtime, 'BJ-TEST-FOLLOW', 'F-1'), await start(runtime, 'BJ-TEST-FOLLOW', 'F-2'), await start(runtime, 'BJ-TEST-FOLLOW', 'F-3')];
    const changed = cases[1]!;
    // given another command holds the second case, saving its next revision
    const released = new Promise<void>((resolve) => (release = resolve));
    let xid = '';
    const holding = new Promise<void>((held) => {
      void two.transaction(async (q) => {
        await q.query('UPDATE cases SET revision = revision + 1 WHERE id = $1', [changed.id]);
        xid = (await q.query<{ xid: string }>('SELECT pg_current_xact_id()::xid::text AS xid')).rows[0]!.xid;
        held();
        await released;
      });
    });
    await holding;
    // when the batch has read the case and waits to write it, the other command commits
    const firing = runtime.runDue(new Date(clock.now().getTime() + 91 * DAY));
    await until(async () => {
      const { rows } = await two.query<{ n: number }>(`SELECT count(*) AS n FROM pg_locks WHERE NOT granted AND locktype = 'transactionid' AND transactionid::text = $1`, [xid]);
      return rows[0]!.n > 0;
    });
    release!();
    const counts = await firing;
    // then the changed case was not fired over the other command's revision; the others were
    expect(counts).toMatchObject({ claimed: 3, fired: 2, retried: 1 });
    const file = await runtime.getCase(changed.id);
    expect(file.status).toBe('running');
    expect(file.timeline.filter((e) => e.kind === 'timer_fired')).toEqual([]);
    expect((await one.query('SELECT 1 FROM notifications WHERE case_id = $1', [changed.id])).rows).toHaveLength(0);
    // and the next round fires it, once
    expect(await runtime.runDue(new Date(clock.now().getTime() + 91 * DAY))).toMatchObject({ fired: 1 });
    expect((await runtime.getCase(changed.id)).timeline.filter((e) => e.kind === 'timer_fired')).toHaveLength(1);
  });
});
