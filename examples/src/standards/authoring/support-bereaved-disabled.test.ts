/**
 * What BJ-SW-BEREAVED-DISABLED promises a civil-affairs official, checked on the shipped folder: it
 * serves registered bereaved families and families with a disabled member, a family at risk is
 * visited weekly whatever else the form says, each tier's rhythm is counted on its own and stops at a
 * review, the plan goes to the professional supervisor, and the indicators are ones the process can
 * keep.
 */
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { validateAgainst, validateStandard, type ServiceStandard } from '@jingzhun/standards';
import { datedAnswer } from '../../simulator/form-dates';
import { loadExampleCaseData, loadExampleStandards } from '../load';
import { limitLint } from '../testing/limit-lint';
import { timedCases } from '../testing/timed-cases';

jest.setTimeout(120_000);

const CODE = 'BJ-SW-BEREAVED-DISABLED';
const standard = loadExampleStandards().find((s) => s.code === CODE) as ServiceStandard;
const { samples, walkthroughs } = loadExampleCaseData().get(CODE)!;
const main = walkthroughs['main']!;
const sample = samples['bereaved-couple']!;
const first = (form: string) => main.answers[form]![0]!;

function problemsOf(form: string, answer: Record<string, unknown>): string[] {
  const schema = form === 'eligibility' ? standard.population.eligibility : standard.forms[form];
  return validateAgainst(schema as object, answer).map((p) => p.pointer ?? '');
}

describe('who BJ-SW-BEREAVED-DISABLED serves', () => {
  const bereaved = { clientName: '陈某英', gender: 'female', age: 74, street: '城子街道', community: '矿建社区', householdSize: 1, source: 'community', categories: ['bereaved'] };
  const disabled = { ...bereaved, clientName: '赵某林', categories: ['disabled_member'] };

  it('takes a bereaved family with the mother 49 or over, and a family with a member who cannot care for themselves', () => {
    expect(problemsOf('eligibility', { ...bereaved, bereavementYear: 2015, motherAge: 74 })).toEqual([]);
    expect(problemsOf('eligibility', { ...disabled, disabledMember: 'parent', disabilityLevel: 'full' })).toEqual([]);
  });

  it('refuses a bereaved family whose mother is under 49, and asks when the child died and who is dependent', () => {
    expect(problemsOf('eligibility', { ...bereaved, bereavementYear: 2015, motherAge: 47 })).toContain('/motherAge');
    expect(problemsOf('eligibility', { ...bereaved, motherAge: 74 })).toContain('/bereavementYear');
    expect(problemsOf('eligibility', disabled)).toEqual(expect.arrayContaining(['/disabledMember', '/disabilityLevel']));
    expect(problemsOf('eligibility', { ...bereaved, categories: [] })).toContain('/categories');
  });
});

describe('the forms of BJ-SW-BEREAVED-DISABLED', () => {
  const assessment = first('family-assessment');

  it('put a family with thoughts of suicide, or a disabled member with no one to care, at high risk', () => {
    expect(problemsOf('family-assessment', { ...assessment, suicideRisk: true, tier: 'key' })).toContain('/tier');
    expect(problemsOf('family-assessment', { ...assessment, suicideRisk: true, tier: 'high' })).toEqual([]);
    expect(problemsOf('family-assessment', { ...assessment, mainCarer: 'none', tier: 'general' })).toContain('/tier');
    const { adlScore: _, ...withoutScore } = assessment;
    expect(problemsOf('family-assessment', withoutScore)).toContain('/adlScore');
  });

  it('ask for a review after a visit that finds the family in crisis', () => {
    const visit = main.answers['visit']![0]!;
    expect(problemsOf('visit', { ...visit, wellbeing: 'crisis', reviewNeeded: false })).toContain('/reviewNeeded');
    expect(problemsOf('visit', { ...visit, wellbeing: 'crisis', reviewNeeded: true })).toEqual([]);
  });

  it('say what is missing while an entitlement is not in place, and give the family left a tier', () => {
    expect(problemsOf('benefits', { applications: [], allEntitlementsSecured: false })).toContain('/outstanding');
    const endOfLife = first('end-of-life');
    expect(problemsOf('end-of-life', { ...endOfLife, afterwards: 'continue_visits' })).toContain('/tier');
    expect(problemsOf('end-of-life', { ...endOfLife, afterwards: 'continue_visits', tier: 'high' })).toEqual([]);
  });
});

