/**
 * Supervision (督导评估) in the browser, as the people who do it, on the demo's standards with a few
 * months of simulated history in all 16 districts: the city supervisor finds the elderly standard's
 * figures district by district, opens the heatmap, drills from a breached figure to a case file, sends
 * 东城 a 督办 notice about a figure below target and exports the table as Excel; 东城's operator
 * finds the notice in the inbox and replies, and sees only 东城 beside the city; the supervisor closes
 * the notice. Each screen is photographed in zh-CN. Over the same demo, every role's pages are read
 * for traditional characters, English and raw keys, and photographed at desktop and phone width.
 */
import ExcelJS from 'exceljs';
import { productionStoreTarget } from '@jingzhun/engine/testing';
import type { Browser } from 'playwright-core';
import { openAppServer, type AppServer } from './support/app-server';
import { closeStarted, gone, inPage, keepFailure, launchChromium, newPage, screenshot, seeText, SETUP_TIMEOUT, signIn, signOut, TEST_TIMEOUT, type TestPage } from './support/browser';
import { DEMO_PERIOD, seedDemoHistory } from './support/demo-history';
import { findingsIn, PAGE_WORDS } from './support/page-words';

const CODE = 'BJ-SW-ELDER';
const TITLE = '困难老年人社会工作服务';
const FIRST_INDICATOR = '首次探访按时完成率';
const DISTRICTS = 16;
/** Where a 督办 notice to 东城 may come from when its elderly figures all meet their targets. */
const OTHER_STANDARDS = ['BJ-SW-FAMILY', 'BJ-SW-CHILD', 'BJ-SW-HOMELESS', 'BJ-SW-BEREAVED-DISABLED', 'BJ-SW-EVAL'];

let browser: Browser;
let launching: Promise<Browser> | undefined;
beforeAll(async () => {
  launching = launchChromium();
  browser = await launching;
}, SETUP_TIMEOUT);
afterAll(() => closeStarted([launching]));

