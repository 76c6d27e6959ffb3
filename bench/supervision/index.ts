/**
 * Supervision benchmark: what a supervisor waits for, over PostgreSQL with a year of history made by the
 * simulator's bulk mode (1 M, then 10 M events, each in a throw-away schema dropped after it).
 *
 * - every indicator of BJ-SW-ELDER × 16 districts × the 12 months, simulated history included
 *   (`GET /api/supervision/standards/BJ-SW-ELDER/indicators?groupBy=district-month`), from the real API
 *   server in a process of its own: the first request after it starts, then the p95 of 20 more; the
 *   10 M figure beside the 1 M one (a report's time must not grow with the history);
 * - a completion visible in the indicators: a task completed over HTTP, then the same report asked
 *   again and again until its figure shows it, timed from the completion's 200;
 * - the engine's write path before indicator facts existed (BENCH_BEFORE, d2d53f4^: its files exported
 *   beside this tree) against this tree, in alternating runs, with and without indicators declared.
 *
 * Where a figure's time goes is printed from EXPLAIN ANALYZE of the report's statements (plans in
 * bench/out/). Schemas, the server and the exported tree are removed at the end, also after Ctrl-C.
 * Usage: DATABASE_URL=postgres://… npm run bench -- supervision   (BENCH_SCALE=0.01 for a quick look)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp, createLogger, DEMO_PASSWORD, loadConfig, seedAccounts } from '@jingzhun/api';
import { createRuntime, openStore, type Queryable, type Store } from '@jingzhun/engine';
import { scratchOptions, seedDemo, simulateBulk, loadExampleCaseData } from '@jingzhun/examples';
import { beijingDate } from '@jingzhun/standards';
import { NODE_FLAGS } from '../node-flags';
import { benchConfig } from './config';
import { olderTree, type OlderTree } from './older-tree';
import { benchHttp } from '../http-client';

const STANDARD = 'BJ-SW-ELDER';
/** The indicator a completed first visit moves: its numerator grows by one. */
const WATCHED = 'firstVisitOnTime';
const logger = createLogger('silent');
const lines: string[] = [];
const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * benchConfig.scale));

function report(figure: string, target: string, measured: string, ratio = '') {
  const line = `${figure.padEnd(70)} target ${target.padEnd(16)} measured ${measured.padEnd(34)} ${ratio}`;
  lines.push(line);
  console.log(line);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

const median = (values: number[]) => percentile(values, 50);
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

// What to undo however the run ends: schemas made, processes started, the exported tree.
const stopping = new AbortController();
const children = new Set<ChildProcess>();
const schemas = new Set<string>();
let older: OlderTree | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping.signal.aborted) process.exit(130);
    console.error(`\n${signal}: stopping, dropping the benchmark's schemas (again to leave them)`);
    stopping.abort();
    for (const child of children) child.kill('SIGTERM');
  });
}

