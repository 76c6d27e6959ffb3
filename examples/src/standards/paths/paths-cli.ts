/**
 * `npm run test:paths -- [--paths 2000] [--processes 2000] [--seed 1]`
 *
 * The long run of the model-based test: `--paths` random paths through each shipped standard and
 * three through each of `--processes` generated processes, with the case invariants checked after
 * every step. It plays in a throw-away store (a schema on the PostgreSQL server of DATABASE_URL, else
 * an in-memory PGlite) and stops at the first failure, printing the case, the element, the path and
 * the seed that replays it.
 */
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { openStore } from '@jingzhun/engine';
import { exploreGenerated } from '@jingzhun/engine/testing';
import { loadExamplesConfig } from '../../config';
import { scratchOptions } from '../../simulator/scratch-store';
import { loadExampleStandards } from '../load';
import { exploreExamples } from './example-paths';

function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { paths: { type: 'string' }, processes: { type: 'string' }, seed: { type: 'string' } } });
  const pathsPerStandard = whole('paths', values.paths, 2000);
  const processes = whole('processes', values.processes, 2000);
  const seed = whole('seed', values.seed, Date.now() % 1_000_000);
  const options = scratchOptions(loadExamplesConfig().databaseUrl);
  const total = pathsPerStandard * loadExampleStandards().length + processes * 3;
  console.log(`seed ${seed}: ${total} paths (${pathsPerStandard} per shipped standard, 3 through each of ${processes} generated processes)`);
  // Also when the output is a log file: a line every ten seconds.
  const bar = new SingleBar({ format: '{bar} {value}/{total} paths · {eta_formatted} left · {ended}', etaBuffer: 200, noTTYOutput: true, notTTYSchedule: 10_000 });
  const endings: Record<string, number> = {};
  const onPath = (record: { status: string }) => {
    endings[record.status] = (endings[record.status] ?? 0) + 1;
    bar.increment(1, { ended: Object.entries(endings).map(([k, v]) => `${k} ${v}`).join(', ') });
  };
  bar.start(total, 0, { ended: '' });
  const started = Date.now();
  const open = async () => {
    const store = await openStore(options);
    return {
      store,
      async close() {
        if (options.schema) await store.query(`DROP SCHEMA IF EXISTS "${options.schema}" CASCADE`);
        await store.close();
      },
    };
  };
  let failed = false;
  for (const part of ['shipped', 'generated'] as const) {
    if ((part === 'shipped' ? pathsPerStandard : processes) === 0) continue;
    const { store, close } = await open();
    try {
      if (part === 'shipped') {
        const report = await exploreExamples(store, { seed, pathsPerStandard, onPath });
        if (report.unreachedFlows.size) console.log(`\ngateway outcomes no path took: ${JSON.stringify([...report.unreachedFlows])}`);
      } else {
        await exploreGenerated(store, { seed, processes, pathsPerProcess: 3, onPath });
      }
    } catch (error) {
      failed = true;
      bar.stop();
      const cause = (error as Error & { cause?: unknown }).cause;
      console.error(`\n${part === 'shipped' ? 'a shipped standard' : 'a generated process'} failed (seed ${seed}):\n${(error as Error).message}`);
      if (cause instanceof Error) console.error(`\ncause: ${cause.message}`);
      break;
    } finally {
      await close();
    }
  }
  bar.stop();
  if (failed) process.exit(1);
  const rate = (total / ((Date.now() - started) / 1000)).toFixed(1);
  console.log(`every path held: ${JSON.stringify(endings)} in ${Math.round((Date.now() - started) / 1000)} s (${rate} paths/s)`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(2);
});
