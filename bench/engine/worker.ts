/**
 * A process of the multi-process runs: opens the store, says "ready", waits for "go" on stdin, runs its
 * share (straight-through cases, due timers, or the user-task figures) and prints what it did as JSON.
 * Usage: node --import tsx bench/engine/worker.ts '<json>'
 */
import { openBench, pool, userTaskFigures, type UserTaskFigures } from './harness';
import { straightThrough } from './model';

interface Args {
  options: { databaseUrl: string; schema: string };
  mode: 'straight' | 'timers' | 'task';
  count: number;
  concurrency: number;
  prefix: string;
  now?: string;
}

async function main() {
  const args = JSON.parse(process.argv[2] ?? '{}') as Args;
  const bench = await openBench(args.options, args.concurrency + 2);
  // Warm the compiled definition and the connections before the clock starts.
  if (args.mode === 'straight') {
    await pool(20, args.concurrency, (i) =>
      bench.runtime.startCase({ code: straightThrough.code, district: 'dongcheng', caseKey: `${args.prefix}-warm-${i}`, data: { name: 'x', age: 85 }, actor: 'bench' }),
    );
  }
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  const startedAt = Date.now();
  let done = 0;
  let task: UserTaskFigures | undefined;
  if (args.mode === 'task') {
    task = await userTaskFigures(bench, args.count, args.concurrency, args.prefix);
    done = args.count * 2;
  } else if (args.mode === 'straight') {
    await pool(args.count, args.concurrency, async (i) => {
      await bench.runtime.startCase({ code: straightThrough.code, district: 'dongcheng', caseKey: `${args.prefix}-${i}`, data: { name: 'x', age: 70 + (i % 30) }, actor: 'bench' });
      done += 1;
    });
  } else {
    // In batches of the runtime's own size, as the product's worker fires them.
    const counts = await bench.runtime.runDue(new Date(args.now!));
    done = counts.fired;
  }
  const endedAt = Date.now();
  await bench.store.close();
  process.stdout.write(`${JSON.stringify({ done, startedAt, endedAt, task })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