function checkStopping(): void {
  if (stopping.signal.aborted) throw new Error('interrupted');
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: benchConfig.databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function dropSchema(schema: string): Promise<void> {
  await admin((c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
  schemas.delete(schema);
}

/** Schemas an earlier run of this benchmark left when it was killed (its process is gone). */
async function dropLeftovers(): Promise<void> {
  const { rows } = await admin((c) => c.query<{ name: string }>(`SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'bench_supervision_%' OR nspname LIKE 'bench_write_path_%'`));
  for (const { name } of rows) {
    const pid = Number(/^bench_supervision_(\d+)_/.exec(name)?.[1]);
    const alive = Number.isInteger(pid) && (() => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    })();
    if (!alive && name.startsWith('bench_supervision_')) {
      console.log(`dropping ${name}, left by an earlier run`);
      await dropSchema(name);
    }
  }
}

// ---- HTTP ----

const { send, expectStatus, destroy: closeSockets } = benchHttp({ maxSockets: 16 });

async function login(port: number, username: string): Promise<string> {
  const reply = await expectStatus(send(port, 'POST', '/api/auth/login', undefined, { username, password: DEMO_PASSWORD }), 200, `login ${username}`);
  return (JSON.parse(reply.body) as { accessToken: string }).accessToken;
}

function startServer(schema: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', path.join(__dirname, 'server.ts'), JSON.stringify({ databaseUrl: benchConfig.databaseUrl, schema })], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve({ child, port: (JSON.parse(line) as { port: number }).port });
    });
    child.on('exit', (code) => {
      children.delete(child);
      reject(new Error(`bench server exited with ${code}`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

// ---- the history ----

/** A store as a first demo start leaves it (accounts, organisations, the seven standards deployed), in a fresh schema. */
async function platform(schema: string, now: Date): Promise<Store> {
  schemas.add(schema);
  const store = await openStore({ databaseUrl: benchConfig.databaseUrl, schema, poolSize: 4 });
  const config = loadConfig({ DEMO: 'true' });
  const app = createApp({ store, logger, config });
  await store.transaction((tx) => seedAccounts(app.services.accounts, tx, true));
  await seedDemo({ app, store, logger, config }, { now });
  await app.services.validation.close();
  return store;
}

interface Volume {
  events: number;
  eventsPerSecond: number;
  seconds: number;
  occurrences: number;
  open: number;
  rollups: number;
  bytes: number;
}

async function fill(store: Store, events: number, until: Date): Promise<Volume> {
  const t0 = performance.now();
  let shown = 0;
  const bulk = await simulateBulk({
    target: store,
    cases: 0,
    events,
    months: 12,
    seed: 'bench',
    until,
    keyPrefix: 'BULK-',
    databaseUrl: benchConfig.databaseUrl,
    scratch: scratchOptions(benchConfig.databaseUrl),
    workers: 2,
    logger,
    signal: stopping.signal,
    onProgress: (p) => {
      if (p.events - shown >= events / 10) {
        shown = p.events;
        process.stdout.write(`  ${p.events} events written (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
      }
    },
  });
  checkStopping();
  const seconds = (performance.now() - t0) / 1000;
  // What autovacuum does soon after a load this size (PostgreSQL 13 and later vacuum tables that only
  // grew too): the planner's statistics, and the indicator tables' visibility map, without which an
  // index-only scan still visits the table's pages.
  const { rows: tables } = await store.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`);
  for (const { name } of tables) await store.query(`${name.startsWith('indicator_') ? 'VACUUM (ANALYZE)' : 'ANALYZE'} "${name}"`);
  const { rows } = await store.query<{ occurrences: number; open: number; rollups: number; bytes: number }>(
    `SELECT (SELECT count(*) FROM indicator_occurrences)::int AS occurrences,
            (SELECT count(*) FROM indicator_occurrences WHERE outcome = 'open')::int AS open,
            (SELECT count(*) FROM indicator_rollups)::int AS rollups,
            (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r')::float8 AS bytes`,
  );
  return { events: bulk.events, eventsPerSecond: bulk.events / bulk.writeSeconds, seconds, ...rows[0]! };
}

/**
 * The report's statements as the server runs them, each with EXPLAIN ANALYZE beside it: a store that
 * runs every indicator statement twice, once explained.
 */
async function explainReport(store: Store, filter: { from: string; to: string }, file: string): Promise<string[]> {
  const plans: Array<{ sql: string; plan: unknown }> = [];
  const explaining = new Proxy(store, {
    get(target, key, receiver) {
      if (key !== 'query') return Reflect.get(target, key, receiver) as unknown;
      return async (sql: string, params?: unknown[]) => {
        if (/FROM indicator_(rollups|occurrences)/.test(sql)) {
          const { rows } = await target.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
          plans.push({ sql, plan: rows[0]!['QUERY PLAN'] });
        }
        return target.query(sql, params);
      };
    },
  }) as Queryable as Store;
  const runtime = createRuntime({ store: explaining, clock: { now: () => new Date() }, logger });
  await runtime.supervision.indicators(STANDARD, { ...filter, simulated: 'include', limits: 'case', groupBy: 'district-month' }, {});
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(plans, null, 2));
  return plans.map(({ sql, plan }) => {
    const top = (plan as Array<{ Plan: PlanNode; 'Execution Time': number }>)[0]!;
    const table = /FROM (indicator_\w+)/.exec(sql)![1];
    // The report asks each table twice: per district and month, and for the whole city.
    const scope = /'' AS key/.test(sql) ? 'city' : 'per district-month';
    return `${table}, ${scope}: ${top['Execution Time'].toFixed(1)} ms, ${describe(top.Plan)}`;
  });
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** The plan's scans: node, index and rows read. */
function describe(node: PlanNode): string {
  const scans: string[] = [];
  const walk = (n: PlanNode) => {
    if (n['Relation Name']) scans.push(`${n['Node Type']}${n['Index Name'] ? ` on ${n['Index Name']}` : ''} ${n['Actual Rows'] * n['Actual Loops']} rows`);
    for (const child of n.Plans ?? []) walk(child);
  };
  walk(node);
  return `${scans.join('; ')} (buffers: ${node['Shared Hit Blocks'] ?? 0} hit, ${node['Shared Read Blocks'] ?? 0} read)`;
}

// ---- the figures ----

interface QueryFigures {
  cold: number;
  warm: number[];
  health: number[];
  visible: number[];
  completion: number[];
  polls: number[];
}

function cityNumerator(body: string): number {
  const report = JSON.parse(body) as { indicators: Array<{ id: string; city: { numerator: number | null } }> };
  return report.indicators.find((i) => i.id === WATCHED)?.city.numerator ?? 0;
}

async function measure(schema: string, url: string, completions: number): Promise<QueryFigures> {
  const { child, port } = await startServer(schema);
  try {
    const supervisor = await login(port, 'supervisor');
    // The first request after the start: nothing compiled, no statement prepared, no plan cached in the process.
    let t = performance.now();
    const first = await expectStatus(send(port, 'GET', url, supervisor), 200, 'indicators');
    const cold = first.at - t;
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      checkStopping();
      t = performance.now();
      const reply = await expectStatus(send(port, 'GET', url, supervisor), 200, 'indicators');
      warm.push(reply.at - t);
    }
    const health: number[] = [];
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      health.push((await expectStatus(send(port, 'GET', '/api/health'), 200, 'health')).at - t);
    }

    // Completions: a case of 东城 started, its first visit completed; then the report until it shows it.
    const worker = await login(port, 'dongcheng.worker');
    const examples = loadExampleCaseData().get(STANDARD)!;
    const client = examples.samples['living-alone'];
    const visit = (examples.walkthroughs['main']!.answers as Record<string, unknown[]>)['initial-visit']![0];
    const visible: number[] = [];
    const completion: number[] = [];
    const polls: number[] = [];
    for (let i = 0; i < completions; i++) {
      checkStopping();
      const started = await expectStatus(
        send(port, 'POST', '/api/cases', worker, { standard: STANDARD, caseKey: `BENCH-${process.pid}-${i}`, data: client }),
        201,
        'start case',
      );
      const task = (JSON.parse(started.body) as { openTasks: Array<{ id: string; elementId: string }> }).openTasks.find((x) => x.elementId === 'Task_InitialVisit')!;
      const before = cityNumerator((await expectStatus(send(port, 'GET', url, supervisor), 200, 'indicators')).body);
      t = performance.now();
      const done = await expectStatus(send(port, 'POST', `/api/tasks/${task.id}/complete`, worker, { data: visit }), 200, 'complete task');
      completion.push(done.at - t);
      let asked = 0;
      for (;;) {
        checkStopping();
        asked += 1;
        const reply = await expectStatus(send(port, 'GET', url, supervisor), 200, 'indicators');
        if (cityNumerator(reply.body) > before) {
          visible.push(reply.at - done.at);
          break;
        }
      }
      polls.push(asked);
    }
    return { cold, warm, health, visible, completion, polls };
  } finally {
    await stopServer(child);
  }
}

interface WritePath {
  straight: number;
  task: { maxPairs: number; p50: number; p99: number };
  occurrences: number;
}

function writePath(cwd: string, indicators: boolean): Promise<WritePath> {
  return new Promise((resolve, reject) => {
    const args = { databaseUrl: benchConfig.databaseUrl, indicators, scale: benchConfig.scale };
    const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', path.join('bench', 'supervision', 'write-path.ts'), JSON.stringify(args)], {
      cwd,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      children.delete(child);
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop()!) as WritePath);
      else reject(new Error(`write-path process exited with ${code}`));
    });
  });
}

async function queryPart(): Promise<void> {
  const today = beijingDate(new Date());
  // History up to the start of today (Beijing); the report covers its 12 months and today, where the completions go.
  const until = new Date(`${today}T00:00:00+08:00`);
  const volumes = [1_000_000, 10_000_000].map((n) => scaled(n, 2000));
  const completions = scaled(20, 5);
  const results: QueryFigures[] = [];
  for (const events of volumes) {
    checkStopping();
    const schema = `bench_supervision_${process.pid}_${events}`;
    const label = `${(events / 1e6).toLocaleString('en')} M events`;
    console.log(`\n${label}: schema ${schema}`);
    try {
      const store = await platform(schema, until);
      let url: string;
      try {
        const volume = await fill(store, events, until);
        const { rows } = await store.query<{ from: Date }>(`SELECT period_from AS from FROM simulation_runs ORDER BY id DESC LIMIT 1`);
        const from = beijingDate(rows[0]!.from);
        url = `/api/supervision/standards/${STANDARD}/indicators?from=${from}&to=${today}&groupBy=district-month&simulated=include`;
        report(
          `bulk history, ${label}: written (COPY, with indicator facts)`,
          '—',
          `${volume.eventsPerSecond.toFixed(0)} events/s`,
          `${volume.seconds.toFixed(0)} s in all; ${volume.occurrences} occurrences (${volume.open} open), ${volume.rollups} indicator rollup rows, ${(volume.bytes / 2 ** 30).toFixed(2)} GiB`,
        );
        const plans = await explainReport(store, { from, to: today }, path.join(__dirname, '..', 'out', `supervision-${events}-plans.json`));
        for (const plan of plans) console.log(`  EXPLAIN ANALYZE ${plan}`);
      } finally {
        await store.close();
      }
      const figures = await measure(schema, url, completions);
      results.push(figures);
      const p95 = percentile(figures.warm, 95);
      report(`indicators (all of ${STANDARD} × 16 districts × 12 months), ${label}, first request after start`, '≤ 3 s', ms(figures.cold), `${(figures.cold / p95).toFixed(2)}× warm p95`);
      report(
        `indicators, ${label}, warm (20 runs)`,
        '≤ 1 s p95',
        `p50 ${ms(median(figures.warm))}, p95 ${ms(p95)}`,
        `${(p95 / percentile(figures.health, 95)).toFixed(1)}× GET /api/health p95 (${ms(percentile(figures.health, 95))})`,
      );
      report(
        `a completion visible in the indicators, ${label} (${figures.visible.length} completions)`,
        '≤ 1 s',
        `median ${ms(median(figures.visible))}, max ${ms(Math.max(...figures.visible))}`,
        `${(median(figures.visible) / median(figures.warm)).toFixed(2)}× a warm report; first answer showed it in ${figures.polls.filter((p) => p === 1).length} of ${figures.polls.length}; the completion itself ${ms(median(figures.completion))}`,
      );
    } finally {
      await dropSchema(schema);
    }
  }
  const [small, large] = results;
  if (small && large) {
    const ratio = percentile(large.warm, 95) / percentile(small.warm, 95);
    report(`indicators, warm p95 at ${volumes[1]! / volumes[0]!}× the history`, '≤ 1.5×', `${ratio.toFixed(2)}×`, `cold ${(large.cold / small.cold).toFixed(2)}×`);
  }
}

async function writePathPart(): Promise<void> {
  older = olderTree(benchConfig.before, ['bench/supervision/write-path.ts']);
  console.log(`\nwrite path: this tree against ${benchConfig.before} (${older.commit.slice(0, 7)}), ${benchConfig.rounds} alternating rounds`);
  const trees = { now: path.join(__dirname, '..', '..'), before: older.dir };
  const runs: Record<'now' | 'before', Record<'plain' | 'indicators', WritePath[]>> = {
    now: { plain: [], indicators: [] },
    before: { plain: [], indicators: [] },
  };
  for (let round = 0; round < benchConfig.rounds; round++) {
    const order = round % 2 === 0 ? (['now', 'before'] as const) : (['before', 'now'] as const);
    for (const tree of order) {
      for (const kind of ['plain', 'indicators'] as const) {
        checkStopping();
        const result = await writePath(trees[tree], kind === 'indicators');
        runs[tree][kind].push(result);
        console.log(
          `  round ${round + 1}, ${tree === 'now' ? 'this tree' : benchConfig.before}, ${kind === 'indicators' ? 'with indicators' : 'no indicators'}: ` +
            `straight-through ${result.straight.toFixed(0)} cases/s, user-task max ${result.task.maxPairs.toFixed(0)} cases/s, p50 ${result.task.p50.toFixed(1)} p99 ${result.task.p99.toFixed(1)} ms, ${result.occurrences} occurrences`,
        );
      }
    }
  }
  for (const kind of ['indicators', 'plain'] as const) {
    const what = kind === 'indicators' ? 'standards with indicators' : 'standards without indicators';
    const pick = (tree: 'now' | 'before', f: (w: WritePath) => number) => median(runs[tree][kind].map(f));
    const straight = { now: pick('now', (w) => w.straight), before: pick('before', (w) => w.straight) };
    const task = { now: pick('now', (w) => w.task.maxPairs), before: pick('before', (w) => w.task.maxPairs) };
    const p99 = { now: pick('now', (w) => w.task.p99), before: pick('before', (w) => w.task.p99) };
    report(`durable straight-through, one process, ${what} (median of ${benchConfig.rounds})`, '≥ 0.90× before', `${straight.now.toFixed(0)} cases/s`, `${(straight.now / straight.before).toFixed(2)}× before (${straight.before.toFixed(0)} cases/s)`);
    report(`user-task case, max rate, ${what}`, '≥ 0.90× before', `${task.now.toFixed(0)} cases/s`, `${(task.now / task.before).toFixed(2)}× before (${task.before.toFixed(0)} cases/s)`);
    report(`user-task command p99 at half the maximum, ${what}`, '—', ms(p99.now), `${(p99.now / p99.before).toFixed(2)}× before (${ms(p99.before)})`);
  }
}

async function main() {
  const version = await admin((c) => c.query<{ server_version: string }>('SHOW server_version')).then((r) => r.rows[0]!.server_version);
  console.log(
    `supervision benchmark on PostgreSQL ${version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ` +
      `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, scale ${benchConfig.scale}`,
  );
  await dropLeftovers();
  try {
    if (benchConfig.parts.includes('query')) await queryPart();
    if (benchConfig.parts.includes('write-path')) await writePathPart();
  } finally {
    closeSockets();
    for (const child of children) child.kill('SIGTERM');
    for (const schema of [...schemas]) await dropSchema(schema).catch((error: unknown) => console.error(`could not drop ${schema}:`, error));
    older?.dispose();
  }
  console.log(
    `\n${new Date().toISOString().slice(0, 10)} — ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n${lines.join('\n')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
