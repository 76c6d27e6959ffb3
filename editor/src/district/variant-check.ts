import type { DeploymentParameter } from '../api';

/**
 * Why a district's value for a parameter cannot be accepted, before asking the API: outside the
 * standard's range, or looser than the city's default. The API checks the same and has the last word.
 */
export function variantProblem(p: DeploymentParameter, value: number | undefined): { key: string; values: Record<string, number> } | null {
  if (value === undefined || Number.isNaN(value)) return { key: 'deployments.problem.required', values: {} };
  if (value < p.min || value > p.max) return { key: 'deployments.problem.range', values: { min: p.min, max: p.max } };
  if (p.tighter === 'lower' && value > p.default) return { key: 'deployments.problem.notLower', values: { default: p.default } };
  if (p.tighter === 'higher' && value < p.default) return { key: 'deployments.problem.notHigher', values: { default: p.default } };
  return null;
}
