/**
 * What BJ-SW-WOMEN promises a civil-affairs official, checked on the shipped folder: it serves women
 * left behind in villages and no one else, its clocks run from the day she was found, her plan goes
 * to the professional supervisor of the team (not the city's supervisor), its indicators are ones the
 * process can keep, and the forms tie answers together.
 */
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { validateAgainst, validateStandard, type ServiceStandard } from '@jingzhun/standards';
import { loadExampleCaseData, loadExampleStandards } from '../load';
import { limitLint } from '../testing/limit-lint';
import { timedCases } from '../testing/timed-cases';

jest.setTimeout(120_000);

const CODE = 'BJ-SW-WOMEN';
const women = loadExampleStandards().find((s) => s.code === CODE) as ServiceStandard;
const { samples, walkthroughs } = loadExampleCaseData().get(CODE)!;
const main = walkthroughs['main']!;
const sample = samples['village-mother']!;
const first = (form: string) => main.answers[form]![0]!;

/** Where a form (or, for `eligibility`, the case's start) refuses `answer`, as JSON pointers. */
function problemsOf(form: string, answer: Record<string, unknown>): string[] {
  const schema = form === 'eligibility' ? women.population.eligibility : women.forms[form];
  return validateAgainst(schema as object, answer).map((p) => p.pointer ?? '');
}

describe('who BJ-SW-WOMEN serves', () => {
  it('takes a woman in a village whose husband works away six months a year or more', () => {
    expect(problemsOf('eligibility', sample)).toEqual([]);
    expect(problemsOf('eligibility', { ...sample, husbandAwayMonths: 6 })).toEqual([]);
  });

  it('refuses a man, a woman in a town or city, and a husband away less than six months, each at its answer', () => {
    expect(problemsOf('eligibility', { ...sample, gender: 'male' })).toEqual(['/gender']);
    expect(problemsOf('eligibility', { ...sample, residence: 'urban_community' })).toEqual(['/residence']);
    expect(problemsOf('eligibility', { ...sample, residence: 'town_community' })).toEqual(['/residence']);
    expect(problemsOf('eligibility', { ...sample, husbandAwayMonths: 5 })).toEqual(['/husbandAwayMonths']);
  });
});

describe('the forms of BJ-SW-WOMEN', () => {
  const assessment = first('needs-assessment');

  it('want safety measures when there is violence at home, and name the issues of a high need in rights', () => {
    expect(problemsOf('needs-assessment', { ...assessment, rightsIssues: ['domestic_violence'] })).toContain('/safetyMeasures');
    expect(problemsOf('needs-assessment', { ...assessment, rightsIssues: ['domestic_violence'], safetyMeasures: ['protection_order', 'womens_federation'] })).toEqual([]);
    expect(problemsOf('needs-assessment', { ...assessment, rights: { level: 'high', findings: '丈夫酒后打人。' }, rightsIssues: [] })).toContain('/rightsIssues');
  });

  it('want a decision on specialist care for severe distress', () => {
    expect(problemsOf('needs-assessment', { ...assessment, k10Score: 32 })).toContain('/specialistReferral');
    expect(problemsOf('needs-assessment', { ...assessment, k10Score: 32, specialistReferral: true })).toEqual([]);
  });

  it('record the livelihood outcome exactly for the women who joined a project or training', () => {
    const closing = first('closing');
    const { livelihoodOutcome: _, ...withoutOutcome } = closing;
    expect(problemsOf('closing', withoutOutcome)).toContain('/livelihoodOutcome');
    expect(problemsOf('closing', { ...withoutOutcome, joinedLivelihood: false })).toEqual([]);
    // A woman who joined no project is not counted by the livelihood indicator.
    expect(problemsOf('closing', { ...closing, joinedLivelihood: false })).not.toEqual([]);
  });

  it('want the groups of a woman who attended group sessions, and comments on a plan sent back', () => {
    expect(problemsOf('group-work', { groupsJoined: [], sessionsAttended: 3, firstSessionDate: '2026-03-28', groupNotes: '参加文体活动。' })).toContain('/groupsJoined');
    expect(problemsOf('group-work', { groupsJoined: [], sessionsAttended: 0, groupNotes: '农忙未参加。' })).toEqual([]);
    expect(problemsOf('plan-approval', { reviewDate: '2026-03-17', planApproved: false })).toContain('/approvalComments');
  });
});

const { limitWarnings, indicator, pointerOf } = limitLint(women);

describe('the indicators of BJ-SW-WOMEN', () => {
  it('pass the validation with nothing to warn about', async () => {
    expect((await validateStandard(women)).map((p) => `${p.severity} ${p.code} ${p.pointer ?? ''}`)).toEqual([]);
  });

  it('fit the plan in the 20 working days from being found, and the lint catches step limits that did not', async () => {
    // Ten working days for the assessment: 5 + 10 + 5 + 3 is more than 20.
    const longAssessment = await limitWarnings((s) => {
      s.parameters.find((p) => p.id === 'assessmentDays')!.default = 10;
    });
    expect(longAssessment).toEqual([pointerOf('planApprovedIn20Days', 'limit')]);
  });

  it('give the follow-up its own days once due, and the lint catches a follow-up counted from closing', async () => {
    // From the closing assessment, the month's wait alone is longer than five working days.
    const fromClosing = await limitWarnings((s) => {
      const followUp = indicator(s, 'followUpOnTime');
      if (followUp.kind === 'duration') followUp.from = { element: 'Task_Closing', edge: 'end' };
    });
    expect(fromClosing).toEqual([pointerOf('followUpOnTime', 'limit')]);
  });
});

describe.each(storeTargets())('a BJ-SW-WOMEN case on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('counts the first contact from the day she was found, and sends her plan to the professional supervisor', async () => {
    const cases = await timedCases(store, [CODE]);
    // Found on a Monday morning; contacted the next Monday afternoon: five working days and more.
    const late = await cases.start(CODE, sample, '2026-03-02T09:00:00+08:00');
    await cases.answer(late, 'Task_Intake', first('intake-consent'), '2026-03-09T15:00:00+08:00');
    expect(await cases.outcomes(late, 'contactedIn5Days')).toEqual(['breached']);

    const onTime = await cases.start(CODE, sample, '2026-03-02T09:00:00+08:00');
    await cases.answer(onTime, 'Task_Intake', first('intake-consent'), '2026-03-06T15:00:00+08:00');
    expect(await cases.outcomes(onTime, 'contactedIn5Days')).toEqual(['met']);
    await cases.answer(onTime, 'Task_Assessment', first('needs-assessment'), '2026-03-10T10:00:00+08:00');
    await cases.answer(onTime, 'Task_Plan', first('service-plan'), '2026-03-12T10:00:00+08:00');
    const [review] = await cases.runtime.listTasks({ caseId: onTime, status: 'open' });
    expect({ element: review?.elementId, assignTo: review?.assignTo }).toEqual({ element: 'Task_PlanApproval', assignTo: 'professional_supervisor' });
  });
});
