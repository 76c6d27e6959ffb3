/**
 * District variants: a district may choose its own value for a tunable parameter, only within the
 * standard's range and only in the tighter direction from the city's default (a shorter SLA, more
 * frequent visits). Anything else is a problem naming the parameter.
 *
 * @example
 *   const { values, problems } = applyVariant(standard, { assessDays: 7 });
 *   resolveParameters(standard, { assessDays: 7 }) // { assessDays: 7, followupDays: 30, … }
 */
import { detailOf, JingzhunError } from '../errors';
import type { Problem } from '../problem';
import type { Parameter, ServiceStandard } from '../schema/service-standard';
import type { StandardVersion } from '../schema/standard-version';

export interface VariantResult {
  /** Every parameter's value: the district's where it is accepted, the default otherwise. */
  values: Record<string, number>;
  /** One per rejected value; empty when the whole variant is accepted. */
  problems: Problem[];
}

/** Thrown when a district's parameter values are not acceptable; `problems` say which and why. */
export class ParameterValuesInvalidError extends JingzhunError {
  readonly code = 'VARIANT_INVALID';
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => p.message.en).join('; '), { details: problems.map(detailOf) });
  }
}

function standardOf(x: ServiceStandard | StandardVersion): ServiceStandard {
  return 'standard' in x && typeof x.standard === 'object' ? x.standard : (x as ServiceStandard);
}

function problem(id: string, code: string, zh: string, en: string): Problem {
  return { severity: 'error', code, message: { zh, en }, pointer: `/${id.replace(/~/g, '~0').replace(/\//g, '~1')}` };
}

function check(parameter: Parameter, value: unknown): Problem | undefined {
  const { id, min, max } = parameter;
  const city = parameter.default;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return problem(id, 'VARIANT_NOT_A_NUMBER', `参数 “${id}” 的取值应为数字`, `parameter "${id}" must be a number`);
  }
  if (parameter.kind === 'count' && !Number.isInteger(value)) {
    return problem(id, 'VARIANT_NOT_INTEGER', `参数 “${id}” 的取值应为整数`, `parameter "${id}" must be a whole number`);
  }
  if (value < min || value > max) {
    return problem(id, 'VARIANT_OUT_OF_RANGE', `参数 “${id}” 的取值 ${value} 不在允许范围 [${min}, ${max}] 内`, `parameter "${id}": ${value} is outside the allowed range [${min}, ${max}]`);
  }
  const looser = parameter.tighter === 'lower' ? value > city : value < city;
  if (looser) {
    const zhWay = parameter.tighter === 'lower' ? `不能大于市级默认值 ${city}` : `不能小于市级默认值 ${city}`;
    const enWay = parameter.tighter === 'lower' ? `may not exceed the city default ${city}` : `may not be below the city default ${city}`;
    return problem(id, 'VARIANT_LOOSER', `参数 “${id}” 只能收紧：${value} ${zhWay}`, `parameter "${id}" may only be tightened: ${value} ${enWay}`);
  }
  return undefined;
}

/** Checks a district's values against the standard and resolves every parameter. */
export function applyVariant(standard: ServiceStandard | StandardVersion, values: Record<string, unknown>): VariantResult {
  const parameters = standardOf(standard).parameters ?? [];
  const resolved: Record<string, number> = {};
  const problems: Problem[] = [];
  for (const p of parameters) resolved[p.id] = p.default;
  const known = new Map(parameters.map((p) => [p.id, p]));
  for (const [id, value] of Object.entries(values ?? {})) {
    const parameter = known.get(id);
    if (!parameter) {
      problems.push(problem(id, 'VARIANT_UNKNOWN_PARAMETER', `标准中没有参数 “${id}”`, `the standard has no parameter "${id}"`));
      continue;
    }
    const why = check(parameter, value);
    if (why) problems.push(why);
    else resolved[id] = value as number;
  }
  return { values: resolved, problems };
}

/**
 * The value of every parameter: the defaults, overridden by a district's variant. Throws
 * ParameterValuesInvalidError when the variant has a value that is not acceptable.
 */
export function resolveParameters(standard: ServiceStandard | StandardVersion, variantValues?: Record<string, unknown>): Record<string, number> {
  const { values, problems } = applyVariant(standard, variantValues ?? {});
  if (problems.length) throw new ParameterValuesInvalidError(problems);
  return values;
}
