/**
 * The runtime played along random paths through random processes: each process is drawn by
 * `generatedProcess`, published and deployed under a code of its own, and a few cases of it are
 * played by the path explorer. Seeded by fast-check: a failure names the seed and the path that
 * replay it, the process's shape and its BPMN.
 *
 * @example
 *   await exploreGenerated(store, { seed: 7, processes: 40, pathsPerProcess: 3 });
 */
import fc from 'fast-check';
import { createRuntime } from '../runtime/create-runtime';
import type { Store } from '../store';
import { PathExplorer, type PathRecord } from './path-explorer';
import { GENERATED_CHILD, GENERATED_CHILD_CODE, GENERATED_FORMS, generatedProcess } from './process-generator';
import { manualClock, silentLogger, versionFixture } from './standard-fixtures';

export interface GeneratedOptions {
  seed: number;
  processes: number;
  pathsPerProcess: number;
  onPath?: (record: PathRecord) => void;
}

const DISTRICT = 'dongcheng';

export async function exploreGenerated(store: Store, options: GeneratedOptions): Promise<void> {
  const clock = manualClock('2025-03-03T01:00:00.000Z');
  const runtime = createRuntime({ store, clock, logger: silentLogger });
  await runtime.registerVersion(versionFixture(GENERATED_CHILD, { code: GENERATED_CHILD_CODE, forms: GENERATED_FORMS }));
  await runtime.deploy({ code: GENERATED_CHILD_CODE, version: 1, districts: [DISTRICT], actor: 'admin' });
  const explorer = new PathExplorer({ runtime, store, clock, district: DISTRICT });
  let n = 0;
  await fc.assert(
    fc.asyncProperty(generatedProcess(), fc.gen(), async (generated, g) => {
      const code = `BJ-GEN-${++n}`;
      await runtime.registerVersion(versionFixture(generated.body, { code, definitions: generated.definitions, forms: GENERATED_FORMS }));
      await runtime.deploy({ code, version: 1, districts: [DISTRICT], actor: 'admin' });
      for (let path = 0; path < options.pathsPerProcess; path++) {
        const record = await explorer.play(g, code).catch((error: Error) => {
          throw new Error(`${code} ${generated.shape}\n${generated.body}\n${error.message}`);
        });
        options.onPath?.(record);
      }
    }),
    // A failing path is reported as it is: shrinking would replay hundreds of commands per try.
    { seed: options.seed, numRuns: options.processes, endOnFailure: true },
  );
}
