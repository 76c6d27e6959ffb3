/**
 * A flat outline of a BPMN process for comparing versions: every element with an id, its type, name
 * and properties, where properties include `std:` attributes, flows' source and target, conditions
 * and timers (folded in from child elements such as `conditionExpression` or `timerEventDefinition`).
 * The diagram (BPMN DI) is kept apart as a layout signature, so moving a shape is not a semantic change.
 *
 * @example
 *   const outline = bpmnOutline(parseXmlTree(xml));
 *   outline.elements.get('Task_visit')?.properties['std:role'] // 'caseworker'
 */
import { STD_NAMESPACE_URI } from './std-extension';
import { canonicalXml, expandedName, type XmlNode } from '../xml/xml-tree';

export const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const DIAGRAM_NS = new Set([
  'http://www.omg.org/spec/BPMN/20100524/DI',
  'http://www.omg.org/spec/DD/20100524/DC',
  'http://www.omg.org/spec/DD/20100524/DI',
]);

export interface OutlineElement {
  id: string;
  /** The BPMN type's local name, e.g. `userTask`, `sequenceFlow`. */
  type: string;
  name?: string;
  /** The id of the process or sub-process it belongs to. */
  parent?: string;
  /** Everything else that can change, by property name (`std:role`, `sourceRef`, `conditionExpression`, …). */
  properties: Record<string, string>;
}

export interface BpmnOutline {
  /** In document order. */
  elements: Map<string, OutlineElement>;
  /** The canonical form of the diagram (all BPMN DI), empty when there is none. */
  layout: string;
}

// Child elements that describe their parent rather than standing on their own, even with an id.
const FOLDED = /EventDefinition$|Expression$|LoopCharacteristics$|^(condition|timeDuration|timeDate|timeCycle|documentation|extensionElements|script|ioSpecification|dataInputAssociation|dataOutputAssociation|loopCardinality|completionCondition|text)$/;
// Redundant with the flows' sourceRef and targetRef, which are what a reviewer reads.
const SKIPPED = new Set(['incoming', 'outgoing', 'flowNodeRef']);

// xsi:type only says "formal expression" to XML tools; a reviewer has nothing to read in it.
const XSI_TYPE = '{http://www.w3.org/2001/XMLSchema-instance}type';

function propertyName(attribute: string): string {
  if (attribute.startsWith(`{${STD_NAMESPACE_URI}}`)) return `std:${attribute.slice(STD_NAMESPACE_URI.length + 2)}`;
  if (attribute.startsWith(`{${BPMN_MODEL_NS}}`)) return attribute.slice(BPMN_MODEL_NS.length + 2);
  return attribute;
}

function addProperty(properties: Record<string, string>, key: string, value: string): void {
  properties[key] = key in properties ? `${properties[key]}\n${value}` : value;
}

/** Outlines a BPMN document tree (from parseXmlTree). */
export function bpmnOutline(root: XmlNode): BpmnOutline {
  const elements = new Map<string, OutlineElement>();
  const layout: string[] = [];

  const fold = (node: XmlNode, into: OutlineElement, path: string) => {
    for (const [attr, value] of Object.entries(node.attrs)) {
      if (attr === 'id' || attr === XSI_TYPE) continue;
      addProperty(into.properties, `${path}@${propertyName(attr)}`, value);
    }
    if (node.text) addProperty(into.properties, path, node.text);
    for (const child of node.children) {
      if (SKIPPED.has(child.local)) continue;
      fold(child, into, `${path}/${child.uri === BPMN_MODEL_NS ? child.local : expandedName(child.uri, child.local)}`);
    }
  };

  const visit = (node: XmlNode, owner: OutlineElement | undefined, scope: string | undefined) => {
    if (DIAGRAM_NS.has(node.uri)) {
      layout.push(canonicalXml(node));
      return;
    }
    const id = node.attrs['id'];
    const standsAlone = node.uri === BPMN_MODEL_NS && id && node.local !== 'definitions' && !FOLDED.test(node.local);
    if (standsAlone) {
      const element: OutlineElement = { id, type: node.local, properties: {} };
      if (node.attrs['name'] !== undefined) element.name = node.attrs['name'];
      if (scope) element.parent = scope;
      for (const [attr, value] of Object.entries(node.attrs)) {
        if (attr === 'id' || attr === 'name' || attr === XSI_TYPE) continue;
        element.properties[propertyName(attr)] = value;
      }
      if (node.text) element.properties['text'] = node.text;
      elements.set(id, element);
      const isScope = node.local === 'process' || node.local === 'subProcess' || node.local === 'transaction' || node.local === 'adHocSubProcess';
      for (const child of node.children) visit(child, element, isScope ? id : scope);
      return;
    }
    if (owner && node.local !== 'definitions') {
      if (!SKIPPED.has(node.local)) fold(node, owner, node.uri === BPMN_MODEL_NS ? node.local : expandedName(node.uri, node.local));
      return;
    }
    for (const child of node.children) visit(child, owner, scope);
  };

  visit(root, undefined, undefined);
  return { elements, layout: layout.join('') };
}
