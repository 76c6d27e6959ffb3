/**
 * The engine's write path in a process of its own, for the A/B of index.ts: the engine benchmark's
 * durable straight-through cases (one process, 8 in flight) and its user-task figures (start +
 * complete at most, then each command's latency at half that rate), over a fresh schema dropped after.
 * With `indicators`, the same standards declare indicators of every kind the engine keeps facts for
 * (duration, completion, count, field), so each command opens and closes occurrences and adds rollups;
 * a tree from before indicator facts existed runs the same standards and keeps none.
 * Runs unchanged in this tree and in an older one (it uses what both have: bench/engine's harness and
 * models). Prints one line of JSON.
 * Usage (by index.ts): node --import tsx bench/supervision/write-path.ts '{"databaseUrl":…,"indicators":true,"scale":1}'
 */
import { randomBytes } from 'node:crypto';
import type { Indicator, StandardVersion } from '@jingzhun/standards';
import { openBench, pool, userTaskFigures } from '../engine/harness';
import { straightThrough, userTask } from '../engine/model';

const title = (zh: string) => ({ title: { zh, en: zh } });
const target = { target: 90, comparator: '>=' } as const;

const STRAIGHT_INDICATORS: Indicator[] = [
  { id: 'toldIn24h', kind: 'duration', ...title('通知及时'), from: { element: 'start', edge: 'end' }, to: { element: 'tell', edge: 'end' }, unit: 'hours', limit: 24, ...target },
  { id: 'endedInAWeek', kind: 'completion', ...title('一周内结束'), element: 'end', withinDays: 7, ...target },
  { id: 'told', kind: 'count', ...title('通知数'), element: 'tell', period: 'month', target: 1, comparator: '>=' },
];

const TASK_INDICATORS: Indicator[] = [
  { id: 'assessedOnTime', kind: 'duration', ...title('评估及时'), from: { element: 'start', edge: 'end' }, to: { element: 'assess', edge: 'end' }, unit: 'working_days', limit: 5, ...target },
  { id: 'endedInAMonth', kind: 'completion', ...title('一月内结案'), element: 'end', withinDays: 30, ...target },
  { id: 'assessed', kind: 'count', ...title('评估数'), element: 'assess', period: 'month', target: 1, comparator: '>=' },
  { id: 'keyTier', kind: 'field', ...title('重点关注'), form: 'assess', field: '/tier', aggregate: 'share', condition: 'value = "key"', ...target },
];

function withIndicators(version: StandardVersion, indicators: Indicator[]): StandardVersion {
  return { ...version, standard: { ...version.standard, indicators } };
}

async function main() {
  const args = JSON.parse(process.argv[2] ?? '{}') as { databaseUrl: string; indicators: boolean; scale: number };
  const scaled = (n: number) => Math.max(10, Math.round(n * args.scale));
  const schema = `bench_write_path_${randomBytes(4).toString('hex')}`;
  const bench = await openBench({ databaseUrl: args.databaseUrl, schema }, 12);
  try {
    const straight = args.indicators ? withIndicators(straightThrough, STRAIGHT_INDICATORS) : straightThrough;
    const task = args.indicators ? withIndicators(userTask, TASK_INDICATORS) : userTask;
    for (const v of [straight, task]) {
      await bench.runtime.registerVersion(v);
      await bench.runtime.deploy({ code: v.code, version: v.version, districts: 'all', actor: 'bench' });
    }
    const start = (i: number) =>
      bench.runtime.startCase({ code: straight.code, district: 'dongcheng', caseKey: `S-${i}`, data: { name: 'x', age: 70 + (i % 30) }, actor: 'bench' });
    await pool(100, 8, (i) => start(-1 - i));
    const n = scaled(3000);
    const t0 = performance.now();
    await pool(n, 8, start);
    const straightRate = n / ((performance.now() - t0) / 1000);
    const figures = await userTaskFigures(bench, scaled(2000), 8, 'U');
    const { rows } = await bench.store.query<{ n: number }>('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1', [
      'indicator_occurrences',
    ]);
    const occurrences = rows[0]!.n ? (await bench.store.query<{ n: number }>('SELECT count(*)::int AS n FROM indicator_occurrences')).rows[0]!.n : 0;
    process.stdout.write(`${JSON.stringify({ straight: straightRate, task: figures, occurrences })}\n`);
  } finally {
    await bench.store.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await bench.store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
