import { createApp, createLogger, loadConfig, seedAccounts } from '@jingzhun/api';
import { storeTargets, testDatabaseUrl, type StoreTarget, type TestStore } from '@jingzhun/engine/testing';
import { seedDemo } from '../demo/demo-seed';
import { simulateBulk } from './bulk/bulk-history';
import { simulateHistory } from './simulate';

jest.setTimeout(600_000);

const UNTIL = new Date('2026-06-01T00:00:00+08:00');
const logger = createLogger('silent');

/** A store as a first demo start leaves it: accounts, organisations, the five standards deployed. */
async function platform(target: StoreTarget): Promise<TestStore> {
  const store = await target.open();
  const config = loadConfig({ DEMO: 'true' });
  const app = createApp({ store, logger, config });
  await store.transaction((tx) => seedAccounts(app.services.accounts, tx, true));
  await seedDemo({ app, store, logger, config }, { now: UNTIL });
  return store;
}

/** Every event of every case, by case key, with people by username and without generated ids (an incident's message names an execution id). */
async function eventsOf(store: TestStore): Promise<string[]> {
  const { rows } = await store.query<Record<string, unknown>>(
    `SELECT c.case_key, e.kind, e.element_id, COALESCE(u.username, e.actor) AS actor, e.at, e.duration_ms,
            e.data - 'childCaseId' - 'parentCaseId' - 'incidentId' - 'message' AS data
       FROM case_events e JOIN cases c ON c.id = e.case_id LEFT JOIN users u ON u.id = e.actor
      ORDER BY c.case_key, e.id`,
  );
  return rows.map((r) => JSON.stringify(r));
}

async function openTasksOf(store: TestStore): Promise<string[]> {
  const { rows } = await store.query<Record<string, unknown>>(
    `SELECT case_key, element_id, assign_to, created_at, due_at FROM tasks WHERE status = 'open' ORDER BY case_key, element_id, created_at`,
  );
  return rows.map((r) => JSON.stringify(r));
}

