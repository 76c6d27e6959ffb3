import { MAX_XML_BYTES, readXmlInput } from './safe-xml';

const codeOf = (input: string | Uint8Array) => {
  const result = readXmlInput(input);
  return result.ok ? 'ok' : result.problems[0]!.code;
};

describe('readXmlInput', () => {
  it('accepts plain BPMN text and UTF-8 bytes, dropping a byte-order mark', () => {
    const xml = '<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>';
    expect(readXmlInput(xml)).toEqual({ ok: true, xml });
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml)]);
    expect(readXmlInput(bytes)).toEqual({ ok: true, xml });
  });

  it('reads UTF-16 text with a byte-order mark, as some Windows modelers save it', () => {
    const xml = '<definitions name="社工"/>';
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < xml.length; i += 1) {
      bytes[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    expect(readXmlInput(bytes)).toEqual({ ok: true, xml });
  });

  it('refuses a DOCTYPE or an entity declaration before any parser sees it (XXE, billion laughs)', () => {
    expect(codeOf('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><d>&xxe;</d>')).toBe('XML_DOCTYPE_REFUSED');
    expect(codeOf('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>')).toBe('XML_DOCTYPE_REFUSED');
    expect(codeOf('<d><!ENTITY x "y"></d>')).toBe('XML_DOCTYPE_REFUSED');
    expect(codeOf('<!doctype html><html/>')).toBe('XML_DOCTYPE_REFUSED');
  });

  it('refuses input over 5 MiB, as text or as bytes', () => {
    const big = `<d>${'x'.repeat(MAX_XML_BYTES)}</d>`;
    expect(codeOf(big)).toBe('XML_TOO_LARGE');
    expect(codeOf(new Uint8Array(MAX_XML_BYTES + 1))).toBe('XML_TOO_LARGE');
    // Two million Chinese characters are six million bytes of UTF-8.
    expect(codeOf(`<d>${'社'.repeat(2_000_000)}</d>`)).toBe('XML_TOO_LARGE');
  });

  it('says so when the bytes are not UTF-8 or the text has broken characters', () => {
    expect(codeOf(new Uint8Array([0x3c, 0x64, 0xff, 0xfe, 0xfd, 0x3e]))).toBe('XML_ENCODING');
    expect(codeOf('<d>\ud800</d>')).toBe('XML_ENCODING');
  });

  it('says so when the input is empty or not XML at all', () => {
    expect(codeOf('')).toBe('XML_EMPTY');
    expect(codeOf('   \n ')).toBe('XML_EMPTY');
    expect(codeOf(new Uint8Array())).toBe('XML_EMPTY');
    expect(codeOf('{"process": "json"}')).toBe('XML_NOT_WELL_FORMED');
  });

  it('gives each refusal in both languages', () => {
    const result = readXmlInput('');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toEqual({ zh: expect.any(String), en: expect.any(String) });
  });
});
