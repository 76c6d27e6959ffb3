/**
 * What BJ-SW-CHILD promises a civil-affairs official, checked on the shipped folder: the safety clock
 * runs from the report, the indicators are ones the process can keep, a child's case ends only after
 * a closing assessment and a follow-up that finds the child safe, and the forms tie answers together.
 */
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { flowElementsOf, readBpmn, validateAgainst, type ServiceStandard } from '@jingzhun/standards';
import { loadExampleCaseData, loadExampleStandards } from '../load';
import { timedCases } from '../testing/timed-cases';
import { limitLint } from '../testing/limit-lint';

jest.setTimeout(120_000);

const children = loadExampleStandards().find((s) => s.code === 'BJ-SW-CHILD') as ServiceStandard;
const walkthrough = loadExampleCaseData().get('BJ-SW-CHILD')!.walkthroughs['main']!;
const sample = loadExampleCaseData().get('BJ-SW-CHILD')!.samples['improper-guardianship']!;
const first = (form: string) => walkthrough.answers[form]![0]!;

/** Where a form (or, for `eligibility`, the case's start) refuses `answer`, as JSON pointers. */
function problemsOf(form: string, answer: Record<string, unknown>): string[] {
  const schema = form === 'eligibility' ? children.population.eligibility : children.forms[form];
  return validateAgainst(schema as object, answer).map((p) => p.pointer ?? '');
}

describe.each(storeTargets())('a BJ-SW-CHILD case on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('counts the 24 hours of the safety assessment from the report, not from registration', async () => {
    const cases = await timedCases(store, ['BJ-SW-CHILD']);
    // Reported on a Monday morning; the file and the assessment both wait from the report.
    const reported = await cases.start('BJ-SW-CHILD', sample, '2026-03-02T09:00:00+08:00');
    expect(await cases.openTasks(reported)).toEqual(['Task_Registration', 'Task_SafetyAssessment']);
    // Registered the next morning, assessed that afternoon: within a day of registration, 30 hours after the report.
    await cases.answer(reported, 'Task_Registration', first('registration'), '2026-03-03T10:00:00+08:00');
    await cases.answer(reported, 'Task_SafetyAssessment', first('safety-assessment'), '2026-03-03T15:00:00+08:00');
    expect(await cases.outcomes(reported, 'safetyAssessedIn24h')).toEqual(['breached']);

    // Assessed before the file is set up, within the day: met.
    const quick = await cases.start('BJ-SW-CHILD', sample, '2026-03-02T09:00:00+08:00');
    await cases.answer(quick, 'Task_SafetyAssessment', first('safety-assessment'), '2026-03-02T17:00:00+08:00');
    expect(await cases.outcomes(quick, 'safetyAssessedIn24h')).toEqual(['met']);
  });

  it('counts monthly contacts after each intervention, and a reassessment ends the count until the new intervention is done', async () => {
    const cases = await timedCases(store, ['BJ-SW-CHILD']);
    const answers = walkthrough.answers;
    const contact = (contactOutcome: string, childSafe = true) => ({ ...answers['monthly-contact']![0]!, contactOutcome, childSafe, guardianshipStatus: childSafe ? 'adequate' : 'weak' });
    const id = await cases.start('BJ-SW-CHILD', sample, '2026-03-02T09:00:00+08:00');
    await cases.answer(id, 'Task_Registration', first('registration'), '2026-03-02T11:00:00+08:00');
    const planAndIntervene = async (days: [string, string, string, string, string]) => {
      await cases.answer(id, 'Task_SafetyAssessment', first('safety-assessment'), `${days[0]}T15:00:00+08:00`);
      await cases.answer(id, 'Task_SafetyPlan', first('safety-plan'), `${days[1]}T10:00:00+08:00`);
      await cases.answer(id, 'Task_CarePlan', answers['care-plan']![1]!, `${days[2]}T10:00:00+08:00`);
      await cases.answer(id, 'Task_PlanApproval', answers['plan-approval']![1]!, `${days[3]}T10:00:00+08:00`);
      await cases.answer(id, 'Task_Guardianship', first('guardianship-support'), `${days[4]}T09:00:00+08:00`);
      await cases.answer(id, 'Task_School', first('school-support'), `${days[4]}T10:00:00+08:00`);
      await cases.answer(id, 'Task_MentalHealth', first('mental-health'), `${days[4]}T11:00:00+08:00`);
    };
    await planAndIntervene(['2026-03-02', '2026-03-03', '2026-03-06', '2026-03-09', '2026-03-20']);
    // The intervention ended on 20 March: contacts 31 and 29 days apart, the second finding the child unsafe.
    await cases.answer(id, 'Task_MonthlyContact', contact('continue'), '2026-04-20T10:00:00+08:00');
    await cases.answer(id, 'Task_MonthlyContact', contact('reassess', false), '2026-05-19T10:00:00+08:00');
    // Reassessed, planned and helped again: eight weeks with no monthly contact, the child in casework.
    await planAndIntervene(['2026-05-19', '2026-05-20', '2026-05-25', '2026-05-26', '2026-06-15']);
    await cases.answer(id, 'Task_MonthlyContact', contact('close'), '2026-07-14T10:00:00+08:00');
    expect(await cases.openTasks(id)).toEqual(['Task_Closing']);
    // Each interval is an occurrence: the ones ended by a reassessment or a closing are void, not breached.
    expect(await cases.outcomes(id, 'contactedMonthly')).toEqual(['met', 'met', 'void', 'met', 'void']);
  });
});

const { limitWarnings, indicator, pointerOf } = limitLint(children);

