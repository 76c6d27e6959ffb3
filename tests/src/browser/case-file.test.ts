/**
 * The case file in words, as a caseworker in 东城 reads it: two shipped standards' cases with their
 * answers given — a social-assistance family (社会救助家庭) assessed, planned, approved and referred to
 * two agencies, and a minor found in the street (流浪乞讨人员) handed over and referred on to the
 * children's service. Every answer reads under its form's title with its choice's label, dates as
 * dates, yes as 是, groups and lists as sections and tables; the timeline reads as sentences naming
 * people, steps and referred cases; no key, kind or id of the machine's shows; the diagram is large
 * enough to read where the case is. Once in English too.
 */
import { productionStoreTarget } from '@jingzhun/engine/testing';
import { loadExampleCaseData, loadExampleStandards } from '@jingzhun/examples';
import { until } from '@jingzhun/standards/testing';
import type { Browser } from 'playwright-core';
import { openAppServer, type AppServer } from './support/app-server';
import { closeStarted, keepFailure, launchChromium, newPage, screenshot, seeText, SETUP_TIMEOUT, signIn, TEST_TIMEOUT, type TestPage } from './support/browser';

const FAMILY = 'BJ-SW-FAMILY';
const HOMELESS = 'BJ-SW-HOMELESS';
const CHILD = 'BJ-SW-CHILD';

interface CaseView {
  id: string;
  caseKey: string;
  openTasks: Array<{ id: string; elementId: string; formId: string | null }>;
  referrals: Array<{ caseId: string; caseKey: string; direction: 'to' | 'from' }>;
}

/** What a person must never read on a case file: the data's keys as stored, the timeline's kinds, ids of steps and accounts. */
const RAW = ['assistanceType', 'gender', 'hardshipCauses', 'livelihood', 'referralDate', 'referral_started', 'task_completed', 'service_called', 'Call_ChildCare', 'Task_', 'dongcheng.'];
/** …and, in Chinese, the values as stored. */
const RAW_VALUES = ['female', 'dibao', 'street_office', 'unemployment'];

/** Words in Latin letters on a zh-CN page, apart from codes in capitals (BJ-SW-FAMILY, DC-2026-0311). */
const latinWords = (text: string) => (text.match(/[A-Za-z][A-Za-z_]*[A-Za-z]/g) ?? []).filter((w) => !/^[A-Z]+$/.test(w));

