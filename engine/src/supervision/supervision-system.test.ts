import { createRuntime, type Runtime } from '../runtime/create-runtime';
import { at, manualClock, playSupervisedHistory, silentLogger, storeTargets, SUPERVISED_VERSION, type SupervisedHistory, type TestStore } from '../testing';
import type { PeriodFilter } from './supervision-system';

const CODE = SUPERVISED_VERSION.code;
const PERIOD: PeriodFilter = { from: '2026-09-01', to: '2026-10-31', simulated: 'exclude', limits: 'case' };

describe.each(storeTargets())('what supervisors read, on $kind', (storeTarget) => {
  let store: TestStore;
  let runtime: Runtime;
  let history: SupervisedHistory;
  const clock = manualClock('2026-09-30T01:00:00.000Z');

  beforeAll(async () => {
    store = await storeTarget.open();
    runtime = createRuntime({ store, clock, logger: silentLogger });
    history = await playSupervisedHistory(runtime, clock);
    clock.set(at('2026-10-12 12:00'));
  });
  afterAll(() => store.dispose());

  it('every indicator per district with its definition in words, beside the city', async () => {
    const report = await runtime.supervision.indicators(CODE, { ...PERIOD, groupBy: 'district' }, {});
    expect(report.standard).toMatchObject({ code: CODE, version: 1, versions: [1] });
    const assess = report.indicators.find((i) => i.id === 'assessOnTime')!;
    expect(assess.definition.zh).toBe('从「接案」完成起，「入户评估」在评估时限（市级 3 个工作日，各区可收紧）内完成的比例，目标 ≥ 90%');
    expect(assess.cohort.zh).toContain('待定');
    expect(assess.rows.map((r) => [r.key, r.label.zh, r.value])).toEqual([
      ['dongcheng', '东城区', 50],
      ['xicheng', '西城区', 50],
    ]);
    expect(assess.city).toMatchObject({ numerator: 2, denominator: 4 });
    expect(report.indicators.find((i) => i.id === 'conformance')).toMatchObject({ measured: false, city: { value: null } });
  });

  it('splits by district and month for the trends', async () => {
    const report = await runtime.supervision.indicators(CODE, { ...PERIOD, groupBy: 'district-month' }, {});
    const assess = report.indicators.find((i) => i.id === 'assessOnTime')!;
    // Dongcheng's and most of Xicheng's passes opened on Sep 30; D opened in October.
    expect(assess.rows.map((r) => [r.key, r.label.zh, r.numerator, r.denominator, r.pending])).toEqual([
      ['dongcheng|2026-09', '东城区 2026-09', 1, 2, 0],
      ['xicheng|2026-09', '西城区 2026-09', 1, 2, 0],
      ['xicheng|2026-10', '西城区 2026-10', 0, 0, 1],
    ]);
  });

  it('a district’s users see their district beside the city-wide figure, never another district', async () => {
    const report = await runtime.supervision.indicators(CODE, { ...PERIOD, groupBy: 'district' }, { district: 'dongcheng' });
    const assess = report.indicators.find((i) => i.id === 'assessOnTime')!;
    expect(assess.rows.map((r) => r.key)).toEqual(['dongcheng']);
    expect(assess.city).toMatchObject({ numerator: 2, denominator: 4 });
    // Asking for another district by name changes nothing: the scope wins.
    const asked = await runtime.supervision.indicators(CODE, { ...PERIOD, district: 'xicheng', groupBy: 'district' }, { district: 'dongcheng' });
    expect(asked.indicators.find((i) => i.id === 'assessOnTime')!.rows.map((r) => r.key)).toEqual(['dongcheng']);
  });

  it('an organisation’s users see their organisation only', async () => {
    const report = await runtime.supervision.indicators(CODE, { ...PERIOD, groupBy: 'organisation' }, { organisation: 'org-b' });
    const assess = report.indicators.find((i) => i.id === 'assessOnTime')!;
    expect(assess.rows.map((r) => r.key)).toEqual(['org-b']);
    expect(assess.city).toMatchObject({ numerator: 0, denominator: 1, pending: 1 });
  });

  it('drills down to the cases behind a figure, with the working days each took', async () => {
    const page = { limit: 50, offset: 0 };
    const keys = async (outcome: 'met' | 'breached' | 'pending' | 'cancelled') =>
      (await runtime.supervision.cases(CODE, 'assessOnTime', { ...PERIOD, outcome }, {}, page)).items.map((c) => c.caseKey).sort();
    expect(await keys('met')).toEqual(['A', 'F']);
    expect(await keys('breached')).toEqual(['B', 'C']);
    expect(await keys('pending')).toEqual(['D']);
    expect(await keys('cancelled')).toEqual(['E']);
    const all = await runtime.supervision.cases(CODE, 'assessOnTime', PERIOD, {}, page);
    expect(all.total).toBe(6);
    // A: from Wed 30 Sep to Fri 9 Oct over the holiday: Oct 8 and Oct 9, two working days.
    expect(all.items.find((c) => c.caseKey === 'A')).toMatchObject({ workingDays: 2, outcome: 'met', caseId: history.cases.get('A') });
    // By the city's limit B was on time.
    expect((await runtime.supervision.cases(CODE, 'assessOnTime', { ...PERIOD, limits: 'city', outcome: 'met' }, {}, page)).items.map((c) => c.caseKey).sort()).toEqual(['A', 'B', 'F']);
    // A district's users never see another district's cases.
    expect((await runtime.supervision.cases(CODE, 'assessOnTime', PERIOD, { district: 'dongcheng' }, page)).items.map((c) => c.caseKey).sort()).toEqual(['A', 'B']);
  });

  it('warns early of what falls due within two working days', async () => {
    // At Mon Oct 12 12:00, D is due Tue Oct 13 10:00: within two working days. C is already past.
    const warnings = await runtime.supervision.warnings(CODE, PERIOD, {});
    expect(warnings.map((w) => [w.caseKey, w.indicator, w.deadlineAt])).toEqual([['D', 'assessOnTime', '2026-10-13T02:00:00.000Z']]);
    expect(await runtime.supervision.warnings(CODE, PERIOD, { district: 'dongcheng' })).toEqual([]);
  });

  it('times every element of the diagram and counts late tasks', async () => {
    const { version, elements } = await runtime.supervision.heatmap(CODE, PERIOD, {});
    expect(version).toBe(1);
    const assess = elements.find((e) => e.elementId === 'assess')!;
    // Six cases entered the assessment (E before it was cancelled); A, B and F completed it; B after its 2 days.
    expect(assess).toMatchObject({ name: { zh: '入户评估', en: '入户评估' }, entered: 6, completed: 3, cancelled: 1, late: 1 });
    expect(assess.lateShare).toBeCloseTo(100 / 3);
    expect(assess.medianMs).toBe(Date.parse('2026-10-09T02:00:00Z') - Date.parse('2026-09-30T02:00:00Z'));
  });

  it('overviews every deployed standard with each district’s indicators met, not met and pending', async () => {
    const [standard] = await runtime.supervision.overview(PERIOD, {});
    expect(standard).toMatchObject({ code: CODE, measured: 7 });
    const dongcheng = standard!.districts.find((d) => d.district === 'dongcheng')!;
    expect(dongcheng.met + dongcheng.notMet + dongcheng.pending + dongcheng.noData).toBe(7);
    expect(dongcheng.notMet).toBeGreaterThan(0);
  });
});
