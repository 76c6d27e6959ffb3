/**
 * What BJ-SW-FAMILY promises a civil-affairs official, checked on the shipped folder: a plan approved
 * within 15 working days of intake is one the steps' own limits allow and one that was approved,
 * casework is done only after contacts with the family, kept at least monthly, and answers that
 * depend on earlier ones are required or refused by the forms themselves.
 */
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { validateAgainst, type ServiceStandard } from '@jingzhun/standards';
import { loadExampleCaseData, loadExampleStandards } from '../load';
import { timedCases } from '../testing/timed-cases';
import { limitLint } from '../testing/limit-lint';

jest.setTimeout(120_000);

const family = loadExampleStandards().find((s) => s.code === 'BJ-SW-FAMILY') as ServiceStandard;
const main = loadExampleCaseData().get('BJ-SW-FAMILY')!.walkthroughs['main']!;
const sample = loadExampleCaseData().get('BJ-SW-FAMILY')!.samples['dibao-household']!;
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

const { limitWarnings } = limitLint(family);

describe('the plan deadline of BJ-SW-FAMILY', () => {
  it('is one the steps can keep, and the lint catches the step limits that added up to 18 working days', async () => {
    expect(await limitWarnings()).toEqual([]);
    // As it was: a home assessment of 10 working days, then 5 for the plan and 3 for its review.
    const asItWas = await limitWarnings((s) => {
      s.parameters.find((p) => p.id === 'assessmentDays')!.default = 10;
      const plan = s.indicators.find((i) => i.id === 'planWithinDeadline');
      if (plan?.kind === 'duration') plan.to = { element: 'Task_PlanApproval', edge: 'end' };
    });
    expect(asItWas).toEqual([`/indicators/${family.indicators.findIndex((i) => i.id === 'planWithinDeadline')}/limit`]);
  });
});

describe.each(storeTargets())('a BJ-SW-FAMILY case on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('meets the plan deadline when the plan is approved in time, not when it is first reviewed', async () => {
    const cases = await timedCases(store, ['BJ-SW-FAMILY']);
    const [revise, approve] = main.answers['plan-approval']!;
    const plan = main.answers['service-plan']![0]!;
    const intake = async (id: string) => {
      await cases.answer(id, 'Task_Consent', main.answers['intake-consent']![0]!, '2026-03-02T10:00:00+08:00');
      await cases.answer(id, 'Task_Assessment', main.answers['home-assessment']![0]!, '2026-03-09T10:00:00+08:00');
      await cases.answer(id, 'Task_Plan', plan, '2026-03-13T10:00:00+08:00');
    };
    // Reviewed on the tenth working day and sent back; the revision approved on the seventeenth.
    const sentBack = await cases.start('BJ-SW-FAMILY', sample, '2026-03-02T09:00:00+08:00');
    await intake(sentBack);
    await cases.answer(sentBack, 'Task_PlanApproval', revise!, '2026-03-16T10:00:00+08:00');
    await cases.answer(sentBack, 'Task_Plan', plan, '2026-03-20T10:00:00+08:00');
    await cases.answer(sentBack, 'Task_PlanApproval', approve!, '2026-03-25T10:00:00+08:00');
    expect(await cases.outcomes(sentBack, 'planWithinDeadline')).toEqual(['breached']);

    const approved = await cases.start('BJ-SW-FAMILY', sample, '2026-03-02T09:00:00+08:00');
    await intake(approved);
    await cases.answer(approved, 'Task_PlanApproval', approve!, '2026-03-16T10:00:00+08:00');
    expect(await cases.outcomes(approved, 'planWithinDeadline')).toEqual(['met']);
  });

  it('completes casework only after two contacts with the family, and keeps their monthly rhythm', async () => {
    const cases = await timedCases(store, ['BJ-SW-FAMILY']);
    const id = await cases.start('BJ-SW-FAMILY', sample, '2026-03-02T09:00:00+08:00');
    await cases.answer(id, 'Task_Consent', main.answers['intake-consent']![0]!, '2026-03-02T10:00:00+08:00');
    await cases.answer(id, 'Task_Assessment', main.answers['home-assessment']![0]!, '2026-03-09T10:00:00+08:00');
    await cases.answer(id, 'Task_Plan', main.answers['service-plan']![0]!, '2026-03-13T10:00:00+08:00');
    await cases.answer(id, 'Task_PlanApproval', main.answers['plan-approval']![1]!, '2026-03-16T10:00:00+08:00'); // the intervention starts
    // A home visit four days in; a group session, which casework does not count.
    await cases.record(id, 'home_visit', '2026-03-20T10:00:00+08:00');
    await cases.record(id, 'group', '2026-03-24T14:00:00+08:00');
    const casework = main.answers['casework']![0]!;
    await expect(cases.answer(id, 'Task_Casework', casework, '2026-03-25T10:00:00+08:00')).rejects.toMatchObject({ code: 'RECORDS_REQUIRED', elementId: 'Task_Casework', made: 1, needed: 2 });
    // A call 39 days after the visit: the family went more than a month without contact.
    await cases.record(id, 'phone', '2026-04-28T10:00:00+08:00', '2026-04-28T16:00:00+08:00');
    await cases.answer(id, 'Task_Casework', casework, '2026-04-29T10:00:00+08:00');
    // Casework ended the span: the last interval, not yet due, is not judged.
    expect(await cases.outcomes(id, 'monthlyContact')).toEqual(['met', 'breached', 'void']);
  });
});
