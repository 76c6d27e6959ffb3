/**
 * Rules over the standard's document apart from its process: the forms and the eligibility schema are
 * themselves valid JSON Schemas, ids are unique, and every parameter's default lies in its range.
 * The document may be invalid against its schema; these rules read it leniently and check what is there.
 */
import type { Problem } from '../problem';
import { checkSchema } from '../schema/ajv';

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Escapes a key for a JSON pointer (RFC 6901). */
export function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function error(code: string, pointer: string, zh: string, en: string): Problem {
  return { severity: 'error', code, message: { zh, en }, pointer };
}

const COLLECTIONS: Array<[string, string]> = [
  ['contents', '服务内容'],
  ['methods', '服务方法'],
  ['roles', '角色'],
  ['parameters', '参数'],
  ['indicators', '指标'],
];

function checkUniqueIds(doc: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, zhName] of COLLECTIONS) {
    const list = doc[collection];
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const id = asRecord(item)?.['id'];
      if (typeof id !== 'string') return;
      if (seen.has(id)) {
        problems.push(error('DUPLICATE_ID', `/${collection}/${i}/id`, `${zhName}的 id “${id}” 重复`, `${collection}: id "${id}" is used twice`));
      }
      seen.add(id);
    });
  }
  return problems;
}

function checkParameters(doc: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const list = doc['parameters'];
  if (!Array.isArray(list)) return problems;
  list.forEach((item, i) => {
    const p = asRecord(item);
    if (!p) return;
    const at = `/parameters/${i}`;
    const id = String(p['id']);
    const { min, max } = p;
    const value = p['default'];
    if (typeof min === 'number' && typeof max === 'number' && typeof value === 'number') {
      if (min > max) {
        problems.push(error('PARAMETER_RANGE', `${at}/min`, `参数 “${id}” 的最小值 ${min} 大于最大值 ${max}`, `parameter "${id}": min ${min} is greater than max ${max}`));
      } else if (value < min || value > max) {
        problems.push(
          error('PARAMETER_RANGE', `${at}/default`, `参数 “${id}” 的默认值 ${value} 不在 [${min}, ${max}] 范围内`, `parameter "${id}": default ${value} is outside [${min}, ${max}]`),
        );
      }
    }
    if (p['kind'] === 'duration' && p['unit'] === undefined) {
      problems.push(error('PARAMETER_UNIT_MISSING', `${at}/unit`, `时长参数 “${id}” 缺少单位`, `duration parameter "${id}" has no unit`));
    }
    if (p['kind'] !== 'duration' && p['unit'] !== undefined) {
      problems.push({
        severity: 'warning',
        code: 'PARAMETER_UNIT_UNEXPECTED',
        message: { zh: `参数 “${id}” 不是时长，单位将被忽略`, en: `parameter "${id}" is not a duration; its unit is ignored` },
        pointer: `${at}/unit`,
      });
    }
    if (p['kind'] === 'count') {
      for (const key of ['default', 'min', 'max'] as const) {
        const n = p[key];
        if (typeof n === 'number' && !Number.isInteger(n)) {
          problems.push(error('PARAMETER_NOT_INTEGER', `${at}/${key}`, `次数参数 “${id}” 的 ${key} 应为整数`, `count parameter "${id}": ${key} must be a whole number`));
        }
      }
    }
  });
  return problems;
}

function checkSchemas(doc: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const forms = asRecord(doc['forms']);
  if (forms) for (const [id, schema] of Object.entries(forms)) problems.push(...checkSchema(schema, `/forms/${pointerKey(id)}`));
  const eligibility = asRecord(doc['population'])?.['eligibility'];
  if (eligibility !== undefined) problems.push(...checkSchema(eligibility, '/population/eligibility'));
  return problems;
}

/** The document's own rules (everything but the process). */
export function checkDocument(doc: Record<string, unknown>): Problem[] {
  return [...checkSchemas(doc), ...checkUniqueIds(doc), ...checkParameters(doc)];
}
