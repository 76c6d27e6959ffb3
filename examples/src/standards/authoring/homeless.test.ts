/**
 * What BJ-SW-HOMELESS promises a civil-affairs official, checked on the shipped folder: a minor's 24
 * hours run from being found, a stay is measured to departure, every way out the national rules
 * provide for (自行离站, 终止救助, 不予救助) ends a case and counts in the indicators, a minor is never
 * left on the street or turned away, and a minor from another province goes back to the home area's
 * child protection rather than into Beijing's monthly visits.
 */
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { validateStandard, type ServiceStandard } from '@jingzhun/standards';
import { loadExampleCaseData, loadExampleStandards } from '../load';
import { timedCases, type TimedCases } from '../testing/timed-cases';
import { runWalkthrough } from '../testing/walkthrough-driver';
import { limitLint } from '../testing/limit-lint';

jest.setTimeout(120_000);

const CODE = 'BJ-SW-HOMELESS';
/** The homeless standard and the one it refers minors to. */
const DEPLOYED = [CODE, 'BJ-SW-CHILD'];
const standards = loadExampleStandards();
const homeless = standards.find((s) => s.code === CODE) as ServiceStandard;
const caseData = loadExampleCaseData();
const { samples, walkthroughs } = caseData.get(CODE)!;
const library = { standards: new Map(standards.map((s) => [s.code, s])), caseData };

/** The walkthrough's first answer to `form`, with `change` made. */
const answer = (walkthrough: string, form: string, change: Record<string, unknown> = {}) => ({ ...walkthroughs[walkthrough]!.answers[form]![0]!, ...change });

/** Whether each answer counted by a field indicator met its condition, as supervision lists the case. */
async function counted(cases: TimedCases, caseId: string, indicator: string): Promise<Array<boolean | null>> {
  const detail = await cases.runtime.getCase(caseId);
  const day = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
  const { items } = await cases.runtime.supervision.cases(
    CODE,
    indicator,
    { from: day(detail.startedAt), to: '2026-12-31', simulated: 'include', limits: 'case' },
    {},
    { limit: 100, offset: 0 },
  );
  return items.filter((o) => o.caseId === caseId).map((o) => o.ok);
}

