/**
 * Examples benchmark: the case-history simulator into PostgreSQL (a fresh schema, dropped after).
 * Engine mode — cases driven through the engine in scratch stores — in one thread (baseline) and in
 * two worker threads; bulk mode — event and rollup rows written with multi-row INSERTs — against
 * single-row INSERTs of the same events (baseline). Each figure is printed beside its target.
 * Usage: npm run bench -- examples   (BENCH_SCALE=5 writes the 10 million events of the issue)
 */
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { createApp, createLogger, loadConfig, seedAccounts } from '@jingzhun/api';
import { openStore, type Store } from '@jingzhun/engine';
import { scratchOptions, seedDemo, simulateBulk, simulateHistory } from '@jingzhun/examples';
import { benchConfig } from './config';

const UNTIL = new Date('2026-06-01T00:00:00+08:00');
const logger = createLogger('silent');
const lines: string[] = [];

function report(figure: string, target: string, measured: string, ratio = '') {
  const line = `${figure.padEnd(60)} target ${target.padEnd(22)} measured ${measured.padEnd(30)} ${ratio}`;
  lines.push(line);
  console.log(line);
}

/** A store as a first demo start leaves it, in a fresh schema. */
async function platform(schema: string): Promise<Store> {
  const store = await openStore({ databaseUrl: benchConfig.databaseUrl, schema, poolSize: 8 });
  const config = loadConfig({ DEMO: 'true' });
  const app = createApp({ store, logger, config });
  await store.transaction((tx) => seedAccounts(app.services.accounts, tx, true));
  await seedDemo({ app, store, logger, config }, { now: UNTIL });
  return store;
}

async function engineMode(store: Store, workers: number, prefix: string) {
  const cases = Math.max(20, Math.round(160 * benchConfig.scale));
  const t0 = performance.now();
  const result = await simulateHistory({
    target: store,
    cases,
    months: 12,
    seed: 'bench',
    until: UNTIL,
    // Four districts: two workers always have a district to take.
    districts: ['xicheng', 'shijingshan', 'mentougou', 'pinggu'],
    keyPrefix: prefix,
    scratch: scratchOptions(benchConfig.databaseUrl),
    workers,
    logger,
  });
  const seconds = (performance.now() - t0) / 1000;
  return { ...result, seconds, casesPerSecond: (result.cases + result.referred) / seconds, eventsPerSecond: result.events / seconds };
}

/** The same events, one INSERT statement each: what writing them without batching costs. */
async function singleRowInserts(store: Store, n: number): Promise<number> {
  const { rows } = await store.query<Record<string, unknown>>(
    `SELECT case_id, code, version, district, organisation, kind, element_id, element_type, task_id, actor, at, duration_ms, data
       FROM case_events ORDER BY id LIMIT $1`,
    [n],
  );
  const t0 = performance.now();
  for (const r of rows) {
    await store.query(
      `INSERT INTO case_events (case_id, code, version, district, organisation, kind, element_id, element_type, task_id, actor, at, duration_ms, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [r['case_id'], r['code'], r['version'], r['district'], r['organisation'], r['kind'], r['element_id'], r['element_type'], r['task_id'], r['actor'], r['at'], r['duration_ms'], r['data'] === null ? null : JSON.stringify(r['data'])],
    );
  }
  return rows.length / ((performance.now() - t0) / 1000);
}

async function main() {
  const schema = `bench_examples_${randomBytes(4).toString('hex')}`;
  console.log(`examples benchmark on PostgreSQL (schema ${schema}), ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  const store = await platform(schema);
  try {
    const one = await engineMode(store, 1, 'E1-');
    report('engine mode, one thread (baseline)', '—', `${one.casesPerSecond.toFixed(2)} cases/s, ${one.eventsPerSecond.toFixed(0)} events/s`, '1.00×');
    const two = await engineMode(store, 2, 'E2-');
    report(
      'engine mode, two worker threads',
      '≥ 3.4 cases/s (demo in 15 min)',
      `${two.casesPerSecond.toFixed(2)} cases/s, ${two.eventsPerSecond.toFixed(0)} events/s`,
      `${(two.casesPerSecond / one.casesPerSecond).toFixed(2)}×`,
    );
    console.log(`  (${two.cases + two.referred} cases, ${two.events} events in ${two.seconds.toFixed(1)} s; the demo's 3,000 cases at this rate: ${(3000 / two.casesPerSecond / 60).toFixed(1)} min)`);

    const events = Math.round(2_000_000 * benchConfig.scale);
    const t0 = performance.now();
    const bulk = await simulateBulk({
      target: store,
      cases: 0,
      events,
      months: 12,
      seed: 'bench',
      until: UNTIL,
      keyPrefix: 'BULK-',
      databaseUrl: benchConfig.databaseUrl,
      scratch: scratchOptions(benchConfig.databaseUrl),
      workers: 2,
      logger,
    });
    const total = (performance.now() - t0) / 1000;
    const rate = bulk.events / bulk.writeSeconds;
    const baseline = await singleRowInserts(store, Math.max(2000, Math.round(20_000 * benchConfig.scale)));
    report('single-row INSERTs of the same events (baseline)', '—', `${baseline.toFixed(0)} events/s`, '1.00×');
    report('bulk mode into PostgreSQL (COPY), writing', '≥ 100,000 events/s', `${rate.toFixed(0)} events/s`, `${(rate / baseline).toFixed(1)}×`);
    report('bulk mode, end to end with its template cases', '—', `${(bulk.events / total).toFixed(0)} events/s`, `${(bulk.events / total / baseline).toFixed(1)}×`);
    console.log(
      `  (${bulk.events} events of ${bulk.cases + bulk.referred} cases written in ${bulk.writeSeconds.toFixed(1)} s; ` +
        `${bulk.templateSeconds.toFixed(1)} s before that playing the template cases through the engine)`,
    );
  } finally {
    await store.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await store.close();
  }
  console.log('\nsummary\n' + lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