// On the store production runs on (PostgreSQL in CI): the figures' SQL is held on both stores by the
// engine's supervision suites; this is the supervisor's way through the pages over a seeded history.
describe.each([productionStoreTarget()])('supervision in the browser, on $kind', (target) => {
  let server: AppServer;
  let page: TestPage;
  let opening: Promise<AppServer> | undefined;
  beforeAll(async () => {
    opening = openAppServer(target);
    server = await opening;
    // The simulator plays the history of all 16 districts: minutes on a busy machine.
    await seedDemoHistory(server, target);
    page = await newPage(browser, server.url);
  }, 2 * SETUP_TIMEOUT);
  afterAll(async () => {
    await page?.context().close();
    await closeStarted([opening]);
  });

  const shot = (name: string) => screenshot(page, `supervision-${name}`);
  const dashboardUrl = `/supervision/${CODE}?from=${DEMO_PERIOD.from}&to=${DEMO_PERIOD.to}&simulated=include`;

  it(
    'from the overview to a district’s case file, a 督办 notice to 东城 answered from its inbox, and the table in Excel',
    () =>
      keepFailure(page, `supervision-${target.kind}`, async () => {
        // The supervisor lands on supervision; by default only real work counts, and the demo's history is simulated.
        await signIn(page, 'supervisor');
        await page.waitForURL('**/supervision');
        await seeText(page.getByTestId('simulated-badge'), '不含模拟数据');
        await page.getByTestId('no-real-data').waitFor();

        // The period of the history, simulated history included: said on the page.
        await page.getByTestId('period-kind').selectOption('custom');
        await page.getByTestId('period-from').fill(DEMO_PERIOD.from);
        await page.getByTestId('period-to').fill(DEMO_PERIOD.to);
        await page.getByTestId('filter-simulated').selectOption('include');
        await seeText(page.getByTestId('simulated-badge'), '含模拟数据');
        await seeText(page.getByTestId('period-range'), `${DEMO_PERIOD.from} 至 ${DEMO_PERIOD.to}`);
        const lights = page.locator(`[data-testid^="light-${CODE}-"]`);
        await lights.nth(DISTRICTS - 1).waitFor();
        expect(await lights.count()).toBe(DISTRICTS);
        expect(await page.locator(`[data-testid^="light-${CODE}-"][data-light="grey"]`).count()).toBeLessThan(DISTRICTS);
        await shot('01-overview');

        // The elderly standard's dashboard: every district side by side, each indicator defined in words.
        await page.getByTestId(`overview-link-${CODE}`).click();
        await page.waitForURL(`**/supervision/${CODE}?**`);
        await seeText(page.getByTestId('dashboard-title'), TITLE);
        await seeText(page.getByTestId('simulated-badge'), '含模拟数据');
        const districtRows = page.locator('[data-testid^="figures-row-"]:not([data-testid="figures-row-city"])');
        await districtRows.nth(DISTRICTS - 1).waitFor();
        expect(await districtRows.count()).toBe(DISTRICTS);
        await seeText(page.getByTestId('figures-row-city'), '全市');
        await seeText(page.getByTestId('figures-row-yanqing'), '延庆区');
        const firstCard = page.getByTestId('indicator-card-firstVisitOnTime');
        await seeText(firstCard, FIRST_INDICATOR);
        await seeText(firstCard, '工作日');
        await seeText(firstCard.getByTestId('city-value'), /^\d+\.\d%$/);
        await seeText(page.getByTestId('indicator-card-conformance').getByTestId('city-value'), '尚未测量');
        await page.locator('[data-testid="ranking-chart"] svg').waitFor();
        await page.locator('[data-testid="trend-chart"] svg').waitFor();
        await seeText(page.getByTestId('outliers'), '异常值');
        await page.getByTestId('warnings').waitFor();
        await shot('02-dashboard');

        // The heatmap colours the diagram's tasks by their share of late tasks, with a legend, and puts figures under them.
        await page.getByTestId('toggle-heatmap').click();
        await page.locator('[data-testid="heatmap-diagram"][data-ready="true"]').waitFor();
        await page.locator('[data-testid="heatmap-diagram"] .djs-element:is(.heat-0, .heat-1, .heat-2, .heat-3)').first().waitFor();
        await seeText(page.locator('[data-testid="heatmap-diagram"] .heat-badge[data-element-id="Task_InitialVisit"]'), /完成 \d+/);
        await seeText(page.getByTestId('heatmap-legend'), '≥ 30%');
        await page.getByTestId('heatmap').scrollIntoViewIfNeeded();
        await shot('03-heatmap');

        // From the city's breached first visits to the cases behind them, and on to one case's file.
        await page.getByTestId('count-firstVisitOnTime-breached').click();
        await page.waitForURL(`**/supervision/${CODE}/indicators/firstVisitOnTime/cases?**`);
        const drillRows = page.getByTestId('drill-row');
        await drillRows.first().waitFor();
        expect(new Set(await drillRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome'))))).toEqual(new Set(['breached']));
        await shot('04-drill-down');
        const caseLink = page.getByTestId('drill-case-link').first();
        const caseKey = (await caseLink.innerText()).trim();
        await caseLink.click();
        await page.waitForURL('**/cases/**');
        await seeText(page.getByTestId('case-key'), caseKey);
        await page.getByTestId('case-timeline').waitFor();
        await shot('05-case-file');
        await page.goBack();
        await page.getByTestId('back-to-dashboard').click();
        await page.waitForURL(`**/supervision/${CODE}?**`);

        // 导出 Excel: the table as the API writes it, named by the server, with a row per indicator and district.
        const downloading = page.waitForEvent('download');
        await page.getByTestId('export-xlsx').click();
        const download = await downloading;
        expect(download.suggestedFilename()).toBe(`督导指标-${CODE}-${DEMO_PERIOD.from}至${DEMO_PERIOD.to}.xlsx`);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(await download.path());
        expect(book.worksheets.map((w) => w.name)).toEqual(['全市', '按区']);
        const byDistrict = book.getWorksheet('按区')!;
        expect(byDistrict.getRow(1).values).toEqual(expect.arrayContaining(['指标', '区', '数值', '目标']));
        const rows = byDistrict.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 3) as [string, string]);
        const firstIndicatorDistricts = rows.filter(([indicator]) => indicator === FIRST_INDICATOR).map(([, district]) => district);
        expect(firstIndicatorDistricts).toHaveLength(DISTRICTS);
        expect(firstIndicatorDistricts).toEqual(expect.arrayContaining(['东城区', '海淀区', '延庆区']));

        // A figure of 东城 below target becomes a 督办 notice, with the figure as shown: on the elderly
        // dashboard when 东城 falls short there, else on the first standard where it does (东城, a pilot,
        // is punctual; which of its figures fall short is the simulated history's to say).
        let noticeTitle = '';
        for (const code of [CODE, ...OTHER_STANDARDS]) {
          if (code !== CODE) await page.goto(`/supervision/${code}?from=${DEMO_PERIOD.from}&to=${DEMO_PERIOD.to}&simulated=include`);
          await page.getByTestId('figures-row-dongcheng').waitFor();
          if (await page.getByTestId('figures-row-dongcheng').locator('[data-testid$="-notice"]').count()) {
            noticeTitle = (await page.getByTestId('dashboard-title').innerText()).trim();
            break;
          }
        }
        expect(noticeTitle).not.toBe('');
        await page.getByTestId('figures-row-dongcheng').locator('[data-testid$="-notice"]').first().click();
        const dialog = page.getByTestId('notice-dialog');
        await seeText(dialog.getByTestId('notice-dialog-district'), '东城区');
        await seeText(dialog.getByTestId('notice-dialog-figure'), '目标');
        await dialog.getByTestId('notice-message').fill('东城区该项指标低于目标，请核查原因并整改。');
        await dialog.getByTestId('notice-due-days').fill('5');
        await shot('06-notice-dialog');
        await dialog.getByTestId('notice-send').click();
        await seeText(page.getByTestId('notice-sent'), '已向东城区发出督办');
        await gone(dialog);

        // The supervisor's list of notices has it, waiting for 东城.
        await page.getByTestId('nav-notices').click();
        const sent = page.getByTestId('notice-row').filter({ hasText: '东城区' });
        await seeText(sent, '待回复');
        await seeText(sent, noticeTitle);
        await shot('07-notices');
        await signOut(page);

        // 东城's operator finds it at the top of the inbox and replies there.
        await signIn(page, 'dongcheng.operator');
        await page.waitForURL('**/inbox');
        const inboxNotice = page.getByTestId('inbox-notice');
        await seeText(inboxNotice, '东城区该项指标低于目标');
        await seeText(inboxNotice, /剩 \d+ 个工作日/);
        await shot('08-operator-inbox');
        await inboxNotice.getByTestId('inbox-notice-reply').click();
        await inboxNotice.getByTestId('notice-findings').fill('部分个案首次探访排期延误，已逐案核查。');
        await inboxNotice.getByTestId('notice-actions').fill('调整社工排班，每周复核待探访名单。');
        await inboxNotice.getByTestId('notice-reply').click();
        await seeText(page.getByTestId('notice-done'), '已回复');
        await gone(inboxNotice);

        // The operator's dashboard: 东城 beside the city, no other district named.
        await page.getByTestId('nav-supervision').click();
        await page.getByTestId(`light-${CODE}-dongcheng`).waitFor();
        expect(await page.locator(`[data-testid^="light-${CODE}-"]`).count()).toBe(1);
        await page.goto(dashboardUrl);
        await page.getByTestId('figures-row-dongcheng').waitFor();
        await seeText(page.getByTestId('figures-row-city'), '全市');
        expect(await page.locator('[data-testid^="figures-row-"]').count()).toBe(2);
        expect(await page.getByTestId('dashboard').innerText()).not.toMatch(/西城区|朝阳区|海淀区|延庆区/);
        await shot('09-operator-dashboard');
        await signOut(page);

        // The supervisor reads the reply and closes the notice.
        await signIn(page, 'supervisor');
        await page.getByTestId('nav-notices').click();
        const replied = page.getByTestId('notice-row').filter({ hasText: '东城区' });
        await seeText(replied, '已回复');
        await replied.getByTestId('notice-link').click();
        await seeText(page.getByTestId('notice-thread'), '调整社工排班');
        await page.getByTestId('notice-close').click();
        await seeText(page.getByTestId('notice-done'), '已办结');
        await seeText(page.getByTestId('notice-status'), '已办结');
        await shot('10-notice-closed');

        // On a phone the dashboard fits the screen: tables scroll inside it, charts take its width.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(dashboardUrl);
        await page.getByTestId('figures-table').waitFor();
        await page.locator('[data-testid="ranking-chart"] svg').waitFor();
        await inPage(page, 'document.documentElement.scrollWidth <= window.innerWidth');
        await shot('11-dashboard-390');
        await page.setViewportSize({ width: 1366, height: 768 });
        expect(page.errors).toEqual([]);
      }),
    2 * TEST_TIMEOUT,
  );

  // Every role's pages over the same demo, read for what a person should not meet in zh-CN
  // (support/page-words.ts), and photographed at 1440×900 and 390×844 in artifacts/screenshots/pages.
  describe('the words of every page in zh-CN, as each role', () => {
    /** The pages to read, by who reads them; ids of things found in the demo's content. */
    const PAGES: Record<string, string[]> = {};
    beforeAll(async () => {
      const cases = (await server.callAs('dongcheng.worker', 'GET', '/api/cases')) as { items: Array<{ id: string }> };
      const dashboard = (await server.callAs('supervisor', 'GET', `/api/supervision/standards/${CODE}/indicators?from=${DEMO_PERIOD.from}&to=${DEMO_PERIOD.to}&simulated=include`)) as {
        indicators: Array<{ id: string }>;
      };
      const notice = (await server.callAs('supervisor', 'POST', '/api/supervision/notices', {
        district: 'dongcheng',
        standard: CODE,
        indicator: dashboard.indicators[0]!.id,
        period: DEMO_PERIOD,
        figure: { value: 80, target: 95, comparator: '>=', numerator: 8, denominator: 10 },
        message: '请核查评估延误的原因。',
        dueWorkingDays: 5,
      })) as { id: string };
      // The officer's next version of the elderly standard, as a draft: the officer's pages are the editing screens.
      const published = (await server.callAs('officer', 'GET', `/api/standards/${CODE}`)) as { versions: Array<{ version: number }> };
      const latest = Math.max(...published.versions.map((v) => v.version));
      const version = (await server.callAs('officer', 'GET', `/api/standards/${CODE}/versions/${latest}`)) as { standard: unknown };
      await server.callAs('officer', 'PUT', `/api/standards/${CODE}/draft`, { standard: version.standard, revision: 0 });
      const period = `from=${DEMO_PERIOD.from}&to=${DEMO_PERIOD.to}&simulated=include`;
      Object.assign(PAGES, {
        officer: ['/standards', '/standards/new', `/standards/${CODE}`, `/standards/${CODE}?tab=who`, `/standards/${CODE}?tab=parameters`, `/standards/${CODE}?tab=forms`],
        reviewer: ['/standards?status=in_review'],
        'dongcheng.worker': ['/inbox', '/cases', ...cases.items.slice(0, 2).map((c) => `/cases/${c.id}`)],
        'dongcheng.operator': ['/inbox', '/cases/new', '/cases', '/district', `/supervision/notices/${notice.id}`],
        supervisor: [
          `/supervision?${period}`,
          `/supervision/${CODE}?${period}`,
          `/supervision/${CODE}/indicators/${dashboard.indicators[0]!.id}/cases?${period}`,
          '/supervision/notices',
          `/supervision/notices/${notice.id}`,
        ],
        admin: ['/standards', '/cases', '/supervision', '/supervision/notices'],
      });
    }, SETUP_TIMEOUT);

    it.each(['officer', 'reviewer', 'dongcheng.worker', 'dongcheng.operator', 'supervisor', 'admin'])(
      'as %s: simplified Chinese, no English of the machine, no raw keys; photographed at desktop and phone width',
      async (username) => {
        const page: TestPage = await newPage(browser, server.url);
        try {
          await signIn(page, username);
          const found: string[] = [];
          for (const [index, path] of PAGES[username]!.entries()) {
            await page.setViewportSize({ width: 1440, height: 900 });
            await page.goto(path);
            await page.getByTestId('loading').first().waitFor({ state: 'detached' });
            await page.locator('main').first().waitFor();
            const name = `pages/${username}-${String(index + 1).padStart(2, '0')}`;
            await screenshot(page, `${name}-1440`);
            for (const finding of findingsIn((await page.evaluate(PAGE_WORDS)) as string)) found.push(`${path}: ${finding}`);
            await page.setViewportSize({ width: 390, height: 844 });
            await screenshot(page, `${name}-390`);
          }
          expect(found).toEqual([]);
          expect(page.errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      },
      TEST_TIMEOUT,
    );
  });
});
