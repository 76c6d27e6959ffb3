/**
 * Whose inbox the shipped standards' tasks enter: a team's plans and reviews go to its own professional
 * supervisor (机构督导); the city's supervisor (督导评估) works only the reviews of a project evaluation,
 * and is never an approval queue for the districts' casework.
 */
import { bpmnOutline, parseXmlTree, type CaseRole, type ServiceStandard } from '@jingzhun/standards';
import { loadExampleStandards } from './load';

const standards = loadExampleStandards();

/** The standard's user tasks as `element id → platform role`. */
function tasksByRole(standard: ServiceStandard): Map<string, CaseRole> {
  const roles = new Map(standard.roles.map((r) => [r.id, r.assignTo]));
  const tasks = new Map<string, CaseRole>();
  for (const element of bpmnOutline(parseXmlTree(standard.process)).elements.values()) {
    const role = element.properties['std:role'];
    if (element.type === 'userTask' && role) tasks.set(element.id, roles.get(role)!);
  }
  return tasks;
}

describe('who works the shipped standards’ tasks', () => {
  const byCode = new Map(standards.map((s) => [s.code, tasksByRole(s)]));

  it('gives the plan approvals of families and children to the team’s professional supervisor', () => {
    expect(byCode.get('BJ-SW-FAMILY')?.get('Task_PlanApproval')).toBe('professional_supervisor');
    expect(byCode.get('BJ-SW-CHILD')?.get('Task_PlanApproval')).toBe('professional_supervisor');
  });

  it('lets the organisation’s own professional supervisor review its monthly self-evaluation, and the city evaluate', () => {
    expect(Object.fromEntries(byCode.get('BJ-SW-EVAL')!)).toEqual({
      Task_Targets: 'district_operator',
      Task_SelfEvaluation: 'caseworker',
      Task_SupervisorReview: 'professional_supervisor',
      Task_MidtermReview: 'supervisor',
      Task_FileReview: 'supervisor',
      Task_SiteVisit: 'supervisor',
      Task_PhoneSampling: 'supervisor',
      Task_Report: 'supervisor',
      Task_Rectify: 'caseworker',
      Task_Acceptance: 'supervisor',
    });
  });

  it('gives the city’s supervisor no task of a service standard: casework is never their queue', () => {
    const city = [...byCode].flatMap(([code, tasks]) => [...tasks].filter(([, role]) => role === 'supervisor').map(([id]) => `${code} ${id}`));
    expect(city.filter((task) => !task.startsWith('BJ-SW-EVAL '))).toEqual([]);
  });
});
