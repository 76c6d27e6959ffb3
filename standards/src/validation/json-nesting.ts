/**
 * How deep a document of the platform may nest: a standard, a form schema, a case's data. Nothing
 * authored needs more than a few levels (a form schema nests two per level of its questions), while a
 * file nested thousands of levels deep makes every recursive reader — ajv, the diff, the content hash —
 * overflow its stack. So the bound is checked wherever JSON comes in: the HTTP body, the files of a
 * folder or an archive, the CLI, and validation itself.
 *
 * @example
 *   const at = tooDeepAt(doc);                 // '/forms/intake/properties/a/…' or undefined
 *   const read = parseJsonWithin(text, 'forms/intake.schema.json', '/forms/intake');
 */
import type { Problem } from '../problem';

/** Deeper than any document of the platform; refused rather than walked. */
export const MAX_JSON_DEPTH = 64;

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The JSON pointer of the first value nested deeper than MAX_JSON_DEPTH (the document itself is at
 * depth 0, its fields at 1; a part of a document starts at its own `depth`), or undefined. Walks with
 * a stack of its own, so it cannot overflow.
 */
export function tooDeepAt(value: unknown, depth = 0): string | undefined {
  const stack: Array<[unknown, string, number]> = [[value, '', depth]];
  while (stack.length) {
    const [item, pointer, depth] = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) return pointer;
    if (typeof item !== 'object' || item === null) continue;
    const entries: Array<[string, unknown]> = Array.isArray(item) ? item.map((v, i) => [String(i), v]) : Object.entries(item);
    // Pushed last first, so the first child is walked first and the pointer found is the first in the text.
    for (let i = entries.length - 1; i >= 0; i -= 1) stack.push([entries[i]![1], `${pointer}/${escape(entries[i]![0])}`, depth + 1]);
  }
  return undefined;
}

/** The deepest count of open brackets in JSON text, outside strings: a cheap first look before parsing. */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return deepest;
}

/** The problem of a value nested too deep: at `pointer` in the document, in `file` when it came from one. */
export function nestingProblem(pointer: string, file?: string): Problem {
  return {
    severity: 'error',
    code: 'JSON_TOO_DEEP',
    message: file
      ? { zh: `${file} 的内容嵌套超过 ${MAX_JSON_DEPTH} 层`, en: `${file} is nested deeper than ${MAX_JSON_DEPTH} levels` }
      : { zh: `内容嵌套超过 ${MAX_JSON_DEPTH} 层`, en: `the content is nested deeper than ${MAX_JSON_DEPTH} levels` },
    pointer,
  };
}

/**
 * Parses JSON text of `file` whose value sits at `pointer` in the document (a form at `/forms/<id>`,
 * two levels down); a value nested deeper than MAX_JSON_DEPTH in the document is a problem instead of
 * a value, so what a file may hold is what the assembled document may. Text far deeper than the bound
 * is refused before it is parsed at all. Throws SyntaxError for text that is not JSON, as JSON.parse does.
 */
export function parseJsonWithin(text: string, file: string, pointer = ''): { value: unknown } | { problem: Problem } {
  const depth = pointer ? pointer.split('/').length - 1 : 0;
  // One more level of brackets may still hold nothing too deep (an empty array at the bound).
  if (depth + bracketDepth(text) > MAX_JSON_DEPTH + 1) return { problem: nestingProblem(pointer, file) };
  const value: unknown = JSON.parse(text);
  const deep = tooDeepAt(value, depth);
  return deep === undefined ? { value } : { problem: nestingProblem(`${pointer}${deep}`, file) };
}
