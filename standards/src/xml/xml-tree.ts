/**
 * A small, synchronous XML reader (saxes) giving a namespace-resolved tree, and its canonical form:
 * the same document written with other prefixes, another attribute order, other indentation or
 * comments has the same canonical form. Input passes the safe-XML gate first.
 *
 * @example
 *   const tree = parseXmlTree(xml);           // throws XmlUnreadableError with problems
 *   const same = canonicalXml(tree) === canonicalXml(parseXmlTree(reformatted));
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { detailOf, JingzhunError } from '../errors';
import type { Problem } from '../problem';
import { readXmlInput } from './safe-xml';

export interface XmlNode {
  uri: string;
  local: string;
  /** Attributes by expanded name (`{uri}local`, or `local` without a namespace), namespace declarations left out. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The element's own text, trimmed (whitespace-only text is dropped). */
  text: string;
}

/** Thrown when XML cannot be read; `problems` say why, in both languages. */
export class XmlUnreadableError extends JingzhunError {
  readonly code = 'STANDARD_INVALID';
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => p.message.en).join('; '), { details: problems.map(detailOf) });
  }
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

export function expandedName(uri: string, local: string): string {
  return uri ? `{${uri}}${local}` : local;
}

/** Parses XML (after the safe-XML gate) into a tree; throws XmlUnreadableError when it cannot. */
export function parseXmlTree(input: string | Uint8Array): XmlNode {
  const gate = readXmlInput(input);
  if (!gate.ok) throw new XmlUnreadableError(gate.problems);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Array<{ node: XmlNode; ns: Record<string, string> }> = [];
  let root: XmlNode | undefined;
  let failure: string | undefined;
  parser.on('error', (e) => {
    failure ??= e.message;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const parentNs = stack.at(-1)?.ns ?? {};
    const ns = Object.keys(tag.ns).length ? { ...parentNs, ...tag.ns } : parentNs;
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === XMLNS || a.name === 'xmlns' || a.prefix === 'xmlns') continue;
      let value = a.value;
      if (a.uri === XSI && a.local === 'type') {
        // xsi:type holds a QName; resolve its prefix so that bpmn:tX and bpmn2:tX are the same.
        const [prefix, local] = value.includes(':') ? (value.split(':', 2) as [string, string]) : ['', value];
        value = expandedName(ns[prefix] ?? '', local);
      }
      attrs[expandedName(a.uri, a.local)] = value;
    }
    const node: XmlNode = { uri: tag.uri, local: tag.local, attrs, children: [], text: '' };
    if (stack.length) stack.at(-1)!.node.children.push(node);
    else root ??= node;
    stack.push({ node, ns });
  });
  const onText = (t: string) => {
    const top = stack.at(-1);
    if (top && t.trim()) top.node.text = top.node.text ? `${top.node.text} ${t.trim()}` : t.trim();
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(gate.xml).close();
  } catch (e) {
    failure ??= (e as Error).message;
  }
  if (failure || !root) {
    const why = failure ?? 'no root element';
    throw new XmlUnreadableError([
      { severity: 'error', code: 'XML_NOT_WELL_FORMED', message: { zh: `XML 格式错误：${why}`, en: `the XML is not well-formed: ${why}` }, pointer: '' },
    ]);
  }
  return root;
}

/** The canonical form of a tree: a compact JSON text with attributes in sorted order. */
export function canonicalXml(node: XmlNode): string {
  const parts: string[] = [];
  const write = (n: XmlNode) => {
    parts.push('[', JSON.stringify(expandedName(n.uri, n.local)), ',{');
    Object.keys(n.attrs)
      .sort()
      .forEach((k, i) => parts.push(i ? ',' : '', JSON.stringify(k), ':', JSON.stringify(n.attrs[k])));
    parts.push('}');
    if (n.text) parts.push(',', JSON.stringify(n.text));
    for (const c of n.children) {
      parts.push(',');
      write(c);
    }
    parts.push(']');
  };
  write(node);
  return parts.join('');
}