describe('the indicators of BJ-SW-CHILD', () => {
  it('are all ones the process can keep', async () => {
    expect(await limitWarnings()).toEqual([]);
  });

  it('fit the care plan in the 15 working days from the report, and the lint catches the step limits that did not', async () => {
    const at = pointerOf('planApprovedIn15Days', 'limit');
    // As it was: a ten-day care plan after the safety steps (1 + 1 + 2 + 10 + 3 working days), to the plan's first review.
    const asItWas = await limitWarnings((s) => {
      s.parameters.find((p) => p.id === 'planDays')!.default = 10;
      const plan = indicator(s, 'planApprovedIn15Days');
      if (plan.kind === 'duration') plan.to = { element: 'Task_PlanApproval', edge: 'end' };
    });
    expect(asItWas).toEqual([at]);
  });

  it('count monthly contact while the contacts go on, and the lint catches the span that ran through a reassessment', async () => {
    const at = pointerOf('contactedMonthly', 'everyDays');
    expect(await limitWarnings()).not.toContain(at);
    // As it was: from the intervention's end to closing, through a reassessment, a new plan and a new intervention (101.5 days).
    const asItWas = await limitWarnings((s) => {
      const monthly = indicator(s, 'contactedMonthly');
      if (monthly.kind === 'recurrence') monthly.span = { from: 'Gw_InterventionJoin', to: 'Task_Closing' };
    });
    expect(asItWas).toContain(at);
  });
});

describe('the process of BJ-SW-CHILD', () => {
  /** The elements a case reaches from its start without passing any of `blocked`. */
  async function reachable(blocked: readonly string[] = []): Promise<Set<string>> {
    const { definitions } = await readBpmn(children.process);
    const elements = [...flowElementsOf(definitions!).values()];
    const next = new Map<string, string[]>();
    for (const flow of elements.filter((e) => e.$type === 'bpmn:SequenceFlow')) {
      const [from, to] = [(flow['sourceRef'] as { id: string }).id, (flow['targetRef'] as { id: string }).id];
      next.set(from, [...(next.get(from) ?? []), to]);
    }
    const seen = new Set<string>();
    const todo = elements.filter((e) => e.$type === 'bpmn:StartEvent').map((e) => e.id!);
    while (todo.length) {
      const id = todo.pop()!;
      if (seen.has(id) || blocked.includes(id)) continue;
      seen.add(id);
      todo.push(...(next.get(id) ?? []));
    }
    return seen;
  }

  it('ends a child’s case only after a safety assessment, a closing assessment and a follow-up: a minor cannot decline out of it', async () => {
    const all = await reachable();
    expect([...all].filter((id) => id.startsWith('End_')).sort()).toEqual(['End_Closed', 'End_Registered']);
    // The file's own branch ends once the child is on file; the case goes on along the other.
    expect(all.has('End_Registered')).toBe(true);
    for (const step of ['Task_SafetyAssessment', 'Task_Closing', 'Task_FollowUp']) {
      expect({ without: step, closes: (await reachable([step])).has('End_Closed') }).toEqual({ without: step, closes: false });
    }
  });

  it('keeps a case open while the child is not safe: neither a contact nor the follow-up can close it then', () => {
    const followUp = { followUpDate: '2026-09-22', contactMode: 'home_visit', childSafe: false, situation: 'worsened', followUpNotes: '父亲再次酗酒。' };
    expect(problemsOf('follow-up', { ...followUp, followUpOutcome: 'stays_closed' })).toContain('/followUpOutcome');
    expect(problemsOf('follow-up', { ...followUp, followUpOutcome: 'reassess' })).toEqual([]);
    const contact = { contactDate: '2026-06-10', contactMode: 'home_visit', childSafe: false, guardianshipStatus: 'weak', contactNotes: '身上有伤。' };
    expect(problemsOf('monthly-contact', { ...contact, contactOutcome: 'close' })).toContain('/contactOutcome');
    expect(problemsOf('monthly-contact', { ...contact, contactOutcome: 'continue' })).toContain('/contactOutcome');
    expect(problemsOf('monthly-contact', { ...contact, contactOutcome: 'reassess' })).toEqual([]);
  });
});

describe('the forms of BJ-SW-CHILD', () => {
  it('take a left-behind child only under 16', () => {
    const child = { clientName: '王某宇', gender: 'male', street: '北房镇', categories: ['left_behind'] };
    expect(problemsOf('eligibility', { ...child, age: 15 })).toEqual([]);
    expect(problemsOf('eligibility', { ...child, age: 16 })).toContain('/age');
    // At 16 the same child may be served under another circumstance.
    expect(problemsOf('eligibility', { ...child, age: 16, categories: ['poverty'] })).toEqual([]);
  });

  it('file a left-behind child only with both parents away, or one away and the other unable to care', () => {
    const file = { categories: ['left_behind'], livingWith: 'grandparents', schooling: 'in_school', registrationNotes: '父母在外地务工。' };
    expect(problemsOf('registration', { ...file, parentsAway: 'one_other_unable' })).toEqual([]);
    expect(problemsOf('registration', { ...file, parentsAway: 'one' })).toContain('/parentsAway');
    expect(problemsOf('registration', { ...file, categories: ['poverty'], parentsAway: 'one' })).toEqual([]);
  });

  it('name the risks of a child found in immediate danger', () => {
    const assessment = { safetyLevel: 'immediate_danger', guardianship: 'harmful', assessmentNotes: '父亲醉酒后殴打。' };
    expect(problemsOf('safety-assessment', { ...assessment, risks: [] })).toContain('/risks');
    expect(problemsOf('safety-assessment', { ...assessment, risks: ['violence'] })).toEqual([]);
    expect(problemsOf('safety-assessment', { ...assessment, safetyLevel: 'safe', risks: [] })).toEqual([]);
  });
});