describe('the case file in words', () => {
  let browser: Browser;
  let server: AppServer;
  let page: TestPage;
  let starting: [Promise<Browser>, Promise<AppServer>] | undefined;
  let family: CaseView;
  let minor: CaseView;

  beforeAll(async () => {
    starting = [launchChromium(), openAppServer(productionStoreTarget())];
    [browser, server] = await Promise.all(starting);
    const standards = loadExampleStandards();
    for (const code of [CHILD, FAMILY, HOMELESS]) {
      await server.callAs('officer', 'POST', '/api/standards', { standard: standards.find((s) => s.code === code) });
      await server.callAs('officer', 'POST', `/api/standards/${code}/draft/submit`);
      await server.callAs('reviewer', 'POST', `/api/standards/${code}/draft/approve`, {});
      await server.callAs('officer', 'POST', `/api/standards/${code}/versions/1/deploy`, { districts: ['dongcheng'] });
    }
    const data = loadExampleCaseData();
    const answer = (code: string, walkthrough: string, form: string, n = 0) => data.get(code)!.walkthroughs[walkthrough]!.answers[form]![n]!;
    /** Completes the case's open task of `elementId` as `who`, with the walkthrough's answer to its form. */
    const complete = async (c: CaseView, who: string, elementId: string, code: string, walkthrough: string, n = 0): Promise<CaseView> => {
      const task = c.openTasks.find((x) => x.elementId === elementId)!;
      await server.callAs(who, 'POST', `/api/tasks/${task.id}/complete`, { data: answer(code, walkthrough, task.formId!, n) });
      return (await server.callAs('dongcheng.worker', 'GET', `/api/cases/${c.id}`)) as CaseView;
    };

    // A family on the minimum living guarantee: intake, assessment, a plan approved by the station's supervisor, two referrals.
    family = (await server.callAs('dongcheng.worker', 'POST', '/api/cases', { standard: FAMILY, caseKey: 'DC-2026-0311', data: data.get(FAMILY)!.samples['dibao-household'] })) as CaseView;
    family = await complete(family, 'dongcheng.worker', 'Task_Consent', FAMILY, 'main');
    family = await complete(family, 'dongcheng.worker', 'Task_Assessment', FAMILY, 'main');
    family = await complete(family, 'dongcheng.worker', 'Task_Plan', FAMILY, 'main');
    family = await complete(family, 'dongcheng.supervisor', 'Task_PlanApproval', FAMILY, 'main', 1);
    family = await complete(family, 'dongcheng.worker', 'Task_Referral', FAMILY, 'main');

    // A girl of 13 found by the police: taken to the station, handed over, and referred to the children's service.
    minor = (await server.callAs('dongcheng.operator', 'POST', '/api/cases', { standard: HOMELESS, caseKey: 'DC-2026-HL07', data: data.get(HOMELESS)!.samples['minor-found-by-police'] })) as CaseView;
    minor = await complete(minor, 'dongcheng.worker', 'Task_Outreach', HOMELESS, 'minor');
    minor = await complete(minor, 'dongcheng.worker', 'Task_Escort', HOMELESS, 'minor');
    minor = await complete(minor, 'dongcheng.operator', 'Task_Registration', HOMELESS, 'minor');
    minor = await complete(minor, 'dongcheng.operator', 'Task_MinorHandover', HOMELESS, 'minor');

    page = await newPage(browser, server.url);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await page?.context().close();
    await closeStarted(starting);
  });
  afterEach(() => expect(page.errors).toEqual([]));

  const field = (key: string) => page.locator(`[data-testid="case-variables"] [data-field="${key}"]`).first();
  const pageText = () => page.locator('.case-file').innerText();

  it('reads a family’s case in Chinese: labels, choices, dates, groups and tables, sentences and names', () =>
    keepFailure(page, 'case-file-family', async () => {
      await signIn(page, 'dongcheng.worker');
      await page.goto(`/cases/${family.id}`);
      await seeText(page.getByTestId('case-key'), 'DC-2026-0311');

      // The client's data under the eligibility form's titles, choices by their labels.
      const sections = page.getByTestId('case-data-section');
      await seeText(sections.first(), '服务对象信息');
      await seeText(field('gender'), '性别');
      await seeText(field('gender'), '女');
      await seeText(field('assistanceType'), '救助类别');
      await seeText(field('assistanceType'), '最低生活保障家庭');
      await seeText(field('referralSource'), '街道（乡镇）社会救助经办机构');
      // The answers under their forms' titles: a date as a date, yes as 是, a list of choices, a group, a table.
      await seeText(sections.filter({ hasText: '接案会谈与知情同意' }).first(), '会谈日期');
      await seeText(field('interviewDate'), '2026/03/02');
      await seeText(field('interviewPlace'), '服务对象家中');
      await seeText(field('consent'), '是');
      await seeText(field('hardshipCauses'), '失业、家庭变故');
      await seeText(field('livelihood'), '生计发展');
      await seeText(field('livelihood').locator('[data-field="level"]'), '需求程度');
      await seeText(field('livelihood').locator('[data-field="level"]'), '重度');
      const referrals = field('referrals').locator('table');
      await seeText(referrals.locator('th').first(), '转介事项');
      await seeText(referrals.locator('tr').nth(1), '交道口街道社会保障事务所');
      await seeText(referrals.locator('tr').nth(1), '2026/04/08');
      await seeText(referrals.locator('tr').nth(1), '就业帮扶');

      // The timeline in sentences, people by their names.
      const timeline = page.getByTestId('case-timeline');
      await seeText(timeline, '东城区社工 新建个案');
      await seeText(timeline, '任务“接案会谈与知情同意”由 东城区社工 完成');
      await seeText(timeline, '任务“机构督导审核服务方案”由 东城区社工站督导 完成');
      await seeText(timeline, /生成任务“个案辅导与家庭增能”，期限 \d{4}\/\d{2}\/\d{2}/);

      // A diagram to read: the page's width, most of the window's height, the case's step drawn at its size.
      const diagram = page.getByTestId('case-diagram');
      await page.locator('[data-testid="case-diagram"][data-ready] .djs-element.case-active').first().waitFor();
      const svg = (await diagram.locator('svg').first().boundingBox())!;
      expect(svg.width).toBeGreaterThan(1000);
      expect(svg.height).toBeGreaterThan(400);
      const active = diagram.locator('.djs-element.case-active[data-element-id="Task_Casework"]');
      expect((await active.boundingBox())!.width).toBeGreaterThanOrEqual(90);
      await page.locator('.djs-element.case-completed[data-element-id="Task_Assessment"]').waitFor({ state: 'attached' });
      // Zoomed out to the whole process and back to where the case is.
      await page.getByTestId('diagram-fit').click();
      await until(async () => (await active.boundingBox())!.width < 90);
      await page.getByTestId('diagram-position').click();
      await until(async () => (await active.boundingBox())!.width >= 90);
      await screenshot(page, 'case-file-family');

      // Nothing of the machine's: no key, kind, value or id, no word in Latin letters.
      const text = await pageText();
      for (const raw of [...RAW, ...RAW_VALUES]) expect({ raw, shown: text.includes(raw) }).toEqual({ raw, shown: false });
      for (const part of ['case-variables', 'case-timeline']) expect({ part, words: latinWords(await page.getByTestId(part).innerText()) }).toEqual({ part, words: [] });
    }),
  TEST_TIMEOUT);

  it('reads a referral both ways: the referred case by its standard and number, and its client’s data from the referring standard', () =>
    keepFailure(page, 'case-file-referral', async () => {
      const [child] = minor.referrals.filter((r) => r.direction === 'to');
      expect(child!.caseKey).toBe(`DC-2026-HL07/${CHILD}`);
      await page.goto(`/cases/${minor.id}`);
      await seeText(page.getByTestId('case-key'), 'DC-2026-HL07');
      const timeline = page.getByTestId('case-timeline');
      await seeText(timeline, '已登记转介：登记儿童关爱转介');
      await seeText(timeline, `转介至 困境儿童和留守儿童关爱服务（个案 DC-2026-HL07/${CHILD}）`);
      await seeText(timeline, '任务“移交未成年人救助保护机构”由 东城区民政局经办人 完成');
      const link = page.getByTestId('case-referrals').getByTestId('case-referral-link');
      await seeText(link, `困境儿童和留守儿童关爱服务 · 个案 DC-2026-HL07/${CHILD}`);
      await seeText(field('foundBy'), '发现渠道');
      await seeText(field('foundBy'), '公安机关');
      const text = await pageText();
      for (const raw of [...RAW, ...RAW_VALUES, 'police']) expect({ raw, shown: text.includes(raw) }).toEqual({ raw, shown: false });

      // The referred case names where it came from, and its client's data by the referring standard's titles.
      await link.click();
      await seeText(page.getByTestId('case-key'), `DC-2026-HL07/${CHILD}`);
      await seeText(page.getByTestId('case-referred-from'), '流浪乞讨人员社会工作服务 · 个案 DC-2026-HL07');
      await seeText(page.getByTestId('case-timeline'), '由 流浪乞讨人员社会工作服务 个案 DC-2026-HL07 转介，个案开始');
      await seeText(field('foundBy'), '发现渠道');
      await seeText(field('foundAt'), '西单北大街');
      await screenshot(page, 'case-file-referred');
      for (const part of ['case-variables', 'case-timeline']) expect({ part, words: latinWords(await page.getByTestId(part).innerText()) }).toEqual({ part, words: [] });
    }),
  TEST_TIMEOUT);

  it('reads the same case file in English', () =>
    keepFailure(page, 'case-file-english', async () => {
      await page.goto(`/cases/${family.id}`);
      await seeText(field('gender'), '女');
      await page.getByTestId('language-switch').click();
      await seeText(field('gender'), 'Gender');
      await seeText(field('gender'), 'Female');
      await seeText(field('assistanceType'), 'Assistance category');
      await seeText(field('assistanceType'), 'Minimum living guarantee (dibao) household');
      await seeText(field('consent'), 'Yes');
      await seeText(field('interviewDate'), '02/03/2026');
      await seeText(page.getByTestId('case-data-section').first(), 'Client information');
      const timeline = page.getByTestId('case-timeline');
      await seeText(timeline, 'Task "Intake interview and consent" completed by Dongcheng caseworker');
      await seeText(timeline, 'Case started by Dongcheng caseworker');
      await seeText(page.getByTestId('diagram-fit'), 'Whole diagram');
      // The diagram, drawn again for the language, still shows where the case is.
      await page.locator('[data-testid="case-diagram"] .djs-element.case-active[data-element-id="Task_Casework"]').waitFor();
      await screenshot(page, 'case-file-english');
      const text = await pageText();
      for (const raw of RAW) expect({ raw, shown: text.includes(raw) }).toEqual({ raw, shown: false });
      await page.getByTestId('language-switch').click();
      await seeText(field('gender'), '性别');
    }),
  TEST_TIMEOUT);
});
