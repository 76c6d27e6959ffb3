import { parseSchemaText } from './schema-text';

describe('a JSON Schema typed by hand', () => {
  it('is accepted when it is a JSON object', () => {
    expect(parseSchemaText('{"type":"object"}')).toEqual({ ok: true, schema: { type: 'object' } });
  });

  it('is refused, with the parser’s reason, when it is not JSON', () => {
    const r = parseSchemaText('{"type":');
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.error).toBe('forms.invalidJson');
  });

  it('is refused when it is JSON but not an object', () => {
    expect(parseSchemaText('[1]')).toEqual({ ok: false, error: 'forms.notAnObject' });
  });
});
