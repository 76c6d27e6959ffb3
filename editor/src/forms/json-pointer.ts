/** JSON pointers (RFC 6901) as the API uses them to say which field an error concerns. */

export function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** JSON pointer `/a/0/b` → react-jsonschema-form's error path `.a.0.b`. */
export function pointerToProperty(pointer: string): string {
  return pointerSegments(pointer)
    .map((p) => `.${p}`)
    .join('');
}

/** A pointer into a request body `{standard: …}` → the same place in the standard itself. */
export function withinStandard(pointer: string): string {
  return pointer.startsWith('/standard/') ? pointer.slice('/standard'.length) : pointer === '/standard' ? '' : pointer;
}

/** `/roles/0/title/zh`, `/roles/0/title`, `/roles/0`, `/roles`: where to look for a field to focus. */
export function pointerAncestors(pointer: string): string[] {
  const segs = pointerSegments(pointer);
  const out: string[] = [];
  for (let n = segs.length; n > 0; n--) out.push(toPointer(segs.slice(0, n)));
  return out;
}
