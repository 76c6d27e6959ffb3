/**
 * Lists that answer who, what and when, as 东城's operator uses them over cases of the older people's
 * standard (困难老年人): a case started without a number takes the district's next and its street is
 * chosen from the district's streets; the case list finds a case by part of its client's name and shows
 * the client, the step it waits at by name, who holds it and when it is due; the overdue filter keeps
 * the cases past their deadline; the workload page counts each caseworker's open and overdue tasks and
 * hands a task to another caseworker, who then finds it in their inbox. The city's supervisor reaches an
 * inbox too.
 */
import { manualClock, productionStoreTarget } from '@jingzhun/engine/testing';
import { loadExampleCaseData, loadExampleStandards } from '@jingzhun/examples';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, openAppServer, type AppServer } from './support/app-server';
import { closeStarted, gone, keepFailure, launchChromium, newPage, screenshot, seeText, SETUP_TIMEOUT, signIn, signOut, TEST_TIMEOUT, type TestPage } from './support/browser';

const ELDER = 'BJ-SW-ELDER';
const FIRST_VISIT = '首次探访与风险分级';
/** A Monday in Beijing; the cases start then, and the page is read two weeks later, their first visits overdue. */
const START = '2026-06-01T01:00:00.000Z';
const DAY = 86_400_000;

interface CaseView {
  id: string;
  caseKey: string;
  openTasks: Array<{ id: string }>;
}