describe.each(storeTargets())('the case-history simulator on $kind', (target) => {
  it('makes the same history for the same seed, and another for another seed', async () => {
    const run = async (seed: string) => {
      const store = await platform(target);
      try {
        const result = await simulateHistory({
          target: store,
          cases: 36,
          months: 3,
          seed,
          until: UNTIL,
          districts: ['dongcheng', 'yanqing'],
          scratch: target.freshOptions(),
          logger,
        });
        return { result, events: await eventsOf(store), open: await openTasksOf(store) };
      } finally {
        await store.dispose();
      }
    };
    const first = await run('same');
    const second = await run('same');
    const other = await run('other');

    expect(first.events.length).toBeGreaterThan(500);
    expect(second.events).toEqual(first.events);
    expect(second.open).toEqual(first.open);
    expect(second.result.cases).toBe(first.result.cases);
    expect(other.events).not.toEqual(first.events);
    // Cases still running at the end keep their open tasks: the inboxes' content.
    expect(first.open.length).toBeGreaterThan(0);
  });

  it('gives districts their own ways of working, for supervision to find', async () => {
    const store = await platform(target);
    try {
      const result = await simulateHistory({
        target: store,
        cases: 120,
        months: 4,
        seed: 'districts',
        until: UNTIL,
        districts: ['dongcheng', 'yanqing'],
        scratch: target.freshOptions(),
        logger,
      });
      // Arrivals follow population: 东城 (70.9万) gets about twice 延庆's (34.6万).
      const started = new Map(result.districts.map((d) => [d.district, d.cases]));
      expect(started.get('dongcheng')!).toBeGreaterThan(1.5 * started.get('yanqing')!);

      const { rows } = await store.query<{ district: string; late: number; done: number }>(
        `SELECT district, count(*) FILTER (WHERE (data->>'late')::boolean)::int AS late, count(*)::int AS done
           FROM case_events WHERE kind = 'task_completed' GROUP BY district`,
      );
      const share = new Map(rows.map((r) => [r.district, r.late / r.done]));
      // 延庆 is the slowest district in the simulation and 东城, a pilot, the most punctual.
      expect(share.get('yanqing')!).toBeGreaterThan(2 * share.get('dongcheng')!);

      // Every simulated case ran without an incident: the simulator stops at the first one, naming it.
      const incidents = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_events WHERE kind = 'incident_raised'`);
      expect(incidents.rows[0]!.n).toBe(0);
      const homeless = await store.query<{ n: number }>(
        `SELECT count(DISTINCT case_id)::int AS n FROM case_events WHERE kind = 'element_left' AND element_id = 'Sub_StationCare'`,
      );
      expect(homeless.rows[0]!.n).toBeGreaterThan(0);

      const labelled = await store.query<{ mode: string; cases: number; events: number; finished: boolean }>(
        'SELECT mode, cases, events::int AS events, finished_at IS NOT NULL AS finished FROM simulation_runs',
      );
      const total = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events');
      expect(labelled.rows).toEqual([{ mode: 'engine', cases: result.cases + result.referred, events: total.rows[0]!.n, finished: true }]);
    } finally {
      await store.dispose();
    }
  });

  it('writes bulk history as labelled events and rollups only, the same for the same seed', async () => {
    const run = async () => {
      const store = await platform(target);
      try {
        const result = await simulateBulk({
          target: store,
          cases: 400,
          months: 6,
          seed: 'bulk',
          until: UNTIL,
          districts: ['haidian', 'miyun'],
          templatesPerDistrict: 3,
          scratch: target.freshOptions(),
          logger,
        });
        const counts = await store.query<Record<string, number>>(
          `SELECT (SELECT count(*) FROM case_events)::int AS events,
                  (SELECT count(DISTINCT case_id) FROM case_events)::int AS cases,
                  (SELECT count(*) FROM case_events e WHERE NOT EXISTS (SELECT 1 FROM simulated_cases s WHERE s.case_id = e.case_id))::int AS unlabelled,
                  (SELECT count(*) FROM cases)::int AS case_files,
                  (SELECT count(*) FROM tasks)::int AS tasks,
                  (SELECT coalesce(sum(entered), 0) FROM element_rollups)::int AS entered,
                  (SELECT count(*) FROM case_events WHERE kind = 'element_entered')::int AS entered_events,
                  (SELECT coalesce(sum(entered), 0) FROM simulated_rollups)::int AS labelled_entered,
                  (SELECT count(*) FROM case_events WHERE at >= $1)::int AS after_end`,
          [UNTIL],
        );
        const runs = await store.query<{ mode: string; events: number; finished: boolean }>('SELECT mode, events::int AS events, finished_at IS NOT NULL AS finished FROM simulation_runs');
        const sample = await store.query<{ row: string }>(
          `SELECT concat_ws('|', case_id, kind, element_id, task_id, at, duration_ms, data - 'incidentId') AS row FROM case_events ORDER BY id LIMIT 2000`,
        );
        return { result, counts: counts.rows[0]!, runs: runs.rows, sample: sample.rows.map((r) => r.row) };
      } finally {
        await store.dispose();
      }
    };
    const first = await run();
    expect(first.result.cases).toBe(400);
    expect(first.counts['events']).toBe(first.result.events);
    expect(first.counts['cases']).toBe(first.result.cases + first.result.referred);
    expect(first.counts['unlabelled']).toBe(0);
    expect(first.counts['case_files']).toBe(0);
    expect(first.counts['tasks']).toBe(0);
    expect(first.counts['entered']).toBe(first.counts['entered_events']);
    expect(first.counts['labelled_entered']).toBe(first.counts['entered_events']);
    expect(first.counts['after_end']).toBe(0);
    expect(first.runs).toEqual([{ mode: 'bulk', events: first.result.events, finished: true }]);

    const second = await run();
    expect(second.sample).toEqual(first.sample);
  });

  (target.kind === 'postgres' ? it : it.skip)('writes bulk rows with COPY exactly as multi-row INSERTs write them', async () => {
    const rowsWith = async (databaseUrl: string | undefined) => {
      const store = await platform(target);
      try {
        await simulateBulk({
          target: store,
          cases: 150,
          months: 4,
          seed: 'copy',
          until: UNTIL,
          districts: ['chaoyang'],
          templatesPerDistrict: 3,
          databaseUrl,
          scratch: target.freshOptions(),
          logger,
        });
        const { rows } = await store.query<{ row: string }>(
          `SELECT concat_ws('|', case_id, code, version, e.district, organisation, kind, element_id, element_type, task_id, COALESCE(u.username, e.actor), at, duration_ms, data - 'incidentId' - 'message') AS row
             FROM case_events e LEFT JOIN users u ON u.id = e.actor ORDER BY case_id, e.id`,
        );
        return rows.map((r) => r.row);
      } finally {
        await store.dispose();
      }
    };
    const copied = await rowsWith(testDatabaseUrl());
    const inserted = await rowsWith(undefined);
    expect(copied.length).toBeGreaterThan(1000);
    expect(copied).toEqual(inserted);
  });
});
