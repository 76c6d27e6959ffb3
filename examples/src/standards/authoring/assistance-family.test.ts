/**
 * What BJ-SW-FAMILY promises a civil-affairs official, checked on the shipped folder: answers that
 * depend on earlier ones are required or refused by the forms themselves.
 */
import { validateAgainst, type ServiceStandard } from '@jingzhun/standards';
import { loadExampleStandards } from '../load';

const family = loadExampleStandards().find((s) => s.code === 'BJ-SW-FAMILY') as ServiceStandard;
const problemsOf = (form: string, answer: Record<string, unknown>) => validateAgainst(family.forms[form] as object, answer).map((p) => p.pointer);

describe('the forms of BJ-SW-FAMILY', () => {
  const closing = { closingDate: '2026-07-30', goalsAchieved: 'mostly', closingReason: 'goals_met', satisfaction: 5, closingSummary: '实现就业。' };

  it('ask for the employment outcome exactly when the family has someone able and willing to work', () => {
    expect(problemsOf('closing-assessment', { ...closing, employableMembers: 2 })).toContain('/employmentOutcome');
    expect(problemsOf('closing-assessment', { ...closing, employableMembers: 2, employmentOutcome: 'in_training' })).toEqual([]);
    expect(problemsOf('closing-assessment', { ...closing, employableMembers: 0 })).toEqual([]);
    // A family with no one able to work is not counted by the employment indicator.
    expect(problemsOf('closing-assessment', { ...closing, employableMembers: 0, employmentOutcome: 'not_yet' })).not.toEqual([]);
  });

  it('want a reason when the client declines the service', () => {
    const intake = { interviewDate: '2026-03-03', interviewPlace: 'home', presentingProblems: '就医不便。' };
    expect(problemsOf('intake-consent', { ...intake, consent: false })).toContain('/declineReason');
    expect(problemsOf('intake-consent', { ...intake, consent: false, declineReason: '已有亲属照顾。' })).toEqual([]);
    expect(problemsOf('intake-consent', { ...intake, consent: true })).toEqual([]);
  });
});
