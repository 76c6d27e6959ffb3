/**
 * Indicators are checked against the standard: the elements they measure exist in the process, the
 * forms and parameters they name exist, their FEEL conditions parse and run within the FEEL budget, and
 * a `recurrence` or `count` measures either an element or service records, never both nor neither.
 */
import type { BpmnElement } from '../bpmn/bpmn-element';
import { feelProblem } from '../feel/feel';
import type { Problem } from '../problem';

type Doc = Record<string, unknown>;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function error(code: string, pointer: string, zh: string, en: string): Problem {
  return { severity: 'error', code, message: { zh, en }, pointer };
}

/** Kinds whose measure is a share of cases, in percent. */
const PERCENT_KINDS = new Set(['duration', 'recurrence', 'completion', 'conformance']);

/** Whether a form schema declares the field at `pointer` (`/a/b`); undefined when it cannot tell. */
function schemaHasField(schema: unknown, pointer: string): boolean | undefined {
  let node = asRecord(schema);
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const properties = asRecord(node?.['properties']);
    if (!properties) return node?.['additionalProperties'] === false ? false : undefined;
    if (!(key in properties)) return node?.['additionalProperties'] === false || node?.['type'] === 'object' ? false : undefined;
    node = asRecord(properties[key]);
  }
  return true;
}

/** Every indicator's references and conditions; `elements` are the process's flow elements by id. */
export function checkIndicators(doc: Doc, elements: Map<string, BpmnElement>): Problem[] {
  const problems: Problem[] = [];
  const list = doc['indicators'];
  if (!Array.isArray(list)) return problems;
  const parameters = new Set(
    (Array.isArray(doc['parameters']) ? doc['parameters'] : []).map((p) => asRecord(p)?.['id']).filter((id) => typeof id === 'string'),
  );
  const forms = asRecord(doc['forms']) ?? {};

  list.forEach((item, i) => {
    const indicator = asRecord(item);
    if (!indicator) return;
    const at = `/indicators/${i}`;
    const id = String(indicator['id']);

    const element = (value: unknown, pointer: string) => {
      if (typeof value === 'string' && !elements.has(value)) {
        problems.push(
          error('INDICATOR_ELEMENT_UNKNOWN', pointer, `指标 “${id}” 引用的流程元素 “${value}” 不存在`, `indicator "${id}" refers to process element "${value}", which does not exist`),
        );
      }
    };
    const parameter = (value: unknown, pointer: string) => {
      const ref = asRecord(value)?.['parameter'];
      if (typeof ref === 'string' && !parameters.has(ref)) {
        problems.push(
          error('INDICATOR_PARAMETER_UNKNOWN', `${pointer}/parameter`, `指标 “${id}” 引用的参数 “${ref}” 不存在`, `indicator "${id}" refers to parameter "${ref}", which does not exist`),
        );
      }
    };

    /** A recurrence or count measures one thing: an element (`key`) or service records. */
    const measure = (key: 'activity' | 'element') => {
      const hasElement = indicator[key] !== undefined;
      const hasRecords = indicator['records'] !== undefined;
      if (hasElement && hasRecords) {
        problems.push(
          error(
            'INDICATOR_MEASURE_CONFLICT',
            `${at}/records`,
            `指标 “${id}” 同时统计流程元素（${key}）和服务记录（records），只能选一个`,
            `indicator "${id}" measures both a process element (${key}) and service records (records); keep one`,
          ),
        );
      } else if (!hasElement && !hasRecords) {
        problems.push(
          error(
            'INDICATOR_MEASURE_MISSING',
            `${at}/${key}`,
            `指标 “${id}” 没有说明统计什么：请指定流程元素（${key}）或服务记录类型（records）`,
            `indicator "${id}" does not say what it measures: name a process element (${key}) or service record kinds (records)`,
          ),
        );
      }
    };

    switch (indicator['kind']) {
      case 'duration':
        element(asRecord(indicator['from'])?.['element'], `${at}/from/element`);
        element(asRecord(indicator['to'])?.['element'], `${at}/to/element`);
        parameter(indicator['limit'], `${at}/limit`);
        break;
      case 'recurrence':
        measure('activity');
        element(indicator['activity'], `${at}/activity`);
        element(asRecord(indicator['span'])?.['from'], `${at}/span/from`);
        element(asRecord(indicator['span'])?.['to'], `${at}/span/to`);
        parameter(indicator['everyDays'], `${at}/everyDays`);
        break;
      case 'completion':
        element(indicator['element'], `${at}/element`);
        parameter(indicator['withinDays'], `${at}/withinDays`);
        break;
      case 'count':
        measure('element');
        element(indicator['element'], `${at}/element`);
        break;
      case 'field': {
        const form = indicator['form'];
        if (typeof form === 'string' && !(form in forms)) {
          problems.push(error('INDICATOR_FORM_UNKNOWN', `${at}/form`, `指标 “${id}” 引用的表单 “${form}” 不存在`, `indicator "${id}" refers to form "${form}", which does not exist`));
        } else if (typeof form === 'string' && typeof indicator['field'] === 'string' && schemaHasField(forms[form], indicator['field']) === false) {
          problems.push(
            error(
              'INDICATOR_FIELD_UNKNOWN',
              `${at}/field`,
              `指标 “${id}” 的字段 “${indicator['field']}” 不在表单 “${form}” 中`,
              `indicator "${id}": field "${indicator['field']}" is not in form "${form}"`,
            ),
          );
        }
        const condition = indicator['condition'];
        if (indicator['aggregate'] === 'share' && condition === undefined) {
          problems.push(
            error('INDICATOR_CONDITION_MISSING', `${at}/condition`, `指标 “${id}” 按比例统计，需要一个 FEEL 条件（如 value >= 4）`, `indicator "${id}" counts a share and needs a FEEL condition (e.g. value >= 4)`),
          );
        }
        if (typeof condition === 'string') {
          const problem = feelProblem(condition);
          if (problem?.kind === 'budget') {
            const { reason } = problem.error;
            problems.push(error('INDICATOR_CONDITION_BUDGET_EXCEEDED', `${at}/condition`, `指标 “${id}” 的条件超出 FEEL 计算上限：${reason.zh}`, `indicator "${id}": the condition exceeds the FEEL budget: ${reason.en}`));
          } else if (problem) {
            const why = problem.reason;
            problems.push(error('INDICATOR_CONDITION_INVALID', `${at}/condition`, `指标 “${id}” 的条件不是有效的 FEEL：${why}`, `indicator "${id}": the condition is not valid FEEL: ${why}`));
          }
        }
        break;
      }
      default:
        break;
    }
    const target = indicator['target'];
    const isPercent = PERCENT_KINDS.has(String(indicator['kind'])) || (indicator['kind'] === 'field' && indicator['aggregate'] === 'share');
    if (isPercent && typeof target === 'number' && (target < 0 || target > 100)) {
      problems.push(error('INDICATOR_TARGET_RANGE', `${at}/target`, `指标 “${id}” 是百分比，目标值应在 0 到 100 之间`, `indicator "${id}" is a percentage; its target must be between 0 and 100`));
    }
  });
  return problems;
}
