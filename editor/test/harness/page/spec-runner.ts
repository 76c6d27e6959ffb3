/**
 * describe / it / beforeEach for the browser specs, as mocha gives them to bpmn-js's
 * specs: specs register while their module loads, `runSpecs` runs them one after the other (hooks of
 * the enclosing describes first) and returns each spec's outcome, for jest to show under its name.
 */

export interface SpecResult {
  /** The titles of the enclosing describes, outermost first. */
  path: string[];
  title: string;
  /** The error's message and stack when the spec failed. */
  error?: string;
}

type Body = () => unknown;

interface Suite {
  title: string;
  parent: Suite | undefined;
  beforeEach: Body[];
  children: (Suite | Spec)[];
}

interface Spec {
  title: string;
  body: Body;
}

/** A hang detector, not a budget: a spec that never settles fails with this message instead. */
const SPEC_TIMEOUT_MS = 30_000;

const root: Suite = { title: '', parent: undefined, beforeEach: [], children: [] };
let current = root;

export function describe(title: string, define: () => void): void {
  const suite: Suite = { title, parent: current, beforeEach: [], children: [] };
  current.children.push(suite);
  current = suite;
  try {
    define();
  } finally {
    current = suite.parent!;
  }
}

export function it(title: string, body: Body): void {
  current.children.push({ title, body });
}

export function beforeEach(body: Body): void {
  current.beforeEach.push(body);
}

function chain(suite: Suite): Suite[] {
  const suites: Suite[] = [];
  for (let s: Suite | undefined = suite; s; s = s.parent) suites.unshift(s);
  return suites;
}

function settle(body: Body, what: string): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${SPEC_TIMEOUT_MS / 1000} s`)), SPEC_TIMEOUT_MS);
  });
  return Promise.race([Promise.resolve().then(body), hang]).finally(() => clearTimeout(timer));
}

/** The error as jest shows one: its stack, which begins with its message. */
function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function runSpec(suite: Suite, spec: Spec): Promise<SpecResult> {
  const suites = chain(suite);
  const result: SpecResult = { path: suites.slice(1).map((s) => s.title), title: spec.title };
  try {
    for (const s of suites) for (const hook of s.beforeEach) await settle(hook, 'beforeEach');
    await settle(spec.body, 'the spec');
  } catch (error) {
    result.error = describeError(error);
  }
  return result;
}

async function runSuite(suite: Suite, results: SpecResult[]): Promise<void> {
  for (const child of suite.children) {
    if ('body' in child) results.push(await runSpec(suite, child));
    else await runSuite(child, results);
  }
}

export async function runSpecs(): Promise<SpecResult[]> {
  const results: SpecResult[] = [];
  await runSuite(root, results);
  return results;
}