describe.each(storeTargets())('a BJ-SW-HOMELESS case on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('counts a minor’s 24 hours to the hand-over from being found, not from registration', async () => {
    const cases = await timedCases(store, DEPLOYED);
    const reachStation = async (id: string) => {
      await cases.answer(id, 'Task_Outreach', answer('minor-other-province', 'outreach'), '2026-02-20T21:00:00+08:00');
      await cases.answer(id, 'Task_Escort', answer('minor-other-province', 'escort'), '2026-02-20T23:30:00+08:00');
      await cases.answer(id, 'Task_Registration', answer('minor-other-province', 'registration'), '2026-02-21T01:00:00+08:00');
    };
    // Found at eight in the evening; handed over 20 hours after registration, 25 hours after being found.
    const late = await cases.start(CODE, samples['minor-reported-by-public']!, '2026-02-20T20:00:00+08:00');
    await reachStation(late);
    expect(await cases.openTasks(late)).toEqual(['Task_MinorHandover']);
    await cases.answer(late, 'Task_MinorHandover', answer('minor-other-province', 'minor-handover'), '2026-02-21T21:00:00+08:00');
    expect(await cases.outcomes(late, 'minorsHandedOverIn24h')).toEqual(['breached']);

    const inTime = await cases.start(CODE, samples['minor-reported-by-public']!, '2026-02-20T20:00:00+08:00');
    await reachStation(inTime);
    await cases.answer(inTime, 'Task_MinorHandover', answer('minor-other-province', 'minor-handover'), '2026-02-21T18:00:00+08:00');
    expect(await cases.outcomes(inTime, 'minorsHandedOverIn24h')).toEqual(['met']);
    // From another province: on to the home area's child protection.
    expect(await cases.openTasks(inTime)).toEqual(['Task_MinorReturn']);
  });

  it('measures a stay to departure, and reviews it when arranging the way out takes it past 10 days', async () => {
    const cases = await timedCases(store, DEPLOYED);
    const admit = async (id: string) => {
      await cases.answer(id, 'Task_Outreach', answer('main', 'outreach'), '2026-01-12T19:00:00+08:00');
      await cases.answer(id, 'Task_Escort', answer('main', 'escort'), '2026-01-12T21:00:00+08:00');
      await cases.answer(id, 'Task_Registration', answer('main', 'registration'), '2026-01-12T22:00:00+08:00');
    };
    // Home after eight and a half days, the hand-off confirmed three days later: the stay kept its 10 days.
    const home = await cases.start(CODE, samples['adult-found-by-patrol']!, '2026-01-12T18:00:00+08:00');
    await admit(home);
    await cases.answer(home, 'Task_Tracing', answer('main', 'tracing'), '2026-01-16T10:00:00+08:00');
    await cases.answer(home, 'Task_Care', answer('main', 'care'), '2026-01-16T11:00:00+08:00');
    await cases.answer(home, 'Task_ExitDecision', answer('main', 'exit-decision'), '2026-01-17T10:00:00+08:00');
    await cases.answer(home, 'Task_ReturnHome', answer('main', 'return-home'), '2026-01-21T10:00:00+08:00');
    expect(await cases.openTasks(home)).toEqual(['Task_Handoff']);
    await cases.answer(home, 'Task_Handoff', answer('main', 'handoff'), '2026-01-24T10:00:00+08:00');
    expect(await cases.outcomes(home, 'stayWithinLimit')).toEqual(['met']);

    // Cared for within the week, but the placement takes until the eleventh day: reviewed on the tenth.
    const placed = await cases.start(CODE, samples['adult-found-by-patrol']!, '2026-01-12T18:00:00+08:00');
    await admit(placed);
    await cases.answer(placed, 'Task_Tracing', answer('placement', 'tracing'), '2026-01-17T10:00:00+08:00');
    await cases.answer(placed, 'Task_Care', answer('placement', 'care'), '2026-01-17T11:00:00+08:00');
    await cases.answer(placed, 'Task_ExitDecision', answer('placement', 'exit-decision'), '2026-01-18T10:00:00+08:00');
    await cases.answer(placed, 'Task_Placement', answer('placement', 'placement'), '2026-01-23T10:00:00+08:00');
    expect(await cases.openTasks(placed)).toEqual(['Task_Handoff', 'Task_OverstayReview']);
    expect(await cases.outcomes(placed, 'stayWithinLimit')).toEqual(['breached']);
  });

  it('ends a stay by leaving on one’s own or by the station ending assistance, each counted as a departure and as a way out', async () => {
    const cases = await timedCases(store, DEPLOYED);
    const stay = async (name: string, exitTask: string, form: string) => {
      const id = await cases.start(CODE, samples[walkthroughs[name]!.sample]!, '2026-02-03T18:00:00+08:00');
      await cases.answer(id, 'Task_Outreach', answer(name, 'outreach'), '2026-02-03T19:00:00+08:00');
      await cases.answer(id, 'Task_Escort', answer(name, 'escort'), '2026-02-03T21:00:00+08:00');
      await cases.answer(id, 'Task_Registration', answer(name, 'registration'), '2026-02-03T22:00:00+08:00');
      await cases.answer(id, 'Task_Tracing', answer(name, 'tracing'), '2026-02-05T10:00:00+08:00');
      await cases.answer(id, 'Task_Care', answer(name, 'care'), '2026-02-05T11:00:00+08:00');
      await cases.answer(id, 'Task_ExitDecision', answer(name, 'exit-decision'), '2026-02-06T09:00:00+08:00');
      await cases.answer(id, exitTask, answer(name, form), '2026-02-06T11:00:00+08:00');
      return id;
    };
    const leftOnOwn = await stay('left-on-own', 'Task_SelfDeparture', 'self-departure');
    const ended = await stay('terminated', 'Task_Termination', 'termination');
    for (const id of [leftOnOwn, ended]) {
      expect((await cases.runtime.getCase(id)).status).toBe('completed');
      expect(await cases.outcomes(id, 'stayWithinLimit')).toEqual(['met']);
      expect(await counted(cases, id, 'returnedHome')).toEqual([false]);
    }
    expect(await counted(cases, leftOnOwn, 'leftOnOwn')).toEqual([true]);
    expect(await counted(cases, leftOnOwn, 'assistanceEnded')).toEqual([false]);
    expect(await counted(cases, ended, 'leftOnOwn')).toEqual([false]);
    expect(await counted(cases, ended, 'assistanceEnded')).toEqual([true]);
  });

  it('turns away an adult screened as not eligible (不予救助) with the reasons told, and no stay begins', async () => {
    const cases = await timedCases(store, DEPLOYED);
    const id = await cases.start(CODE, samples['adult-asks-for-help']!, '2026-03-10T10:00:00+08:00');
    await cases.answer(id, 'Task_Outreach', answer('refused', 'outreach'), '2026-03-10T10:30:00+08:00');
    await cases.answer(id, 'Task_Escort', answer('refused', 'escort'), '2026-03-10T11:30:00+08:00');
    await cases.answer(id, 'Task_Registration', answer('refused', 'registration'), '2026-03-10T12:00:00+08:00');
    expect(await cases.openTasks(id)).toEqual(['Task_Refusal']);
    await cases.answer(id, 'Task_Refusal', answer('refused', 'refusal'), '2026-03-10T12:30:00+08:00');
    expect((await cases.runtime.getCase(id)).status).toBe('completed');
    expect(await counted(cases, id, 'refusalsExplained')).toEqual([true]);
    expect(await cases.outcomes(id, 'stayWithinLimit')).toEqual([]);
  });
});

