/**
 * The budget of one FEEL evaluation: a count of the interpreter's steps and a few bounds, the same on
 * a fast or a busy machine (no clock is read). FEEL can stall a server: a range of a million numbers,
 * nested `for`s, a function that calls itself, a regular expression that backtracks. feelin reports
 * its work to a `FeelMeter` (a patch, `patches/README.md`), which throws FeelBudgetExceededError as
 * soon as a bound is passed.
 *
 * @example
 *   checkFeelText(expression); // its length and brackets, before it is parsed
 *   evaluate(expression, context, undefined, new FeelMeter(expression)).value;
 */
import { FeelDate, FeelDateTime, FeelDuration, FeelTime, type EvaluationMeter, type FeelRange } from 'feelin';
import { excerpt, FeelBudgetExceededError } from './feel-errors';

/**
 * The bounds. An ordinary condition (`tier = "high" and age > 80`) takes 200–350 steps (mostly for
 * looking its two names up among the builtins) and nests five levels; `some m in members satisfies
 * m.employed = false` over ten members about 1,100 (mostly for the ten copies of the scope it makes).
 * Measurements are in `patches/README.md`.
 */
export const FEEL_BUDGET = {
  /**
   * Characters of an expression. feelin's parser is not counted: it takes up to ≈ 0.1 ms a character
   * on hostile text, and more the more variables a case has (a filter costs a copy of all their names).
   */
  length: 500,
  /**
   * Nesting: of brackets (checked before parsing: the parser recurses on them), of the parse tree, and
   * of evaluations in progress (a function calling itself). An ordinary condition nests 5–15 levels;
   * 64 stay far inside what the stack holds when a condition is evaluated deep inside a case's run.
   */
  depth: 64,
  /**
   * Steps: a node evaluated; an entry of a list or context a node made; a number of a range; a
   * comparison; 32 characters of text; a variable of each copy of the scope or each key a name is
   * compared with; ten for a warning; a thousand for a date, time or duration. Using up 200,000 took
   * 2–50 ms of one core, 100 ms as a process's first FEEL (`patches/README.md`).
   */
  steps: 200_000,
  /** Numbers of a range that `for`, `some` or `every` runs through. */
  range: 10_000,
} as const;

export type FeelBudget = { readonly [K in keyof typeof FEEL_BUDGET]: number };

/** Characters of text that count as one step. */
const CHARS_PER_STEP = 32;

/** A warning (an unknown name, say) formats a message: ≈ 2 µs, ten times a node's evaluation. */
const STEPS_PER_WARNING = 10;

/**
 * A date, time or duration a node makes or reads: parsing, comparing and adding them take 7–800 µs
 * each (a zoned date-time ≈ 26 µs, a duration ≈ 110 µs, `years and months duration` ≈ 0.8 ms), a
 * thousand times a node's evaluation.
 */
const STEPS_PER_TEMPORAL = 1_000;

/**
 * The variables a scope counts as holding at least, about those of a case: validation evaluates an
 * expression without any, and must count what the same expression costs in a case's run.
 */
const NOMINAL_VARIABLES = 64;

/** Refuses, before parsing, an expression longer or with brackets nested deeper than the budget. */
export function checkFeelText(expression: string, budget: FeelBudget = FEEL_BUDGET): void {
  if (expression.length > budget.length) {
    throw new FeelBudgetExceededError(expression, 'length', {
      zh: `表达式长 ${expression.length} 个字符，最多 ${budget.length} 个`,
      en: `the expression is ${expression.length} characters long; at most ${budget.length}`,
    });
  }
  if (bracketDepth(expression) > budget.depth) throw depthExceeded(expression, budget);
}

/** Counts an evaluation's work for feelin and throws FeelBudgetExceededError when it is too much. */
export class FeelMeter implements EvaluationMeter {
  private steps = 0;
  private depth = 0;
  /** The keys of each scope and context met: feelin copies or scans them all. */
  private readonly widths = new WeakMap<object, number>();
  /** What a scope is counted more than its keys: the variables the evaluation's own scope lacks. */
  private missingVariables: number | undefined;
  constructor(
    private readonly expression: string,
    private readonly budget: FeelBudget = FEEL_BUDGET,
  ) {}

  /** The steps counted so far. */
  get used(): number {
    return this.steps;
  }

  build(depth: number): void {
    if (depth > this.budget.depth) throw depthExceeded(this.expression, this.budget);
  }

  enter(scope: unknown): void {
    if (++this.steps > this.budget.steps) this.exceeded();
    if (++this.depth > this.budget.depth) throw depthExceeded(this.expression, this.budget);
    if (typeof scope !== 'object' || scope === null || this.widths.has(scope)) return;
    if (this.missingVariables === undefined) {
      // The evaluation's own scope: the variables it was given, not a copy.
      this.missingVariables = Math.max(0, NOMINAL_VARIABLES - this.widthOf(scope));
      return;
    }
    // feelin copies the scope for each element of a filter, each call of a function and each context
    // literal: a scope met for the first time costs its variables.
    this.charge(this.widthOf(scope) + this.missingVariables);
  }

  leave(value: unknown, scopes = false): void {
    this.depth--;
    if (scopes) {
      // The contexts of an iteration, counted by `scopes` before they were made.
      const contexts = (value as object[] | null) ?? [];
      const width = contexts.length > 0 ? Object.keys(contexts[0]!).length : 0;
      for (const context of contexts) this.widths.set(context, width);
      return;
    }
    if (isTemporal(value)) this.charge(STEPS_PER_TEMPORAL);
    else if (typeof value === 'object' && value !== null) this.charge(sizeOf(value, this.budget.steps - this.steps));
    else if (typeof value === 'string' && value.length >= CHARS_PER_STEP) this.charge(Math.floor(value.length / CHARS_PER_STEP));
  }

