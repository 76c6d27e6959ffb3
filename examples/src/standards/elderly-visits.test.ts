/**
 * BJ-SW-ELDER on the platform, judged as supervision judges it: each tier's visits against the tier's
 * own interval, the urgent visit's 24 hours from the risk report, and a case that keeps every limit
 * meeting every indicator. The standard is deployed with the indicators it used to have beside its
 * own (one 100-day rhythm for every tier, a fixed 200 visits a month), so each test shows the defect
 * as it was missing what the shipped indicators catch.
 */
import { beijingDate, type Indicator, type ServiceStandard } from '@jingzhun/standards';
import { datedAnswer } from '../simulator/form-dates';
import type { Runtime } from '@jingzhun/engine';
import { storeTargets, type ManualClock, type TestStore } from '@jingzhun/engine/testing';
import { loadExampleCaseData, loadExampleStandards, messagesDue, type ExampleWalkthrough } from './load';
import { deployExamples, PATH_DISTRICT } from './paths/example-paths';

jest.setTimeout(120_000);

const CODE = 'BJ-SW-ELDER';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const standards = loadExampleStandards();
const shipped = standards.find((s) => s.code === CODE)!;
/** The family service the elderly standard refers to must be there for it to deploy. */
const family = standards.find((s) => s.code === 'BJ-SW-FAMILY')!;
const { samples, walkthroughs } = loadExampleCaseData().get(CODE)!;
const main = walkthroughs['main']!;

/** What the standard measured before: one rhythm for every tier, and a city-wide count. */
const AS_IT_WAS: Indicator[] = [
  {
    id: 'visitedEachQuarter', kind: 'recurrence', title: { zh: '在案期间每季度至少探访一次', en: 'Visited at least once a quarter while open' },
    activity: 'Task_VisitHigh', everyDays: 100, span: { from: 'Gw_HighCycle', to: 'Gw_HighLeave' }, target: 95, comparator: '>=',
  },
  {
    id: 'visitsPerMonth', kind: 'count', title: { zh: '每月完成定期探访次数', en: 'Regular visits done per month' },
    element: 'Task_VisitKey', period: 'month', target: 200, comparator: '>=',
  },
];
const withOldIndicators: ServiceStandard = { ...shipped, indicators: [...shipped.indicators, ...AS_IT_WAS] };