const { limitWarnings, indicator, pointerOf } = limitLint(standard);

describe('the indicators of BJ-SW-BEREAVED-DISABLED', () => {
  it('pass the validation with nothing to warn about', async () => {
    expect((await validateStandard(standard)).map((p) => `${p.severity} ${p.code} ${p.pointer ?? ''}`)).toEqual([]);
  });

  it('count each tier’s visits only until a review: counted on through the review, a month could not be kept', async () => {
    const asIfToClosing = await limitWarnings((s) => {
      const monthly = indicator(s, 'keyVisitedMonthly');
      if (monthly.kind === 'recurrence') monthly.span = { from: 'Gw_KeyCycle', to: 'Task_Closing' };
    });
    expect(asIfToClosing).toContain(pointerOf('keyVisitedMonthly', 'everyDays'));
  });

  it('fit the plan in the 20 working days from identification, and the lint catches step limits that did not', async () => {
    const longPlan = await limitWarnings((s) => {
      s.parameters.find((p) => p.id === 'planDays')!.default = 8;
    });
    expect(longPlan).toEqual([pointerOf('planApprovedIn20Days', 'limit')]);
  });
});

describe.each(storeTargets())('a BJ-SW-BEREAVED-DISABLED case on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('sends the plan to the professional supervisor, then counts weekly visits while at high risk and monthly ones after the review lowers the tier', async () => {
    const cases = await timedCases(store, [CODE]);
    const id = await cases.start(CODE, sample, '2026-03-02T09:00:00+08:00');
    /** Completes the task at `element` at `at` with its form's answer, the form's dates being that day. */
    const answer = (element: string, form: string, data: Record<string, unknown>, at: string) =>
      cases.answer(id, element, datedAnswer(standard.forms[form], data, at.slice(0, 10)), at);
    const visit = (reviewNeeded = false) => ({ ...first('visit'), reviewNeeded });
    await answer('Task_FirstVisit', 'first-visit', first('first-visit'), '2026-03-03T10:00:00+08:00');
    await answer('Task_Assessment', 'family-assessment', first('family-assessment'), '2026-03-05T10:00:00+08:00');
    await answer('Task_Plan', 'support-plan', first('support-plan'), '2026-03-06T10:00:00+08:00');
    const [review] = await cases.runtime.listTasks({ caseId: id, status: 'open' });
    expect({ element: review?.elementId, assignTo: review?.assignTo }).toEqual({ element: 'Task_PlanApproval', assignTo: 'professional_supervisor' });
    await answer('Task_PlanApproval', 'plan-approval', first('plan-approval'), '2026-03-09T10:00:00+08:00');
    await answer('Task_Companionship', 'companionship', first('companionship'), '2026-03-18T10:00:00+08:00');
    await answer('Task_CareArrangement', 'care-arrangement', first('care-arrangement'), '2026-03-19T10:00:00+08:00');
    await answer('Task_Benefits', 'benefits', first('benefits'), '2026-03-20T10:00:00+08:00');
    expect(await cases.outcomes(id, 'firstRoundIn90Days')).toEqual(['met']);

    // Weekly while at high risk: 6 days, then 11, then 4 with a review asked for, which lowers the tier to key.
    await answer('Task_VisitHigh', 'visit', visit(), '2026-03-26T10:00:00+08:00');
    await answer('Task_VisitHigh', 'visit', visit(), '2026-04-06T10:00:00+08:00');
    await answer('Task_VisitHigh', 'visit', visit(true), '2026-04-10T10:00:00+08:00');
    await answer('Task_Review', 'review', first('review'), '2026-04-20T10:00:00+08:00');
    // Monthly from then on: 18 days, and the visit asks for a review again.
    await answer('Task_VisitKey', 'visit', visit(true), '2026-05-08T10:00:00+08:00');
    expect(await cases.openTasks(id)).toEqual(['Task_Review']);
    // The interval opened by the last weekly visit ended with the review: void, not breached, though the review took ten days.
    expect(await cases.outcomes(id, 'highRiskVisitedWeekly')).toEqual(['met', 'breached', 'met', 'void']);
    expect(await cases.outcomes(id, 'keyVisitedMonthly')).toEqual(['met', 'void']);
  });
});