const { limitWarnings, indicator, pointerOf } = limitLint(homeless);

describe('the indicators of BJ-SW-HOMELESS', () => {
  it('are all ones the process can keep, with no other problem', async () => {
    expect(await validateStandard(homeless)).toEqual([]);
  });

  it('measure the stay to departure, and the lint catches the stay as it was, to the hand-off', async () => {
    // As it was: from registration to the hand-off confirmed after departure (6 + 1 days, 3 days, 3 working days).
    const asItWas = await limitWarnings((s) => {
      const stay = indicator(s, 'stayWithinLimit');
      if (stay.kind !== 'duration') return;
      stay.from = { element: 'Task_Registration', edge: 'end' };
      stay.to = { element: 'Task_Handoff', edge: 'end' };
    });
    expect(asItWas).toEqual([pointerOf('stayWithinLimit', 'limit')]);
  });

  it('give a minor 24 hours from being found, and the lint catches the step limits that did not fit them', async () => {
    const handover = indicator(homeless, 'minorsHandedOverIn24h');
    expect(handover.kind === 'duration' && handover.from).toEqual({ element: 'Start_Found', edge: 'end' });
    // As it was: outreach, escort, registration and the hand-over each allowed 24 hours.
    const asItWas = await limitWarnings((s) => {
      for (const id of ['outreachHours', 'escortHours', 'registrationHours', 'minorHandoverHours']) {
        const parameter = s.parameters.find((p) => p.id === id)!;
        Object.assign(parameter, { default: 24, max: 24 });
      }
    });
    expect(asItWas).toEqual([pointerOf('minorsHandedOverIn24h', 'limit')]);
  });
});

describe('the walkthroughs of BJ-SW-HOMELESS', () => {
  it.each([
    ['left-on-own', 'Task_SelfDeparture'],
    ['terminated', 'Task_Termination'],
    ['refused', 'Task_Refusal'],
  ])('take the way out %s from start to end through %s, with no hand-off', async (name, exitTask) => {
    const result = await runWalkthrough(CODE, name, library);
    expect(result.tasks).toContain(exitTask);
    expect(result.tasks).not.toContain('Task_Handoff');
    expect(result.ends).toEqual(walkthroughs[name]!.ends);
  });

  it('hand a minor from another province to the home area’s child protection, not into Beijing’s monthly visits', async () => {
    const result = await runWalkthrough(CODE, 'minor-other-province', library);
    expect(result.tasks).toEqual(['Task_Outreach', 'Task_Escort', 'Task_Registration', 'Task_MinorHandover', 'Task_MinorReturn']);
    expect(result.ends).toEqual(['End_MinorReturnedHome']);
    expect(result.referrals).toEqual([]);
    // A minor from Beijing goes on to the children's service.
    const beijing = await runWalkthrough(CODE, 'minor', library);
    expect(beijing.referrals.map((r) => r.code)).toEqual(['BJ-SW-CHILD']);
  });

  it('take a minor to the station though they say no, and never turn one away', async () => {
    expect(answer('minor', 'outreach').acceptsAssistance).toBe(false);
    const unwilling = await runWalkthrough(CODE, 'minor', library);
    expect(unwilling.tasks.slice(0, 4)).toEqual(['Task_Outreach', 'Task_Escort', 'Task_Registration', 'Task_MinorHandover']);
    expect(unwilling.ends).not.toContain('End_Declined');

    // Screened as 不予救助 by mistake: a minor is handed over all the same.
    const refused = structuredClone(walkthroughs['minor-other-province']!);
    refused.answers['registration'] = [answer('minor-other-province', 'registration', { admission: 'refused' })];
    const data = new Map(caseData);
    data.set(CODE, { ...caseData.get(CODE)!, walkthroughs: { ...walkthroughs, 'minor-refused': refused } });
    const result = await runWalkthrough(CODE, 'minor-refused', { ...library, caseData: data });
    expect(result.tasks).not.toContain('Task_Refusal');
    expect(result.ends).toEqual(['End_MinorReturnedHome']);
  });
});