describe('lists that answer who, what and when', () => {
  let browser: Browser;
  let server: AppServer;
  let page: TestPage;
  let starting: [Promise<Browser>, Promise<AppServer>] | undefined;
  const clock = manualClock(START);

  beforeAll(async () => {
    starting = [launchChromium(), openAppServer(productionStoreTarget(), { clock })];
    [browser, server] = await Promise.all(starting);
    // The older people's standard refers families on (社会救助家庭), which refers children on: all three are published.
    const standards = loadExampleStandards();
    for (const code of ['BJ-SW-CHILD', 'BJ-SW-FAMILY', ELDER]) {
      await server.callAs('officer', 'POST', '/api/standards', { standard: standards.find((s) => s.code === code) });
      await server.callAs('officer', 'POST', `/api/standards/${code}/draft/submit`);
      await server.callAs('reviewer', 'POST', `/api/standards/${code}/draft/approve`, {});
    }
    await server.callAs('officer', 'POST', `/api/standards/${ELDER}/versions/1/deploy`, { districts: ['dongcheng'] });
    // A second caseworker of 东城's station, to hand work to.
    await server.app.services.accounts.createUser({
      username: 'dongcheng.worker2',
      password: DEMO_PASSWORD,
      role: 'caseworker',
      district: 'dongcheng',
      displayName: { zh: '东城区社工李明', en: 'Li Ming, Dongcheng caseworker' },
    });

    // Three older people placed on the visit list, numbered by the district; the first taken by its caseworker.
    const sample = loadExampleCaseData().get(ELDER)!.samples['living-alone']!;
    const start = (clientName: string, street: string) => server.callAs('dongcheng.operator', 'POST', '/api/cases', { standard: ELDER, data: { ...sample, clientName, street } }) as Promise<CaseView>;
    const first = await start('张桂兰', '交道口街道');
    await start('李建国', '景山街道');
    await start('王秀英', '交道口街道');
    await server.callAs('dongcheng.worker', 'POST', `/api/tasks/${first.openTasks[0]!.id}/claim`);
    // Two weeks on, none of the first visits was made.
    clock.advance(14 * DAY);
    page = await newPage(browser, server.url);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await page?.context().close();
    await closeStarted(starting);
  });
  afterEach(() => expect(page.errors).toEqual([]));

  const row = (caseKey: string) => page.locator(`[data-testid="case-row"][data-case-key="${caseKey}"]`);
  const holder = (username: string) => page.locator(`[data-testid="workload-row"][data-holder="${username}"]`);

  it('starts a case numbered by the district, its street chosen from the district’s streets', () =>
    keepFailure(page, 'lists-start', async () => {
      await signIn(page, 'dongcheng.operator');
      await page.getByTestId('nav-start-case').click();
      // The case number is left empty.
      await seeText(page.locator('label', { has: page.getByTestId('case-key-input') }), '个案编号');
      expect(await page.getByTestId('case-key-input').getAttribute('placeholder')).toMatch(/留空则自动编号，如 DC-\d{4}-000123/);
      const form = page.getByTestId('eligibility-form');
      await form.locator('#root_clientName').fill('赵秀兰');
      await form.locator('#root_gender').selectOption({ label: '女' });
      await form.locator('#root_age').fill('81');
      // The street is one of 东城's, in Chinese, from the register.
      const streets = await form.locator('#root_street option').allInnerTexts();
      expect(streets).toEqual(expect.arrayContaining(['东华门街道', '交道口街道', '永定门外街道']));
      expect(streets).not.toContain('中关村街道');
      await form.locator('#root_street').selectOption({ label: '东华门街道' });
      await form.locator('#root_community').fill('多福巷社区');
      await form.getByRole('checkbox', { name: '独居' }).check();
      await screenshot(page, 'lists-01-start-case');
      await form.locator('button[type=submit]').click();
      // The district's fourth case of the year.
      await seeText(page.getByTestId('case-key'), 'DC-2026-000004');
    }), TEST_TIMEOUT);

  it('finds a case by its client’s name, with the step it waits at, who holds it and when it was due; keeps the overdue ones', () =>
    keepFailure(page, 'lists-cases', async () => {
      await page.getByTestId('nav-cases').click();
      await row('DC-2026-000004').waitFor();
      await page.getByTestId('cases-search').fill('桂兰');
      await gone(row('DC-2026-000004'));
      const found = row('DC-2026-000001');
      await seeText(found.getByTestId('case-client'), '张桂兰');
      await seeText(found.getByTestId('case-step'), FIRST_VISIT);
      await seeText(found.getByTestId('case-assignee'), '东城区社工');
      await seeText(found.getByTestId('case-due'), '已逾期');
      await seeText(found.getByTestId('case-due'), /2026\/06\/\d\d/);
      expect(await page.getByTestId('case-row').count()).toBe(1);
      // No id of the diagram's, nor of an account, where a person reads.
      expect(await page.getByTestId('cases-table').innerText()).not.toMatch(/Task_|usr_|dongcheng\./);
      await screenshot(page, 'lists-02-found-by-name');

      // Overdue only: the three started two weeks ago, not the one started today.
      await page.getByTestId('cases-search').fill('');
      await page.getByTestId('cases-overdue').check();
      await row('DC-2026-000003').waitFor();
      await gone(row('DC-2026-000004'));
      expect((await page.getByTestId('case-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-key')))).sort()).toEqual([
        'DC-2026-000001',
        'DC-2026-000002',
        'DC-2026-000003',
      ]);
      // …and on one street.
      await page.getByTestId('cases-street').selectOption({ label: '交道口街道' });
      await gone(row('DC-2026-000002'));
      await row('DC-2026-000003').waitFor();
      await screenshot(page, 'lists-03-overdue-on-a-street');
    }), TEST_TIMEOUT);

  it('shows the team’s open and overdue tasks, and hands a task to another caseworker', () =>
    keepFailure(page, 'lists-workload', async () => {
      await page.getByTestId('nav-workload').click();
      await seeText(holder('dongcheng.worker').getByTestId('workload-open'), '1');
      await seeText(holder('dongcheng.worker').getByTestId('workload-overdue'), '1');
      await seeText(holder('dongcheng.worker2').getByTestId('workload-open'), '0');
      await seeText(holder('unassigned').getByTestId('workload-open'), '3');
      await seeText(holder('unassigned').getByTestId('workload-overdue'), '2');
      await screenshot(page, 'lists-04-workload');

      await holder('dongcheng.worker').getByTestId('workload-show').click();
      const task = page.locator('[data-testid="workload-task"][data-case-key="DC-2026-000001"]');
      await seeText(task, FIRST_VISIT);
      await seeText(task, '张桂兰');
      await task.getByTestId('reassign-select').selectOption({ label: '东城区社工李明' });
      await task.getByTestId('reassign-submit').click();
      await seeText(page.getByTestId('workload-notice'), '已将个案 DC-2026-000001 的任务“首次探访与风险分级”转交给 东城区社工李明');
      await seeText(holder('dongcheng.worker2').getByTestId('workload-open'), '1');
      await seeText(holder('dongcheng.worker').getByTestId('workload-open'), '0');
      await screenshot(page, 'lists-05-handed-on');
      await signOut(page);
    }), TEST_TIMEOUT);

  it('puts the task handed on in the other caseworker’s inbox as theirs', () =>
    keepFailure(page, 'lists-inbox', async () => {
      await signIn(page, 'dongcheng.worker2');
      await page.waitForURL('**/inbox');
      await page.getByTestId('inbox-filter').selectOption('mine');
      const mine = page.getByTestId('inbox-row').filter({ hasText: 'DC-2026-000001' });
      await seeText(mine, FIRST_VISIT);
      await seeText(mine.getByTestId('inbox-client'), '张桂兰');
      await seeText(mine, '我');
      await seeText(mine, /逾期 \d+ 个工作日/);
      expect(await page.getByTestId('inbox-row').count()).toBe(1);
      await screenshot(page, 'lists-06-inbox-of-the-other');
      // The case file says who handed it on to whom.
      await mine.getByTestId('open-task').click();
      await seeText(page.getByTestId('case-timeline'), '东城区民政局经办人 将任务“首次探访与风险分级”转交给 东城区社工李明');
      await signOut(page);
    }), TEST_TIMEOUT);

  it('leads the city’s supervisor to an inbox of their own', () =>
    keepFailure(page, 'lists-supervisor', async () => {
      await signIn(page, 'supervisor');
      await page.getByTestId('nav-inbox').click();
      await seeText(page.getByTestId('empty-state'), '没有待办任务');
    }), TEST_TIMEOUT);
});
