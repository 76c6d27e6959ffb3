/**
 * The content hash of a standard: SHA-256 over its canonical JSON (keys sorted, no whitespace), with
 * the BPMN replaced by its canonical form (prefixes resolved, attributes sorted, whitespace and
 * comments dropped). So re-indenting the XML or reordering attributes keeps the hash, and any change
 * to what runs or what is shown changes it.
 *
 * Decision: the diagram (BPMN DI, shape positions) is included. A published version is immutable as a
 * whole, diagram included: supervisors read heatmaps on it and reviewers approved it as drawn. The
 * semantic diff tells a layout-only change apart (`layoutChanged` with no other change).
 *
 * @example
 *   contentHash(standard) // '3f2a…' (64 hex digits)
 */
import { createHash } from 'node:crypto';
import type { ServiceStandard } from '../schema/service-standard';
import { canonicalXml, parseXmlTree } from '../xml/xml-tree';

/** JSON with object keys sorted at every level and no whitespace; undefined properties are left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/** The BPMN in canonical form; unreadable XML is kept as it is (such a draft cannot be published anyway). */
export function normalizeBpmn(xml: string): string {
  try {
    return canonicalXml(parseXmlTree(xml));
  } catch {
    return xml;
  }
}

/** SHA-256 (hex) of the canonical standard. */
export function contentHash(standard: ServiceStandard): string {
  const canonical = canonicalJson({ ...standard, process: normalizeBpmn(standard.process) });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