describe.each(storeTargets())('BJ-SW-ELDER judged by supervision on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  let clock: ManualClock;

  beforeEach(async () => {
    store = await target.open();
    ({ runtime, clock } = await deployExamples(store, [withOldIndicators, family]));
  });
  afterEach(() => store.dispose());

  const start = async (caseKey: string, sample = 'living-alone') =>
    (await runtime.startCase({ code: CODE, district: PATH_DISTRICT, caseKey, data: samples[sample]!, actor: 'worker' })).id;

  /** Some time passes, then the one open task at `elementId` is done with `answer`. */
  const complete = async (caseId: string, elementId: string, answer: Record<string, unknown>, after: number) => {
    clock.advance(after);
    const task = (await runtime.getCase(caseId)).openTasks.find((t) => t.elementId === elementId);
    if (!task) throw new Error(`no open ${elementId} in ${(await runtime.getCase(caseId)).position.active.join(', ')}`);
    // The walkthrough's dates are its own story's: the visit is recorded on the day it is made.
    await runtime.completeTask({ taskId: task.id, data: datedAnswer(shipped.forms[task.formId ?? ''], answer, beijingDate(clock.now())), actor: 'worker' });
  };

  /** First visit, assessment and plan, each in two hours: the person is high risk. */
  const planned = async (caseKey: string) => {
    const id = await start(caseKey);
    for (const [task, form] of [['Task_InitialVisit', 'initial-visit'], ['Task_Assessment', 'needs-assessment'], ['Task_Plan', 'care-plan']] as const) {
      await complete(id, task, main.answers[form]![0]!, 2 * HOUR);
    }
    return id;
  };

  const visit = (change: Record<string, unknown> = {}) => ({ ...main.answers['visit']![0]!, ...change });
  const urgent = main.answers['urgent-visit']![0]!;

  const outcomes = async (caseId: string, indicator: string) =>
    (await store.query<{ outcome: string }>('SELECT outcome FROM indicator_occurrences WHERE case_id = $1 AND indicator = $2 ORDER BY seq', [caseId, indicator])).rows.map((r) => r.outcome);

  it('judges each tier against its own interval: a weekly visit 9 days on is late, a monthly one 25 days on is not', async () => {
    const id = await planned('ELDER-TIERS');
    await complete(id, 'Task_VisitHigh', visit(), 6 * DAY);
    await complete(id, 'Task_VisitHigh', visit(), 9 * DAY);
    await complete(id, 'Task_VisitHigh', visit({ tier: 'key' }), 2 * DAY);
    await complete(id, 'Task_VisitKey', visit(), 25 * DAY);
    await complete(id, 'Task_VisitKey', visit({ endVisits: true, nextStep: 'close' }), 28 * DAY);

    // The visit that changed the tier closes the weekly count, which waited for nothing after it.
    expect(await outcomes(id, 'highRiskVisitedWeekly')).toEqual(['met', 'breached', 'met', 'void']);
    expect(await outcomes(id, 'keyVisitedMonthly')).toEqual(['met', 'met', 'void']);
    // As it was, one rhythm of 100 days for every tier let the late weekly visit pass.
    expect(await outcomes(id, 'visitedEachQuarter')).toEqual(['met', 'met', 'met', 'void']);
  });

  it('counts the urgent visit’s 24 hours from the risk report that came between two visits', async () => {
    const id = await planned('ELDER-REPORT');
    await complete(id, 'Task_VisitHigh', visit(), 5 * DAY);
    clock.advance(3 * DAY);
    const reportedAt = clock.now().toISOString();
    await runtime.correlateMessage({ caseKey: 'ELDER-REPORT', code: CODE, messageName: '风险报告', actor: 'operator' });
    const detail = await runtime.getCase(id);
    expect(detail.openTasks.map((t) => t.elementId)).toEqual(['Task_UrgentVisit']);
    await complete(id, 'Task_UrgentVisit', urgent, 30 * HOUR);

    const { rows } = await store.query<{ outcome: string; opened_at: Date }>(
      `SELECT outcome, opened_at FROM indicator_occurrences WHERE case_id = $1 AND indicator = 'urgentVisitWithin24h'`,
      [id],
    );
    expect(rows.map((r) => ({ outcome: r.outcome, from: r.opened_at.toISOString() }))).toEqual([{ outcome: 'breached', from: reportedAt }]);
    // The report came three days into the week: the weekly count stops there, nothing was late yet.
    expect(await outcomes(id, 'highRiskVisitedWeekly')).toEqual(['met', 'void', 'open']);
  });

  it('counts a weekly visit already late when the report came as late', async () => {
    const id = await planned('ELDER-LATE-REPORT');
    clock.advance(8 * DAY);
    await runtime.correlateMessage({ caseKey: 'ELDER-LATE-REPORT', code: CODE, messageName: '风险报告', actor: 'operator' });
    await complete(id, 'Task_UrgentVisit', urgent, 3 * HOUR);
    expect(await outcomes(id, 'highRiskVisitedWeekly')).toEqual(['breached', 'open']);
    expect(await outcomes(id, 'urgentVisitWithin24h')).toEqual(['met']);
  });

  /** Plays a walkthrough on the runtime, each task done two hours after it opens, each timer at its time. */
  const playOnTime = async (name: string, caseKey: string) => {
    const walkthrough: ExampleWalkthrough = walkthroughs[name]!;
    const id = await start(caseKey, walkthrough.sample);
    const answered = new Map<string, number>();
    const sent = new Set<number>();
    for (let step = 0; step < 100; step++) {
      const detail = await runtime.getCase(id);
      if (detail.status !== 'running') return detail;
      const [due] = messagesDue(walkthrough, answered, sent);
      if (due) {
        sent.add(due[0]);
        clock.advance(2 * HOUR);
        await runtime.correlateMessage({ caseKey, code: CODE, messageName: due[1].name, actor: 'operator' });
        continue;
      }
      const task = detail.openTasks[0];
      if (task?.formId) {
        const answers = walkthrough.answers[task.formId]!;
        const n = answered.get(task.formId) ?? 0;
        answered.set(task.formId, n + 1);
        await complete(id, task.elementId, answers[Math.min(n, answers.length - 1)]!, 2 * HOUR);
        continue;
      }
      const next = Math.min(...detail.timers.map((t) => Date.parse(t.dueAt)));
      clock.set(new Date(next + 1000));
      await runtime.runDue(clock.now());
    }
    throw new Error(`${caseKey} still running`);
  };

  it('meets every indicator when every case keeps every limit; 200 visits a month called that district failing', async () => {
    const from = clock.now();
    const played = [await playOnTime('long-term-care', 'ELDER-ON-TIME-1'), await playOnTime('risk-rises', 'ELDER-ON-TIME-2')];
    expect(played.map((c) => c.status)).toEqual(['completed', 'completed']);

    const report = await runtime.supervision.indicators(
      CODE,
      { from: from.toISOString().slice(0, 10), to: clock.now().toISOString().slice(0, 10), limits: 'case', simulated: 'exclude' },
      {},
    );
    const judged = report.indicators.filter((i) => i.measured && i.city.value !== null);
    const failing = judged.filter((i) => !i.city.met).map((i) => i.id);
    expect(failing).toEqual(['visitsPerMonth']);
    // What they measured: every shipped indicator the two cases passed through.
    expect(judged.map((i) => i.id)).toEqual(expect.arrayContaining(['firstVisitOnTime', 'urgentVisitWithin24h', 'keyVisitedMonthly', 'highRiskVisitedWeekly', 'generalVisitedQuarterly', 'followUpOnTime']));
  });
});
