/**
 * What the checks say of BJ-SW-ELDER's visits, risk reports and follow-up: the standard as shipped
 * passes them, and the ways it could go wrong — a tier's count running on past a risk report, a report
 * coming where nothing waits for one, as before the reports were modelled — are caught.
 */
import { validateStandard, type ServiceStandard } from '@jingzhun/standards';
import { loadExampleCaseData, loadExampleStandards, type ExampleCaseData } from '../load';
import { runWalkthrough, WalkthroughError } from '../testing/walkthrough-driver';

const CODE = 'BJ-SW-ELDER';
const standards = new Map(loadExampleStandards().map((s) => [s.code, s]));
const caseData = loadExampleCaseData();
const shipped = standards.get(CODE)!;

describe('BJ-SW-ELDER', () => {
  it('says what each of the thirteen service areas of MZ/T 064-2016 means, in its own words', () => {
    expect(shipped.contents).toHaveLength(13);
    for (const lang of ['zh', 'en'] as const) {
      const descriptions = shipped.contents.map((c) => c.description?.[lang] ?? '');
      // No two alike, none a title put into a template sentence, each long enough to say something.
      expect(new Set(descriptions).size).toBe(13);
      for (const [i, text] of descriptions.entries()) {
        expect(text.length).toBeGreaterThan(lang === 'zh' ? 30 : 80);
        expect(text).not.toContain(shipped.contents[i]!.title[lang] + (lang === 'zh' ? '。' : '.'));
        expect(text).not.toMatch(/MZ\/T 064/);
      }
    }
  });

  it('has nothing the validation warns about', async () => {
    expect((await validateStandard(shipped)).map((p) => `${p.severity} ${p.code}`)).toEqual([]);
  });

  it('stops each tier’s count at the risk report: counted on to the urgent visit’s end, a report late in the week could not be kept', async () => {
    // The count of the weekly visits stops where the case goes on after the visits (Gw_Review), after the urgent visit.
    const indicators = shipped.indicators.map((i) => (i.id === 'highRiskVisitedWeekly' && i.kind === 'recurrence' ? { ...i, span: { ...i.span, to: 'Gw_Review' } } : i));
    const at = indicators.findIndex((i) => i.id === 'highRiskVisitedWeekly');
    const problems = await validateStandard({ ...shipped, indicators } as ServiceStandard);
    // Both ways into a week: from entering the tier, and from the last visit.
    const warning = { code: 'INDICATOR_LIMIT_BELOW_PROCESS', pointer: `/indicators/${at}/everyDays` };
    expect(problems.map((p) => ({ code: p.code, pointer: p.pointer }))).toEqual([warning, warning]);
    // Each names the way: a report while the weekly visit is pending, then 24 hours for the urgent visit.
    for (const p of problems) expect(p.message.en).toMatch(/up to 8 days: Risk report \(Msg_RiskHigh\) 7 days .* \+ Urgent visit within 24 hours \(Task_UrgentVisit\) 24 hours/);
  });

  it('runs a risk report between two visits, and fails a walkthrough whose report comes where nothing waits for one', async () => {
    const library = (data: ExampleCaseData) => ({ standards, caseData: new Map([...caseData, [CODE, data]]) });
    const own = caseData.get(CODE)!;
    const main = own.walkthroughs['main']!;
    const played = await runWalkthrough(CODE, 'main', library(own));
    expect(played.messages).toEqual(['风险报告']);
    expect(played.tasks.filter((t) => t.startsWith('Task_Visit') || t === 'Task_UrgentVisit')).toEqual(['Task_VisitHigh', 'Task_UrgentVisit', 'Task_VisitHigh', 'Task_VisitKey']);

    // Before the first visit nothing waits for a report: as it was between any two visits.
    const early = { ...own, walkthroughs: { main: { ...main, messages: [{ after: 'needs-assessment#1', name: '风险报告' }] } } };
    await expect(runWalkthrough(CODE, 'main', library(early))).rejects.toThrow(WalkthroughError);
    await expect(runWalkthrough(CODE, 'main', library(early))).rejects.toThrow(/nothing waited for message 风险报告 after needs-assessment#1/);
  });

  it('follows the person up a month after closing, unless they died', async () => {
    const library = { standards, caseData };
    const cared = await runWalkthrough(CODE, 'long-term-care', library);
    expect(cared.timers).toEqual(['Timer_MonthAfterClosing']);
    expect(cared.tasks.slice(-2)).toEqual(['Task_Closing', 'Task_FollowUp']);
    const died = await runWalkthrough(CODE, 'risk-rises', library);
    expect(died.tasks.at(-1)).toBe('Task_Closing');
    expect(died.ends).toEqual(['End_Closed', 'End_NoFollowUp']);
  });
});
