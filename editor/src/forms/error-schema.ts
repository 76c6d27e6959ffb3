import { pointerSegments } from './json-pointer';

export interface ErrorTree {
  __errors?: string[];
  [key: string]: ErrorTree | string[] | undefined;
}

/**
 * The API's field errors `{pointer, message}` as react-jsonschema-form's nested error schema, so each
 * message appears under its own field (an error without a pointer goes to the form as a whole).
 */
export function errorSchemaFrom(errors: readonly { pointer?: string; message: string }[]): ErrorTree {
  const root: ErrorTree = {};
  for (const e of errors) {
    let node = root;
    for (const seg of pointerSegments(e.pointer ?? '')) {
      const next = (node[seg] as ErrorTree | undefined) ?? {};
      node[seg] = next;
      node = next;
    }
    (node.__errors ??= []).push(e.message);
  }
  return root;
}
