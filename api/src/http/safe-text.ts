/**
 * Text the store cannot keep: PostgreSQL refuses the NUL character in `text` and `jsonb`, and JSON
 * escapes of lone UTF-16 surrogates in `jsonb`. Such input is the client's mistake and is refused up
 * front with a pointer, instead of failing deep in a query as a server error.
 *
 * @example
 *   unstorableText({ name: 'a\u0000b' }); // '/name'
 */
import { MAX_JSON_DEPTH } from '@jingzhun/standards';

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Deeper than any document of the platform; refused rather than walked without end (the standards' one bound). */
export const MAX_DEPTH = MAX_JSON_DEPTH;

/**
 * The JSON pointer of the first string (value or key) the store cannot keep, or of the first value
 * nested deeper than MAX_DEPTH; undefined when there is none.
 */
export function unstorableText(value: unknown, pointer = '', depth = 0): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? pointer : undefined;
  if (depth > MAX_DEPTH) return pointer;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = unstorableText(value[i], `${pointer}/${i}`, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = `${pointer}/${escape(key)}`;
      if (UNSTORABLE.test(key)) return at;
      const found = unstorableText(item, at, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
