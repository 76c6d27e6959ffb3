/**
 * Validation of a whole standard, returning every problem at once: the document against its JSON
 * Schema, the forms and the eligibility schema as JSON Schemas, the parameters and indicators, the
 * BPMN process (read safely, linted with bpmnlint's and the project's rules, cross-checked against the
 * standard's roles, forms, contents and parameters), and whether the process lets each time-limited
 * indicator be met (`indicator-feasibility.ts`). It runs on every draft save, so it stays fast and
 * never throws on bad input.
 *
 * @example
 *   const problems = await validateStandard(doc);
 *   if (hasErrors(problems)) … // not yet submittable
 */
import { isA, many, type BpmnElement } from '../bpmn/bpmn-element';
import { readBpmn } from '../bpmn/read-bpmn';
import { isDurationUnit } from '../bpmn/std-extension';
import { lintDefinitions } from '../lint/lint-bpmn';
import type { StandardLintContext } from '../lint/lint-context';
import type { Problem } from '../problem';
import { validateAgainst } from '../schema/ajv';
import { ServiceStandardSchema } from '../schema/service-standard';
import { checkIndicatorFeasibility } from './indicator-feasibility';
import { checkIndicators } from './indicator-rules';
import { checkDocument } from './document-rules';
import { nestingProblem, tooDeepAt } from './json-nesting';
import { checkProcessSize } from './process-size';

export { BUILT_IN_SERVICES, type BuiltInService } from './built-in-services';

/** The ids of the flow elements of every process and sub-process, with their BPMN type. */
export function flowElementsOf(definitions: BpmnElement): Map<string, BpmnElement> {
  const found = new Map<string, BpmnElement>();
  const visit = (container: BpmnElement) => {
    for (const element of many(container, 'flowElements')) {
      if (element.id) found.set(element.id, element);
      if (isA(element, 'bpmn:SubProcess')) visit(element);
    }
  };
  for (const root of many(definitions, 'rootElements')) if (isA(root, 'bpmn:Process')) visit(root);
  return found;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function ids(list: unknown): string[] {
  return Array.isArray(list) ? list.map((item) => asRecord(item)?.['id']).filter((id): id is string => typeof id === 'string') : [];
}

/** What the lint rules need to know about the standard, read leniently from a possibly invalid doc. */
function lintContextOf(doc: Record<string, unknown>): StandardLintContext {
  const parameters = Array.isArray(doc['parameters'])
    ? doc['parameters']
        .map(asRecord)
        .filter((p): p is Record<string, unknown> => !!p && typeof p['id'] === 'string')
        .map((p) => ({
          id: p['id'] as string,
          kind: String(p['kind']),
          unit: isDurationUnit(p['unit']) ? p['unit'] : undefined,
          min: typeof p['min'] === 'number' ? p['min'] : undefined,
          max: typeof p['max'] === 'number' ? p['max'] : undefined,
        }))
    : [];
  return {
    code: typeof doc['code'] === 'string' ? doc['code'] : undefined,
    roles: ids(doc['roles']),
    forms: Object.keys(asRecord(doc['forms']) ?? {}),
    contents: ids(doc['contents']),
    parameters,
  };
}

/** Every problem of `doc` at once; no errors means it may be submitted, published and run. */
export async function validateStandard(doc: unknown): Promise<Problem[]> {
  // First: every check below reads the document recursively.
  const deep = tooDeepAt(doc);
  if (deep !== undefined) return [nestingProblem(deep)];
  const problems = validateAgainst(ServiceStandardSchema, doc, '', 'SCHEMA');
  const record = asRecord(doc);
  if (!record) return problems;
  problems.push(...checkDocument(record));

  const process = record['process'];
  if (typeof process !== 'string' || !process.trim()) return problems;
  // Before the parse and the lint, whose cost grows with the process.
  const tooLarge = checkProcessSize(process);
  if (tooLarge) return [...problems, tooLarge];
  const read = await readBpmn(process);
  problems.push(...read.problems.map((p) => (p.elementId === undefined ? { ...p, pointer: '/process' } : p)));
  if (!read.definitions) return problems;

  const context = lintContextOf(record);
  problems.push(...(await lintDefinitions(read.definitions, context)));
  const elements = flowElementsOf(read.definitions);
  problems.push(...checkIndicators(record, elements));
  problems.push(...checkIndicatorFeasibility(record, read.definitions));
  problems.push(...checkUsage(record, elements));
  return problems;
}

/** Forms no user task uses and contents no user task delivers: not wrong, but likely an oversight. */
function checkUsage(doc: Record<string, unknown>, elements: Map<string, BpmnElement>): Problem[] {
  const usedForms = new Set<string>();
  const delivered = new Set<string>();
  for (const element of elements.values()) {
    if (!isA(element, 'bpmn:UserTask')) continue;
    if (typeof element['form'] === 'string') usedForms.add(element['form'].trim());
    if (typeof element['contents'] === 'string') for (const c of element['contents'].split(/\s+/)) delivered.add(c);
  }
  const problems: Problem[] = [];
  for (const form of Object.keys(asRecord(doc['forms']) ?? {})) {
    if (!usedForms.has(form)) {
      problems.push({
        severity: 'warning',
        code: 'FORM_UNUSED',
        message: { zh: `表单 “${form}” 没有被任何用户任务使用`, en: `form "${form}" is not used by any user task` },
        pointer: `/forms/${form}`,
      });
    }
  }
  if (Array.isArray(doc['contents'])) {
    doc['contents'].forEach((item, i) => {
      const id = asRecord(item)?.['id'];
      if (typeof id === 'string' && !delivered.has(id)) {
        problems.push({
          severity: 'warning',
          code: 'CONTENT_NOT_DELIVERED',
          message: {
            zh: `服务内容 “${id}” 没有由任何用户任务提供（std:contents）`,
            en: `service content "${id}" is not delivered by any user task (std:contents)`,
          },
          pointer: `/contents/${i}`,
        });
      }
    });
  }
  return problems;
}
