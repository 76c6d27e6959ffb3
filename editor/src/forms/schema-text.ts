export type ParsedSchema = { ok: true; schema: Record<string, unknown> } | { ok: false; error: string; detail?: string };

/** Reads a JSON Schema typed by hand; the error is an i18n key (with `detail` from the parser). */
export function parseSchemaText(text: string): ParsedSchema {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: 'forms.invalidJson', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, error: 'forms.notAnObject' };
  return { ok: true, schema: parsed as Record<string, unknown> };
}
