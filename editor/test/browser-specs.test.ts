/**
 * The editor's browser specs (test/spec), run in Chromium by harness/run-browser-specs.ts and reported
 * here under their own names, one jest test per spec, so `npm test` shows a failing spec as a failing
 * test. The harness runs once, while this file is collected (jest has no asynchronous describe): one
 * Vite bundle, one browser, one page.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { SpecResult } from './harness/page/spec-runner';

const EDITOR_DIR = path.resolve(__dirname, '..');
/** A hang detector, not a budget: bundling and twenty specs take seconds. */
const HARNESS_TIMEOUT_MS = 600_000;

interface Outcome {
  results: SpecResult[];
  /** Why the specs could not be run at all. */
  failure?: string;
}

function runHarness(): Outcome {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'harness', 'run-browser-specs.ts')], {
      cwd: EDITOR_DIR,
      encoding: 'utf8',
      timeout: HARNESS_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { results: JSON.parse(out) as SpecResult[] };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { results: [], failure: e.stderr || e.message };
  }
}

/** The specs as nested describes, in the order they ran. */
interface Node {
  describes: Map<string, Node>;
  specs: SpecResult[];
}

function tree(results: SpecResult[]): Node {
  const root: Node = { describes: new Map(), specs: [] };
  for (const result of results) {
    let node = root;
    for (const title of result.path) {
      if (!node.describes.has(title)) node.describes.set(title, { describes: new Map(), specs: [] });
      node = node.describes.get(title)!;
    }
    node.specs.push(result);
  }
  return root;
}

function declare(node: Node): void {
  for (const spec of node.specs) {
    it(spec.title, () => {
      if (spec.error === undefined) return;
      // The page's stack, already pointing at the sources, begins with the message.
      const error = new Error(spec.error.split('\n')[0]!.replace(/^Error: /, ''));
      error.stack = spec.error;
      throw error;
    });
  }
  for (const [title, child] of node.describes) describe(title, () => declare(child));
}

const outcome = runHarness();

describe('the editor in the browser (test/spec)', () => {
  if (outcome.failure !== undefined) {
    it('runs its specs', () => {
      throw new Error(`the browser specs could not be run:\n${outcome.failure}`);
    });
  } else {
    it('has specs', () => expect(outcome.results.length).toBeGreaterThan(0));
    declare(tree(outcome.results));
  }
});
