import type { DeploymentParameter } from '../api';
import { variantProblem } from './variant-check';

const sla: DeploymentParameter = { id: 'plan_sla', title: { zh: '计划时限', en: 'Plan SLA' }, kind: 'duration', unit: 'working_days', default: 15, min: 5, max: 30, tighter: 'lower', value: 15 };
const visits: DeploymentParameter = { ...sla, id: 'visits', kind: 'count', default: 4, min: 1, max: 12, tighter: 'higher' };

describe('a district variant', () => {
  it('may make an SLA shorter', () => {
    expect(variantProblem(sla, 10)).toBeNull();
  });

  it('may not make an SLA longer than the city’s', () => {
    expect(variantProblem(sla, 20)).toEqual({ key: 'deployments.problem.notLower', values: { default: 15 } });
  });

  it('may not leave the standard’s range', () => {
    expect(variantProblem(sla, 3)).toEqual({ key: 'deployments.problem.range', values: { min: 5, max: 30 } });
  });

  it('may ask for more visits but not fewer', () => {
    expect(variantProblem(visits, 6)).toBeNull();
    expect(variantProblem(visits, 2)?.key).toBe('deployments.problem.notHigher');
  });
});
