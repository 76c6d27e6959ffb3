/**
 * The gate every XML input passes before any parser sees it. A DOCTYPE or an entity declaration is
 * refused outright: BPMN needs neither, and refusing them rules out external entities (XXE) and entity
 * expansion ("billion laughs") whatever parser runs next. Oversized, empty and non-UTF-8 input become
 * problems, never exceptions.
 *
 * @example
 *   const input = readXmlInput(bytes);
 *   if (!input.ok) return input.problems;
 *   parse(input.xml);
 */
import type { Problem } from '../problem';

/** The largest BPMN file accepted: 5 MiB. */
export const MAX_XML_BYTES = 5 * 1024 * 1024;

export type XmlInput = { ok: true; xml: string } | { ok: false; problems: Problem[] };

function refused(code: string, zh: string, en: string): XmlInput {
  return { ok: false, problems: [{ severity: 'error', code, message: { zh, en }, pointer: '' }] };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

function decode(bytes: Uint8Array): string | undefined {
  try {
    // Some Windows modelers save UTF-16 with a byte-order mark; everything else must be UTF-8.
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes);
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-8 size of a string, counted without allocating when it is clearly small or clearly large. */
function utf8Length(s: string): number {
  if (s.length * 3 <= MAX_XML_BYTES) return s.length; // below the limit whatever its characters
  if (s.length > MAX_XML_BYTES) return s.length;
  return new TextEncoder().encode(s).length;
}

// Matched anywhere, comments and CDATA included: a false alarm costs less than a parser that expands.
const DTD = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i;

/** Checks and decodes XML input (text or bytes) for parsing. */
export function readXmlInput(input: string | Uint8Array): XmlInput {
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  if (size > MAX_XML_BYTES) {
    return refused('XML_TOO_LARGE', `BPMN 文件超过 5 MiB（${size} 字节）`, `the BPMN file is larger than 5 MiB (${size} bytes)`);
  }
  let xml: string;
  if (typeof input === 'string') {
    xml = input;
  } else {
    const decoded = decode(input);
    if (decoded === undefined) return refused('XML_ENCODING', '文件不是有效的 UTF-8 文本', 'the file is not valid UTF-8 text');
    xml = decoded;
  }
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  // A lone surrogate means the text was cut or mis-decoded; no XML parser should see it.
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(xml)) {
    return refused('XML_ENCODING', '文本含有无效字符（不是有效的 Unicode）', 'the text contains invalid characters (not valid Unicode)');
  }
  if (!xml.trim()) return refused('XML_EMPTY', 'BPMN 内容为空', 'the BPMN content is empty');
  if (DTD.test(xml)) {
    return refused(
      'XML_DOCTYPE_REFUSED',
      '不接受含 DOCTYPE 或实体声明的 XML（安全原因）',
      'XML with a DOCTYPE or entity declarations is refused (for security)',
    );
  }
  if (!/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*</.test(xml)) {
    return refused('XML_NOT_WELL_FORMED', '内容不是 XML', 'the content is not XML');
  }
  return { ok: true, xml };
}
