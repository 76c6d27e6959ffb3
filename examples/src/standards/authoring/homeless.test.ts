/**
 * What BJ-SW-HOMELESS promises a civil-affairs official, checked on the shipped folder: a minor's 24
 * hours run from being found, and a minor is never left on the street.
 */
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { validateStandard, type Indicator, type ServiceStandard } from '@jingzhun/standards';
import { loadExampleCaseData, loadExampleStandards } from '../load';
import { timedCases } from '../testing/timed-cases';
import { runWalkthrough } from '../testing/walkthrough-driver';

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

describe.each(storeTargets())('a BJ-SW-HOMELESS case on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('counts a minor’s 24 hours to the hand-over from being found, not from registration', async () => {
    const cases = await timedCases(store, DEPLOYED);
    const reachStation = async (id: string) => {
      await cases.answer(id, 'Task_Outreach', answer('minor', 'outreach'), '2026-02-20T21:00:00+08:00');
      await cases.answer(id, 'Task_Escort', answer('minor', 'escort'), '2026-02-20T23:30:00+08:00');
      await cases.answer(id, 'Task_Registration', answer('minor', 'registration'), '2026-02-21T01:00:00+08:00');
    };
    // Found at eight in the evening; handed over 20 hours after registration, 25 hours after being found.
    const late = await cases.start(CODE, samples['minor-reported-by-public']!, '2026-02-20T20:00:00+08:00');
    await reachStation(late);
    expect(await cases.openTasks(late)).toEqual(['Task_MinorHandover']);
    await cases.answer(late, 'Task_MinorHandover', answer('minor', 'minor-handover'), '2026-02-21T21:00:00+08:00');
    expect(await cases.outcomes(late, 'minorsHandedOverIn24h')).toEqual(['breached']);

    const inTime = await cases.start(CODE, samples['minor-reported-by-public']!, '2026-02-20T20:00:00+08:00');
    await reachStation(inTime);
    await cases.answer(inTime, 'Task_MinorHandover', answer('minor', 'minor-handover'), '2026-02-21T18:00:00+08:00');
    expect(await cases.outcomes(inTime, 'minorsHandedOverIn24h')).toEqual(['met']);
  });
});

/** The lint's warnings about limits the process cannot keep, by pointer, for the standard with `change` made. */
async function limitWarnings(change: (standard: ServiceStandard) => void = () => {}): Promise<string[]> {
  const standard = structuredClone(homeless);
  change(standard);
  const problems = await validateStandard(standard);
  return problems.filter((p) => p.code === 'INDICATOR_LIMIT_BELOW_PROCESS').map((p) => p.pointer ?? '');
}

function indicator(standard: ServiceStandard, id: string): Indicator {
  const found = standard.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

const pointerOf = (id: string, field: string) => `/indicators/${homeless.indicators.findIndex((i) => i.id === id)}/${field}`;

describe('the indicators of BJ-SW-HOMELESS', () => {
  it('give a minor 24 hours from being found, and the lint catches the step limits that did not fit them', async () => {
    const handover = indicator(homeless, 'minorsHandedOverIn24h');
    expect(handover.kind === 'duration' && handover.from).toEqual({ element: 'Start_Found', edge: 'end' });
    expect(await limitWarnings()).not.toContain(pointerOf('minorsHandedOverIn24h', 'limit'));
    // As it was: outreach, escort, registration and the hand-over each allowed 24 hours.
    const asItWas = await limitWarnings((s) => {
      for (const id of ['outreachHours', 'escortHours', 'registrationHours', 'minorHandoverHours']) {
        const parameter = s.parameters.find((p) => p.id === id)!;
        Object.assign(parameter, { default: 24, max: 24 });
      }
    });
    expect(asItWas).toContain(pointerOf('minorsHandedOverIn24h', 'limit'));
  });
});

describe('the walkthroughs of BJ-SW-HOMELESS', () => {
  it('take a minor to the station though they say no', async () => {
    expect(answer('minor', 'outreach').acceptsAssistance).toBe(false);
    const unwilling = await runWalkthrough(CODE, 'minor', library);
    expect(unwilling.tasks.slice(0, 4)).toEqual(['Task_Outreach', 'Task_Escort', 'Task_Registration', 'Task_MinorHandover']);
    expect(unwilling.ends).not.toContain('End_Declined');
  });
});
