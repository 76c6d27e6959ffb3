import { createApp, createLogger, loadConfig, seedAccounts } from '@jingzhun/api';
import { createRuntime, type Figure, type IndicatorReport, type SimulatedFilter } from '@jingzhun/engine';
import { productionStoreTarget, storeTargets, testDatabaseUrl, type StoreTarget, type TestStore } from '@jingzhun/engine/testing';
import { beijingDate } from '@jingzhun/standards';
import { seedDemo } from '../demo/demo-seed';
import { simulateBulk } from './bulk/bulk-history';
import { simulateHistory } from './simulate';

jest.setTimeout(600_000);

const UNTIL = new Date('2026-06-01T00:00:00+08:00');
const logger = createLogger('silent');

/** A store as a first demo start leaves it: accounts, organisations, the seven standards deployed. */
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
            e.data - 'childCaseId' - 'parentCaseId' - 'incidentId' - 'recordId' - 'message' AS data
       FROM case_events e JOIN cases c ON c.id = e.case_id LEFT JOIN users u ON u.id = e.actor
      ORDER BY c.case_key, e.id`,
  );
  return rows.map((r) => JSON.stringify(r));
}

interface OccurrenceSums {
  indicator: string;
  key: string;
  met: number;
  breached: number;
  void: number;
  cancelled: number;
  ok: number;
  value_n: number;
  breaching: number;
  pending: number;
}

/**
 * A standard's figures per district and month worked out from its occurrences alone, summed directly
 * (not from the rollups): what the rollups must add up to.
 */
async function figuresFromOccurrences(store: TestStore, report: IndicatorReport, from: Date, to: Date, now: Date): Promise<Map<string, Partial<Figure>>> {
  const { rows } = await store.query<OccurrenceSums>(
    `SELECT indicator, district || '|' || to_char((opened_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM') AS key,
            count(*) FILTER (WHERE outcome = 'met')::int AS met, count(*) FILTER (WHERE outcome = 'breached')::int AS breached,
            count(*) FILTER (WHERE outcome = 'void')::int AS void, count(*) FILTER (WHERE outcome = 'cancelled')::int AS cancelled,
            count(*) FILTER (WHERE outcome <> 'open' AND ok)::int AS ok,
            count(*) FILTER (WHERE outcome <> 'open' AND (value IS NOT NULL OR ok IS NOT NULL))::int AS value_n,
            count(*) FILTER (WHERE outcome = 'open' AND deadline_at < $4)::int AS breaching,
            count(*) FILTER (WHERE outcome = 'open' AND (deadline_at IS NULL OR deadline_at >= $4))::int AS pending
       FROM indicator_occurrences WHERE code = $1 AND opened_at >= $2 AND opened_at < $3 GROUP BY 1, 2`,
    [report.standard.code, from, to, now],
  );
  const kinds = new Map(report.indicators.map((i) => [i.id, i]));
  const figures = new Map<string, Partial<Figure>>();
  for (const r of rows) {
    const indicator = kinds.get(r.indicator)!;
    const shares = indicator.kind === 'duration' || indicator.kind === 'recurrence' || indicator.kind === 'completion';
    // Fields as shares of answers meeting their condition (the standards read here have no mean); counts per period.
    const [numerator, denominator] = indicator.kind === 'field' ? [r.ok, r.value_n] : shares ? [r.met, r.met + r.breached + r.breaching] : [r.met, undefined];
    figures.set(`${r.indicator} ${r.key}`, {
      numerator,
      ...(denominator === undefined ? {} : { denominator }),
      pending: r.pending,
      breaching: r.breaching,
      cancelled: r.cancelled,
      void: r.void,
    });
  }
  return figures;
}

async function openTasksOf(store: TestStore): Promise<string[]> {
  const { rows } = await store.query<Record<string, unknown>>(
    `SELECT case_key, element_id, assign_to, created_at, due_at FROM tasks WHERE status = 'open' ORDER BY case_key, element_id, created_at`,
  );
  return rows.map((r) => JSON.stringify(r));
}

// The simulator's runs are long and its SQL is the engine's, which the engine's suites run on both
// stores: its determinism and its bulk copies are held on the store production runs on, its districts'
// statistics on the embedded one (the demo's), and the COPY path beside the INSERT one on PostgreSQL.
const production = productionStoreTarget().kind;

describe.each(storeTargets())('the case-history simulator on $kind', (target) => {
  (target.kind === production ? it : it.skip)('makes the same history for the same seed, and another for another seed', async () => {
    const run = async (seed: string) => {
      const store = await platform(target);
      try {
        const result = await simulateHistory({
          target: store,
          cases: 16,
          months: 2,
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

    expect(first.events.length).toBeGreaterThan(200);
    expect(second.events).toEqual(first.events);
    expect(second.open).toEqual(first.open);
    expect(second.result.cases).toBe(first.result.cases);
    expect(other.events).not.toEqual(first.events);
    // Cases still running at the end keep their open tasks: the inboxes' content.
    expect(first.open.length).toBeGreaterThan(0);
  });

  (target.kind === 'pglite' ? it : it.skip)('gives districts their own ways of working, for supervision to find', async () => {
    const store = await platform(target);
    try {
      const result = await simulateHistory({
        target: store,
        cases: 90,
        months: 3,
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

  (target.kind === production ? it : it.skip)('writes bulk history as labelled events, rollups and indicator facts only, the same for the same seed', async () => {
    const run = async () => {
      const store = await platform(target);
      try {
        const result = await simulateBulk({
          target: store,
          cases: 250,
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
                  (SELECT count(*) FROM case_events WHERE at >= $1)::int AS after_end,
                  (SELECT count(*) FROM indicator_occurrences)::int AS occurrences,
                  (SELECT count(*) FROM indicator_occurrences o
                    WHERE NOT o.simulated OR NOT EXISTS (SELECT 1 FROM simulated_cases s WHERE s.case_id = o.case_id))::int AS unlabelled_occurrences,
                  (SELECT count(*) FROM indicator_occurrences WHERE opened_at >= $1 OR closed_at >= $1 OR last_at >= $1)::int AS occurrences_after_end,
                  (SELECT count(*) FROM indicator_rollups WHERE NOT simulated)::int AS unlabelled_rollups`,
          [UNTIL],
        );
        const runs = await store.query<{ mode: string; events: number; finished: boolean }>('SELECT mode, events::int AS events, finished_at IS NOT NULL AS finished FROM simulation_runs');
        const sample = await store.query<{ row: string }>(
          `SELECT concat_ws('|', case_id, kind, element_id, task_id, at, duration_ms, data - 'incidentId') AS row FROM case_events ORDER BY id LIMIT 2000`,
        );
        const facts = await store.query<{ row: string }>(
          `(SELECT concat_ws('|', case_id, indicator, seq, opened_at, closed_at, deadline_at, city_deadline_at, last_at, outcome, city_outcome, value, ok) AS row
              FROM indicator_occurrences ORDER BY case_id, indicator, seq LIMIT 2000)
           UNION ALL
           (SELECT concat_ws('|', code, version, district, organisation, indicator, day, met, breached, city_met, city_breached, void, cancelled, ok, value_sum, value_n)
              FROM indicator_rollups ORDER BY code, version, district, organisation, indicator, day)`,
        );

        // The figures of a standard over the period, read from the rollups and the open occurrences as
        // supervisors read them, against the occurrences summed directly.
        const runtime = createRuntime({ store, clock: { now: () => UNTIL }, logger });
        const period = { from: beijingDate(result.from), to: beijingDate(new Date(UNTIL.getTime() - 1)), limits: 'case' as const };
        const report = (simulated: SimulatedFilter) =>
          runtime.supervision.indicators('BJ-SW-ELDER', { ...period, simulated, groupBy: 'district-month' }, {});
        const included = await report('include');
        const direct = await figuresFromOccurrences(store, included, result.from, UNTIL, UNTIL);
        const read = new Map<string, Partial<Figure>>();
        for (const indicator of included.indicators.filter((i) => i.measured)) {
          for (const { key, numerator, denominator, pending, breaching, cancelled, void: voided } of indicator.rows) {
            read.set(`${indicator.id} ${key}`, {
              numerator,
              ...(indicator.kind === 'count' ? {} : { denominator }),
              pending,
              breaching,
              cancelled,
              void: voided,
            });
          }
        }
        const excluded = await report('exclude');
        return { result, counts: counts.rows[0]!, runs: runs.rows, sample: sample.rows.map((r) => r.row), facts: facts.rows.map((r) => r.row), included, read, direct, excluded };
      } finally {
        await store.dispose();
      }
    };
    const first = await run();
    expect(first.result.cases).toBe(250);
    expect(first.counts['events']).toBe(first.result.events);
    expect(first.counts['cases']).toBe(first.result.cases + first.result.referred);
    expect(first.counts['unlabelled']).toBe(0);
    expect(first.counts['case_files']).toBe(0);
    expect(first.counts['tasks']).toBe(0);
    expect(first.counts['entered']).toBe(first.counts['entered_events']);
    expect(first.counts['labelled_entered']).toBe(first.counts['entered_events']);
    expect(first.counts['after_end']).toBe(0);
    expect(first.runs).toEqual([{ mode: 'bulk', events: first.result.events, finished: true }]);

    // Indicator facts came with the copies, labelled, none after the end of the period.
    expect(first.counts['occurrences']).toBeGreaterThan(first.result.cases);
    expect(first.counts['unlabelled_occurrences']).toBe(0);
    expect(first.counts['occurrences_after_end']).toBe(0);
    expect(first.counts['unlabelled_rollups']).toBe(0);
    // With simulated history included, the figures are those of the occurrences, group by group…
    const judged = first.included.indicators.filter((i) => i.measured && (i.city.denominator ?? 0) > 0 && i.kind !== 'count');
    expect(judged.length).toBeGreaterThanOrEqual(3);
    // The visits' rhythm, interval by interval, is among them.
    expect(judged.filter((i) => i.kind === 'recurrence').map((i) => i.id)).not.toEqual([]);
    expect(first.read.size).toBeGreaterThan(20);
    expect(first.read).toEqual(first.direct);
    // …and left out by default, none of them is in a figure.
    for (const indicator of first.excluded.indicators) {
      expect(indicator.rows).toEqual([]);
      expect(indicator.city).toMatchObject({ numerator: indicator.measured ? 0 : null, pending: 0, breaching: 0, cancelled: 0, void: 0 });
    }

    const second = await run();
    expect(second.sample).toEqual(first.sample);
    expect(second.facts).toEqual(first.facts);
  });

  (target.kind === 'postgres' ? it : it.skip)('writes bulk rows and occurrences with COPY exactly as multi-row INSERTs write them', async () => {
    const rowsWith = async (databaseUrl: string | undefined) => {
      const store = await platform(target);
      try {
        await simulateBulk({
          target: store,
          cases: 80,
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
        const occurrences = await store.query<{ row: string }>(
          `SELECT concat_ws('|', case_id, indicator, seq, code, version, district, organisation, kind, opened_at, closed_at, deadline_at,
                  city_deadline_at, last_at, outcome, city_outcome, value, ok, simulated) AS row
             FROM indicator_occurrences ORDER BY case_id, indicator, seq`,
        );
        return { events: rows.map((r) => r.row), occurrences: occurrences.rows.map((r) => r.row) };
      } finally {
        await store.dispose();
      }
    };
    const copied = await rowsWith(testDatabaseUrl());
    const inserted = await rowsWith(undefined);
    expect(copied.events.length).toBeGreaterThan(1000);
    expect(copied.occurrences.length).toBeGreaterThan(100);
    expect(copied).toEqual(inserted);
  });
});
