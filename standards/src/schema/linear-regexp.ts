/**
 * The regular expressions of JSON Schemas (`pattern`, `patternProperties`), run by RE2 (re2js, a pure
 * JavaScript port: no native build, no install script) instead of JavaScript's backtracking RegExp. A
 * standard's forms and eligibility schema are authored, and a pattern such as `^(a+)+$` would take
 * JavaScript seconds on a short input; RE2 matches in time linear in the input, whatever the pattern.
 *
 * A pattern is written in JavaScript's syntax (with the `u` flag, as ajv compiles it) and translated;
 * `\s` and `.` keep their JavaScript meaning. What RE2 cannot run (backreferences, lookahead and
 * lookbehind, `\S` inside a character class, long repeat counts) is refused: `patternProblem` says why,
 * and validation reports it at the pattern's place in the schema.
 *
 * @example
 *   const ajv = new Ajv2020({ code: { regExp: linearRegExp } });
 *   patternProblem('(a)\\1'); // { zh: '…反向引用…', en: '…backreference…' }
 */
import { RE2JS } from 're2js';
import { JingzhunError } from '../errors';

/** JavaScript's `\s`: WhiteSpace and LineTerminator (the `Z` categories are the Unicode spaces and separators). */
const JS_SPACE = '\\t\\n\\v\\f\\r\\p{Z}\\x{FEFF}';
/** JavaScript's `.` without the `s` flag: anything but a line terminator. */
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

/** Thrown when a pattern cannot run on RE2; `reason` says why in both languages. */
export class PatternUnsupportedError extends JingzhunError {
  readonly code = 'PATTERN_UNSUPPORTED';
  constructor(
    readonly pattern: string,
    readonly reason: { zh: string; en: string },
  ) {
    super(`pattern ${JSON.stringify(pattern)} cannot be used: ${reason.en}`);
  }
}

function refuse(pattern: string, zh: string, en: string): never {
  throw new PatternUnsupportedError(pattern, { zh, en });
}

/**
 * The pattern in RE2's syntax. Walks the JavaScript pattern once, refusing what RE2 has no linear-time
 * form of and rewriting what it says differently; the rest is RE2JS's own translation.
 */
function toRe2(pattern: string): string {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    refuse(pattern, `它不是有效的正则表达式（${(error as Error).message}）`, `it is not a valid regular expression (${(error as Error).message})`);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) {
        refuse(pattern, '它含有反向引用（\\1、\\k<名称>），线性时间的正则引擎无法运行', 'it has a backreference (\\1, \\k<name>), which a linear-time engine cannot run');
      }
      if (next === 's') out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      else if (next === 'S' && !inClass) out += `[^${JS_SPACE}]`;
      else if (next === 'S') refuse(pattern, '它在方括号内使用了 \\S；请改写（如 (?:\\S|[…])）', 'it uses \\S inside brackets; write it another way (e.g. (?:\\S|[…]))');
      else out += ch + next;
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      // A `]` first in a class, or after `^`, is a character in JavaScript only without `u`: not here.
      continue;
    }
    if (ch === '(' && pattern[i + 1] === '?') {
      const look = pattern.slice(i + 2, i + 4);
      if (look[0] === '=' || look[0] === '!' || look === '<=' || look === '<!') {
        refuse(pattern, '它含有先行或后行断言（(?=…)、(?!…)、(?<=…)、(?<!…)），线性时间的正则引擎无法运行', 'it has a lookahead or lookbehind ((?=…), (?!…), (?<=…), (?<!…)), which a linear-time engine cannot run');
      }
    }
    out += ch === '.' ? JS_DOT : ch;
  }
  return RE2JS.translateRegExp(out);
}

/** A compiled pattern as ajv uses it: `test` finds a match anywhere, as RegExp.prototype.test does. */
export interface LinearPattern {
  test(input: string): boolean;
  toString(): string;
}

function compile(pattern: string): LinearPattern {
  const source = toRe2(pattern);
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(source);
  } catch (error) {
    refuse(pattern, `线性时间的正则引擎无法运行它（${(error as Error).message}）`, `a linear-time engine cannot run it (${(error as Error).message})`);
  }
  // ajv shares compiled patterns between schemas by this key: it must name the pattern exactly.
  const key = `/${pattern}/u`;
  return { test: (input: string) => re2.test(input), toString: () => key };
}

const cache = new Map<string, LinearPattern>();
const CACHE_LIMIT = 1_000;

/**
 * ajv's `code.regExp`: compiles `pattern` for RE2. Throws PatternUnsupportedError for what RE2 cannot
 * run, which makes ajv's compile fail; validation finds such patterns first with patternProblem.
 */
export const linearRegExp = Object.assign(
  (pattern: string, _flags: string): LinearPattern => {
    let compiled = cache.get(pattern);
    if (!compiled) {
      compiled = compile(pattern);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(pattern, compiled);
    }
    return compiled;
  },
  // ajv writes this into standalone code only; this project does not generate any.
  { code: 'require("@jingzhun/standards").linearRegExp' },
);

/** Why `pattern` cannot run on the platform, in both languages; undefined when it can. */
export function patternProblem(pattern: string): { zh: string; en: string } | undefined {
  try {
    linearRegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    if (error instanceof PatternUnsupportedError) return error.reason;
    throw error;
  }
}
