/**
 * The page the browser specs run in: loads every spec of test/spec (they register with the runner as
 * they load), runs them, and leaves the outcome in `window.specResults` for the harness to read.
 */
import { runSpecs, type SpecResult } from './spec-runner';

declare global {
  interface Window {
    specResults?: SpecResult[];
  }
}

const specs = import.meta.glob('../../spec/**/*.spec.ts');

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function main(): Promise<void> {
  // A spec file that fails to load is one failure under its name; the others still run.
  const failedToLoad: SpecResult[] = [];
  for (const [file, load] of Object.entries(specs).sort(([a], [b]) => a.localeCompare(b))) {
    await load().catch((error: unknown) => failedToLoad.push({ path: [file.replace('../../spec/', '')], title: 'loads', error: describeError(error) }));
  }
  window.specResults = [...failedToLoad, ...(await runSpecs())];
}

void main();
