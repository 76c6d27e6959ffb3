/**
 * The semantic diff of two versions of a standard, for reviewers: BPMN elements added, removed and
 * changed (by id, naming each property that changed: name, type, std: attributes, conditions, timers,
 * flows' source and target), and parameters, indicators, forms and metadata (title, population,
 * contents, methods, roles) added, removed and changed. Moving shapes on the diagram is reported
 * only as `layoutChanged`.
 *
 * @example
 *   const diff = diffVersions(published.standard, draft);
 *   diff.elements.changed // [{ id: 'Task_visit', changes: [{ property: 'std:sla', before: '5', after: '3' }] }]
 */
import { bpmnOutline, type BpmnOutline, type OutlineElement } from '../bpmn/bpmn-outline';
import type { ServiceStandard } from '../schema/service-standard';
import type { StandardVersion } from '../schema/standard-version';
import { parseXmlTree } from '../xml/xml-tree';
import { canonicalJson } from './content-hash';

/** A value that changed, located by a JSON pointer relative to what changed. */
export interface ValueChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface ItemChange<T> {
  id: string;
  before: T;
  after: T;
  changes: ValueChange[];
}

export interface CollectionDiff<T> {
  added: T[];
  removed: T[];
  changed: ItemChange<T>[];
}

export interface ElementSummary {
  id: string;
  type: string;
  name?: string;
}

export interface PropertyChange {
  /** `name`, `type`, `parent`, `sourceRef`, `std:role`, `conditionExpression`, `timerEventDefinition/timeDuration`, … */
  property: string;
  before?: string;
  after?: string;
}

export interface ElementChange extends ElementSummary {
  changes: PropertyChange[];
}

export interface StandardDiff {
  /** Nothing changed at all, layout included. */
  identical: boolean;
  /** How many things changed (items and elements, plus metadata values), layout excluded. */
  changeCount: number;
  /** `code`, `title`, `summary`, `population`. */
  metadata: ValueChange[];
  contents: CollectionDiff<ServiceStandard['contents'][number]>;
  methods: CollectionDiff<ServiceStandard['methods'][number]>;
  roles: CollectionDiff<ServiceStandard['roles'][number]>;
  parameters: CollectionDiff<ServiceStandard['parameters'][number]>;
  indicators: CollectionDiff<ServiceStandard['indicators'][number]>;
  forms: CollectionDiff<{ id: string; schema: Record<string, unknown> }>;
  elements: { added: ElementSummary[]; removed: ElementSummary[]; changed: ElementChange[] };
  /** The diagram (BPMN DI) differs: shapes moved, resized or re-routed. */
  layoutChanged: boolean;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every leaf value that differs between two JSON values, by JSON pointer. */
export function diffValues(before: unknown, after: unknown, path = ''): ValueChange[] {
  if (canonicalJson(before) === canonicalJson(after)) return [];
  const bothObjects =
    typeof before === 'object' && before !== null && typeof after === 'object' && after !== null && Array.isArray(before) === Array.isArray(after);
  if (!bothObjects) {
    const change: ValueChange = { path };
    if (before !== undefined) change.before = before;
    if (after !== undefined) change.after = after;
    return [change];
  }
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = Array.isArray(before)
    ? Array.from({ length: Math.max((before as unknown[]).length, (after as unknown[]).length) }, (_, i) => String(i))
    : [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((k) => diffValues(a[k], b[k], `${path}/${escape(k)}`));
}

function diffCollection<T extends { id: string }>(before: readonly T[], after: readonly T[]): CollectionDiff<T> {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const changed: ItemChange<T>[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) continue;
    const changes = diffValues(previous, item);
    if (changes.length) changed.push({ id: item.id, before: previous, after: item, changes });
  }
  return {
    added: after.filter((x) => !old.has(x.id)),
    removed: before.filter((x) => !now.has(x.id)),
    changed,
  };
}

function summary(e: OutlineElement): ElementSummary {
  return e.name === undefined ? { id: e.id, type: e.type } : { id: e.id, type: e.type, name: e.name };
}

function diffElement(a: OutlineElement, b: OutlineElement): PropertyChange[] {
  const changes: PropertyChange[] = [];
  const compare = (property: string, before: string | undefined, after: string | undefined) => {
    if (before === after) return;
    const change: PropertyChange = { property };
    if (before !== undefined) change.before = before;
    if (after !== undefined) change.after = after;
    changes.push(change);
  };
  compare('type', a.type, b.type);
  compare('name', a.name, b.name);
  compare('parent', a.parent, b.parent);
  for (const key of [...new Set([...Object.keys(a.properties), ...Object.keys(b.properties)])].sort()) {
    compare(key, a.properties[key], b.properties[key]);
  }
  return changes;
}

function diffOutlines(a: BpmnOutline, b: BpmnOutline): StandardDiff['elements'] {
  const changed: ElementChange[] = [];
  for (const [id, after] of b.elements) {
    const before = a.elements.get(id);
    if (!before) continue;
    const changes = diffElement(before, after);
    if (changes.length) changed.push({ ...summary(after), changes });
  }
  return {
    added: [...b.elements.values()].filter((e) => !a.elements.has(e.id)).map(summary),
    removed: [...a.elements.values()].filter((e) => !b.elements.has(e.id)).map(summary),
    changed,
  };
}

function standardOf(x: ServiceStandard | StandardVersion): ServiceStandard {
  return 'standard' in x && typeof x.standard === 'object' ? x.standard : (x as ServiceStandard);
}

function formsOf(s: ServiceStandard): Array<{ id: string; schema: Record<string, unknown> }> {
  return Object.entries(s.forms ?? {}).map(([id, schema]) => ({ id, schema }));
}

/**
 * What changed from `a` to `b` (standards or published versions). Throws XmlUnreadableError
 * (code STANDARD_INVALID) when either process cannot be read as XML.
 */
export function diffVersions(a: ServiceStandard | StandardVersion, b: ServiceStandard | StandardVersion): StandardDiff {
  const before = standardOf(a);
  const after = standardOf(b);
  const metadata = (['code', 'title', 'summary', 'population'] as const).flatMap((key) => diffValues(before[key], after[key], `/${key}`));
  const outlineA = bpmnOutline(parseXmlTree(before.process));
  const outlineB = bpmnOutline(parseXmlTree(after.process));
  const diff: StandardDiff = {
    identical: false,
    changeCount: 0,
    metadata,
    contents: diffCollection(before.contents ?? [], after.contents ?? []),
    methods: diffCollection(before.methods ?? [], after.methods ?? []),
    roles: diffCollection(before.roles ?? [], after.roles ?? []),
    parameters: diffCollection(before.parameters ?? [], after.parameters ?? []),
    indicators: diffCollection(before.indicators ?? [], after.indicators ?? []),
    forms: diffCollection(formsOf(before), formsOf(after)),
    elements: diffOutlines(outlineA, outlineB),
    layoutChanged: outlineA.layout !== outlineB.layout,
  };
  const collections = [diff.contents, diff.methods, diff.roles, diff.parameters, diff.indicators, diff.forms, diff.elements];
  diff.changeCount = metadata.length + collections.reduce((n, c) => n + c.added.length + c.removed.length + c.changed.length, 0);
  diff.identical = diff.changeCount === 0 && !diff.layoutChanged;
  return diff;
}