  scopes(count: number, scope: Record<string, unknown>): void {
    this.charge(count * (1 + this.widthOf(scope) + (this.missingVariables ?? 0)));
  }

  scan(context: object): void {
    this.charge(this.widthOf(context) + (this.missingVariables ?? 0));
  }

  range(range: FeelRange): void {
    const { start, end } = range as { start: unknown; end: unknown };
    // Letters (a range of at most 52) and what feelin cannot enumerate itself are left to feelin.
    if (typeof start !== 'number' || typeof end !== 'number') return;
    const count = Math.abs(end - start) + 1;
    // feelin steps by one from the start until it meets the end exactly: bounds that are not whole
    // numbers may never meet.
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || count > this.budget.range) {
      throw new FeelBudgetExceededError(this.expression, 'range', {
        zh: `区间 ${start}..${end} 无法逐一列举：for、some、every 遍历的区间须以整数为界，最多 ${this.budget.range} 个数`,
        en: `the range ${start}..${end} cannot be enumerated: a range that for, some or every runs through needs whole-number bounds and at most ${this.budget.range} numbers`,
      });
    }
    this.charge(count);
  }

  step(): void {
    if (++this.steps > this.budget.steps) this.exceeded();
  }

  pattern(pattern: string, input: string): void {
    if (!isFixedPattern(pattern)) {
      throw new FeelBudgetExceededError(this.expression, 'pattern', {
        zh: `模式 “${excerpt(pattern, 40)}” 含有重复或选择（* + ? {…} |），匹配时间可能随输入指数增长；模式只能匹配固定的文字`,
        en: `the pattern "${excerpt(pattern, 40)}" repeats or alternates (* + ? {…} |), which can take time exponential in its input; patterns may only match fixed text`,
      });
    }
    // A fixed pattern is tried at each position of the input.
    this.text((input.length + 1) * Math.max(pattern.length, 1));
  }

  text(length: number): void {
    this.charge(Math.ceil(length / CHARS_PER_STEP));
  }

  warning(): void {
    this.charge(STEPS_PER_WARNING);
  }

  private widthOf(scope: object): number {
    let width = this.widths.get(scope);
    if (width === undefined) {
      width = Object.keys(scope).length;
      this.widths.set(scope, width);
    }
    return width;
  }

  private charge(steps: number): void {
    this.steps += steps;
    if (this.steps > this.budget.steps) this.exceeded();
  }

  private exceeded(): never {
    throw new FeelBudgetExceededError(this.expression, 'steps', {
      zh: `计算超过 ${this.budget.steps} 步（循环、区间或列表过大，或函数递归）`,
      en: `evaluating it takes more than ${this.budget.steps} steps (a loop, range or list too large, or a function calling itself)`,
    });
  }
}

function depthExceeded(expression: string, budget: FeelBudget): FeelBudgetExceededError {
  return new FeelBudgetExceededError(expression, 'depth', {
    zh: `嵌套超过 ${budget.depth} 层（括号过多，或函数递归）`,
    en: `it nests more than ${budget.depth} levels deep (too many brackets, or a function calling itself)`,
  });
}

/**
 * The size of a value a node made, counted until it passes `limit`: one for a list or context and one
 * for each of its entries, with what they hold, and a step for each 32 characters of text. A value
 * held twice is counted twice: builtins (flatten, string, =) walk it twice.
 */
function sizeOf(root: object, limit: number): number {
  let size = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0 && size <= limit) {
    const value = pending.pop();
    if (typeof value === 'string') {
      size += Math.floor(value.length / CHARS_PER_STEP);
    } else if (Array.isArray(value)) {
      size += 1 + value.length;
      if (size > limit) break;
      for (const item of value) if (isComposite(item)) pending.push(item);
    } else if (isContext(value)) {
      size += 1;
      for (const key in value) {
        size += 1;
        const item = value[key];
        if (isComposite(item)) pending.push(item);
      }
    } else {
      size += 1; // a date, a duration, a range, a function
    }
  }
  return size;
}

function isTemporal(value: unknown): boolean {
  return value instanceof FeelDate || value instanceof FeelDateTime || value instanceof FeelDuration || value instanceof FeelTime;
}

function isComposite(value: unknown): boolean {
  return (typeof value === 'object' && value !== null) || (typeof value === 'string' && value.length >= CHARS_PER_STEP);
}

function isContext(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The deepest nesting of brackets outside strings, comments and backtick names. */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else if (c === '(' || c === '[' || c === '{') {
      deepest = Math.max(deepest, ++depth);
    } else if (c === ')' || c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/**
 * Whether a pattern matches only text of a fixed shape: no repetition (`*`, `+`, `?`, `{…}`) and no
 * alternatives (`|`) outside character classes. Such a pattern tries each position of the input once,
 * in time proportional to input × pattern; one with repetition can take time exponential in the input
 * (`(a+)+$` on 26 letters and a `!`: ≈ 1.5 s, about twice that for each letter more), and nothing can
 * stop it midway.
 */
export function isFixedPattern(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const escaped = pattern[i + 1];
      i++;
      // \p{Letter}, \u{4E00}: the braces belong to the escape.
      if ((escaped === 'p' || escaped === 'P' || escaped === 'u') && pattern[i + 1] === '{') {
        const close = pattern.indexOf('}', i + 1);
        if (close < 0) return false;
        i = close;
      }
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '|') {
      return false;
    }
  }
  return true;
}
