/**
 * One measuring process of the patch benchmark, started with `--require resolve-variant.cjs` so that
 * the runtime runs the variant's interpreter. Measures, after a warm-up: the interpreter alone (CPU per
 * straight-through start and per timer fire, no store) and the durable runtime over the store (cases
 * per second started straight through, user-task cases started and completed), then prints them as JSON.
 * Usage: PATCH_VARIANT_DIR=… node --require bench/patches/resolve-variant.cjs --import tsx bench/patches/measure.ts '<json>'
 */
import { interpreterCpu, openBench, pool } from '../engine/harness';
import { straightThrough, userTask } from '../engine/model';

interface Args {
  databaseUrl?: string;
  schema?: string;
  interpreterRuns: number;
  cases: number;
}

export interface Figures {
  /** The bpmn-elements this process ran (to prove the variant was loaded). */
  elements: string;
  startUs: number;
  fireUs: number;
  straightPerSecond: number;
  taskPairsPerSecond: number;
}

async function durable(args: Args): Promise<{ straightPerSecond: number; taskPairsPerSecond: number }> {
  const bench = await openBench(args.databaseUrl ? { databaseUrl: args.databaseUrl, schema: args.schema } : { dataDir: 'memory://' }, 10);
  try {
    for (const v of [straightThrough, userTask]) {
      await bench.runtime.registerVersion(v);
      await bench.runtime.deploy({ code: v.code, version: v.version, districts: 'all', actor: 'bench' });
    }
    const rate = async (n: number, one: (i: number) => Promise<unknown>) => {
      await pool(Math.min(100, n), 8, (i) => one(-1 - i));
      const t0 = performance.now();
      await pool(n, 8, one);
      return n / ((performance.now() - t0) / 1000);
    };
    const straightPerSecond = await rate(args.cases, (i) =>
      bench.runtime.startCase({ code: straightThrough.code, district: 'dongcheng', caseKey: `s-${i}`, data: { name: 'x', age: 70 + (i % 30) }, actor: 'bench' }),
    );
    const taskPairsPerSecond = await rate(args.cases, async (i) => {
      const c = await bench.runtime.startCase({ code: userTask.code, district: 'dongcheng', caseKey: `t-${i}`, data: { name: 'x' }, actor: 'bench' });
      await bench.runtime.completeTask({ taskId: c.openTasks[0]!.id, data: { tier: 'key' }, actor: 'sw' });
    });
    return { straightPerSecond, taskPairsPerSecond };
  } finally {
    await bench.store.close();
  }
}

async function main() {
  const args = JSON.parse(process.argv[2] ?? '{}') as Args;
  const figures: Figures = {
    elements: require.resolve('bpmn-elements'),
    ...(await interpreterCpu(args.interpreterRuns)),
    ...(await durable(args)),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
