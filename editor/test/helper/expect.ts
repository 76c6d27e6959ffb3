/**
 * The few assertions the browser specs make, worded as jest's: jest's own `expect` needs Node's
 * modules and does not run in the browser.
 */

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const [ka, kb] = [keys(a), keys(b)];
  return ka.length === kb.length && ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface Matchers {
  /** Same value (Object.is). */
  toBe(expected: unknown): void;
  /** Same structure, recursively; properties that are undefined count as absent. */
  toEqual(expected: unknown): void;
  toBeUndefined(): void;
  toBeTruthy(): void;
  /** A string containing the substring, or an array containing the item. */
  toContain(item: unknown): void;
  toHaveLength(length: number): void;
  toMatch(pattern: RegExp): void;
}

function matchers(actual: unknown, negated: boolean): Matchers {
  const check = (pass: boolean, what: string) => {
    if (pass === negated) throw new Error(`expected ${show(actual)} ${negated ? 'not ' : ''}${what}`);
  };
  return {
    toBe: (expected) => check(Object.is(actual, expected), `to be ${show(expected)}`),
    toEqual: (expected) => check(equal(actual, expected), `to equal ${show(expected)}`),
    toBeUndefined: () => check(actual === undefined, 'to be undefined'),
    toBeTruthy: () => check(Boolean(actual), 'to be truthy'),
    toContain: (item) => check((typeof actual === 'string' || Array.isArray(actual)) && actual.includes(item as never), `to contain ${show(item)}`),
    toHaveLength: (length) => check((actual as { length?: unknown } | null)?.length === length, `to have length ${length}`),
    toMatch: (pattern) => check(typeof actual === 'string' && pattern.test(actual), `to match ${pattern}`),
  };
}

export function expect(actual: unknown): Matchers & { not: Matchers } {
  return { ...matchers(actual, false), not: matchers(actual, true) };
}
