/**
 * The bound on a process's size: a standard whose BPMN has more flow elements (nodes and sequence
 * flows, in every process and sub-process) than a city service standard could reasonably have is
 * refused before it is parsed and linted, so that one document costs a bounded amount of work.
 *
 * The shipped standards (examples/standards) have 48–59 flow elements; the limit is about 35 times the
 * largest. Up to it, validation stays within a second of one core (a generated process of 2,000
 * elements validated in 0.6–0.9 s warm on a busy machine); past it, the cost grows with the document (a 12,000-task process
 * that fits in the 1 MiB request body took seconds of parsing and linting). A service larger than that
 * is several standards that refer to each other (call activities), as the shipped ones do.
 *
 * The elements are counted on the XML text, by the local names of bpmn-moddle's own flow element
 * types, whatever the namespace prefix: a scan of at most 5 MiB instead of a parse. An element inside
 * a comment or CDATA section counts too — that only ever overstates the size of odd documents.
 *
 * @example
 *   const problem = checkProcessSize(xml);
 *   if (problem) return [problem]; // not parsed, not linted
 */
import bpmnPackage from 'bpmn-moddle/resources/bpmn/json/bpmn.json';
import type { Problem } from '../problem';

/** The most flow elements (sequence flows included) a standard's process may have. */
export const MAX_FLOW_ELEMENTS = 2000;

interface ModdleType {
  name: string;
  superClass?: string[];
  isAbstract?: boolean;
}

/** The XML element names of the concrete subtypes of bpmn:FlowElement (`userTask`, `sequenceFlow`, …). */
function flowElementTagNames(types: ModdleType[]): string[] {
  const byName = new Map(types.map((t) => [t.name, t]));
  const isFlowElement = (name: string): boolean =>
    name === 'FlowElement' || (byName.get(name)?.superClass ?? []).some((s) => isFlowElement(s.replace(/^bpmn:/, '')));
  return types.filter((t) => !t.isAbstract && isFlowElement(t.name)).map((t) => t.name[0]!.toLowerCase() + t.name.slice(1));
}

// A start tag of one of them, with any namespace prefix; the name must end there (`task`, not `taskX`).
const FLOW_ELEMENT_TAG = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?(?:${flowElementTagNames((bpmnPackage as { types: ModdleType[] }).types).join('|')})(?=[\\s/>])`, 'g');

/** How many flow elements the XML declares. */
export function countFlowElements(xml: string): number {
  let count = 0;
  FLOW_ELEMENT_TAG.lastIndex = 0;
  while (FLOW_ELEMENT_TAG.exec(xml)) count += 1;
  return count;
}

/** A problem at `/process` when the process has more flow elements than a standard may have. */
export function checkProcessSize(xml: string): Problem | undefined {
  const count = countFlowElements(xml);
  if (count <= MAX_FLOW_ELEMENTS) return undefined;
  const n = count.toLocaleString('en-US');
  const max = MAX_FLOW_ELEMENTS.toLocaleString('en-US');
  return {
    severity: 'error',
    code: 'PROCESS_TOO_LARGE',
    message: {
      zh: `流程有 ${n} 个流程元素（含顺序流），超过上限 ${max} 个；一个服务标准不会如此庞大，请拆分为相互转介的几个标准`,
      en: `the process has ${n} flow elements (sequence flows included), more than the ${max} a standard may have; split it into standards that refer to each other`,
    },
    pointer: '/process',
  };
}
