// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the typings must reach other workspaces' type checks
/// <reference path="./bpmn-moddle.d.ts" />
/**
 * Reads BPMN 2.0 XML into bpmn-moddle elements with the `std:` extension, after the safe-XML gate.
 * Whatever comes in (another modeler's export, a truncated file, not BPMN at all), the result is
 * elements and problems, never an exception.
 *
 * @example
 *   const { definitions, problems } = await readBpmn(xml);
 */
import { BpmnModdle, type ModdleWarning } from 'bpmn-moddle';
import type { Problem } from '../problem';
import { readXmlInput } from '../xml/safe-xml';
import type { BpmnElement } from './bpmn-element';
import { STD_PREFIX, stdModdleDescriptor } from './std-extension';

export interface ReadBpmn {
  /** The `bpmn:Definitions` root, absent when the XML could not be read as BPMN. */
  definitions?: BpmnElement;
  elementsById: Record<string, BpmnElement>;
  problems: Problem[];
}

const moddle = new BpmnModdle({ std: stdModdleDescriptor });

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function fromWarning(w: ModdleWarning): Problem {
  const elementId = w.element?.id;
  const at = elementId ? { elementId } : { pointer: '' };
  const message = firstLine(w.message);
  const unresolved = /^unresolved reference <(.*)>$/.exec(message);
  if (unresolved) {
    return {
      severity: 'error',
      code: 'BPMN_UNRESOLVED_REFERENCE',
      message: {
        zh: `${w.property ?? '引用'} 指向不存在的元素 “${unresolved[1]}”`,
        en: `${w.property ?? 'a reference'} points to a missing element "${unresolved[1]}"`,
      },
      ...at,
    };
  }
  const unknownAttribute = /^unknown attribute <(.*)>$/.exec(message);
  if (unknownAttribute && unknownAttribute[1]!.startsWith(`${STD_PREFIX}:`)) {
    // A misspelt std: attribute silently loses a role, a form or an SLA, so it is an error.
    return {
      severity: 'error',
      code: 'STD_ATTRIBUTE_UNKNOWN',
      message: { zh: `未知的 std: 属性 “${unknownAttribute[1]}”`, en: `unknown std: attribute "${unknownAttribute[1]}"` },
      ...at,
    };
  }
  const line = /line: (\d+)/.exec(w.message)?.[1];
  const where = line ? { zh: `（第 ${Number(line) + 1} 行）`, en: ` (line ${Number(line) + 1})` } : { zh: '', en: '' };
  return {
    severity: 'warning',
    code: 'BPMN_XML_WARNING',
    message: { zh: `BPMN 中有无法识别的内容${where.zh}：${message}`, en: `unrecognised BPMN content${where.en}: ${message}` },
    ...at,
  };
}

/**
 * `incoming` and `outgoing` are optional in BPMN XML and many tools leave them out, while bpmnlint and
 * our rules follow them; so they are completed from each flow's sourceRef and targetRef.
 */
function completeFlowReferences(elementsById: Record<string, BpmnElement>): void {
  for (const flow of Object.values(elementsById)) {
    if (flow.$type !== 'bpmn:SequenceFlow') continue;
    const link = (node: unknown, property: 'outgoing' | 'incoming') => {
      if (!node || typeof (node as BpmnElement).get !== 'function') return;
      const list = (node as BpmnElement).get(property) as BpmnElement[] | undefined;
      if (Array.isArray(list) && !list.includes(flow)) list.push(flow);
    };
    link(flow['sourceRef'], 'outgoing');
    link(flow['targetRef'], 'incoming');
  }
}

/** Parses BPMN XML (text or bytes); problems say why it could not be read, or what was skipped. */
export async function readBpmn(input: string | Uint8Array): Promise<ReadBpmn> {
  const gate = readXmlInput(input);
  if (!gate.ok) return { elementsById: {}, problems: gate.problems };
  try {
    const result = await moddle.fromXML(gate.xml, 'bpmn:Definitions');
    completeFlowReferences(result.elementsById ?? {});
    return {
      definitions: result.rootElement,
      elementsById: result.elementsById ?? {},
      problems: result.warnings.map(fromWarning),
    };
  } catch (error) {
    const message = firstLine((error as Error).message ?? String(error));
    const notBpmn = /failed to parse document as/.test(message);
    const nested = /nested error: (.*)/.exec((error as Error).message ?? '')?.[1];
    const line = /line: (\d+)/.exec((error as Error).message ?? '')?.[1];
    const where = line ? { zh: `第 ${Number(line) + 1} 行：`, en: ` at line ${Number(line) + 1}` } : { zh: '', en: '' };
    return {
      elementsById: {},
      problems: [
        notBpmn
          ? {
              severity: 'error',
              code: 'XML_NOT_BPMN',
              message: { zh: '内容不是 BPMN 2.0（根元素应为 bpmn:definitions）', en: 'the content is not BPMN 2.0 (the root must be bpmn:definitions)' },
              pointer: '',
            }
          : {
              severity: 'error',
              code: 'XML_NOT_WELL_FORMED',
              message: {
                zh: `XML 格式错误，${where.zh}${nested ?? message}`,
                en: `the XML is not well-formed${where.en}: ${nested ?? message}`,
              },
              pointer: '',
            },
      ],
    };
  }
}
