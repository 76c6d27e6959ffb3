/**
 * The file name a download's `Content-Disposition` gives: the UTF-8 `filename*` (RFC 5987, Chinese
 * names) when present, else the plain `filename`, else the fallback.
 *
 * @example
 *   filenameFromDisposition(`attachment; filename="Cases-2026-06-01.xlsx"; filename*=UTF-8''%E4%B8%AA%E6%A1%88-2026-06-01.xlsx`, 'x.xlsx');
 *   // '个案-2026-06-01.xlsx'
 */
export function filenameFromDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      const name = decodeURIComponent(extended[2]!.trim().replace(/^"|"$/g, ''));
      if (safe(name)) return name;
    } catch {
      // a malformed escape: try the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain ? (plain[1] ?? plain[2] ?? '').replace(/\\(.)/g, '$1').trim() : '';
  return safe(name) ? name : fallback;
}

/** A name without folders: the browser saves it where the person chooses, under this name only. */
function safe(name: string): boolean {
  return name.length > 0 && !/[/\\]/.test(name) && name !== '.' && name !== '..';
}
