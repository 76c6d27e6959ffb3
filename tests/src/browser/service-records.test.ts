/**
 * A caseworker at the door, on a phone: the case file's service records (服务记录). The home assessment
 * of this standard needs a home visit recorded before it is done; the caseworker is refused, records the
 * visit (after a time ahead of now is refused beside its field), sees it listed and in the history, and
 * completes the step. The same screen reads in English. And a standards officer, at a desk, writes an
 * indicator of the rhythm of contacts over service records.
 */
import { storeTargets } from '@jingzhun/engine/testing';
import { SAMPLE_CODE, sampleWithProcess } from '@jingzhun/standards/testing';
import type { Browser } from 'playwright-core';
import { sampleAs } from '../support/fixture-standards';
import { openAppServer, type AppServer } from './support/app-server';
import { closeStarted, gone, keepFailure, launchChromium, newPage, screenshot, seeText, SETUP_TIMEOUT, signIn, signOut, TEST_TIMEOUT, type TestPage } from './support/browser';

describe('service records in the browser', () => {
  let browser: Browser;
  let server: AppServer;
  let page: TestPage;
  let caseId: string;
  let starting: [Promise<Browser>, Promise<AppServer>] | undefined;
  const DRAFT = 'BJ-SW-CONTACTS';

  beforeAll(async () => {
    starting = [launchChromium(), openAppServer(storeTargets()[0]!)];
    [browser, server] = await Promise.all(starting);
    const standard = sampleWithProcess((xml) => xml.replace('std:form="assessment"', 'std:form="assessment" std:minRecords="1" std:minRecordKinds="home_visit"'));
    await server.callAs('officer', 'POST', '/api/standards', { standard });
    await server.callAs('officer', 'POST', `/api/standards/${SAMPLE_CODE}/draft/submit`);
    await server.callAs('reviewer', 'POST', `/api/standards/${SAMPLE_CODE}/draft/approve`, {});
    await server.callAs('officer', 'POST', `/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: ['dongcheng'] });
    const c = (await server.callAs('dongcheng.worker', 'POST', '/api/cases', { standard: SAMPLE_CODE, caseKey: 'DC-2026-0042', data: { name: '张桂兰', age: 78 } })) as {
      id: string;
      openTasks: Array<{ id: string }>;
    };
    await server.callAs('dongcheng.worker', 'POST', `/api/tasks/${c.openTasks[0]!.id}/complete`, { data: { referralSource: 'community' } });
    caseId = c.id;
    await server.callAs('officer', 'POST', '/api/standards', { standard: sampleAs(DRAFT) });
    page = await newPage(browser, server.url);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await page?.context().close();
    await closeStarted(starting);
  });
  afterEach(() => expect(page.errors).toEqual([]));

  it('on a phone, records a home visit, lists it, and lets the step that needed it be completed', () =>
    keepFailure(page, 'service-records', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(page, 'dongcheng.worker');
      await page.goto(`/cases/${caseId}`);
      const records = page.getByTestId('service-records');
      await seeText(records, '服务记录（0）');
      await seeText(records, '还没有服务记录。');

      // The assessment cannot be completed before a home visit is recorded.
      const task = page.getByTestId('task-card');
      await seeText(task, '入户评估');
      await task.getByLabel('risk').selectOption('general');
      await task.locator('button[type=submit]').click();
      await seeText(task.getByTestId('error-banner'), '完成此任务前至少需要 1 条服务记录（入户探访），任务开始以来已有 0 条');

      // A visit dated tomorrow is refused beside its field; today's is kept.
      const when = records.getByTestId('record-occurred-at');
      const now = await when.inputValue();
      const tomorrow = new Date(Date.parse(`${now}:00+08:00`) + 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 16);
      await when.fill(tomorrow);
      await records.getByTestId('record-duration').fill('45');
      await records.getByTestId('record-notes').fill('入户了解老人近况：独居，情绪稳定，需要助餐服务。');
      await records.getByTestId('record-submit').click();
      await seeText(records.locator('.field-error'), '联系时间不能晚于现在');
      await when.fill(now);
      await records.getByTestId('record-submit').click();
      const item = records.getByTestId('record-item');
      await seeText(item, '入户探访');
      await seeText(item, '45 分钟');
      await seeText(item, '记录人：东城区社工');
      await seeText(item, '需要助餐服务');
      await seeText(records, '服务记录（1）');
      await gone(records.locator('.field-error'));
      await expectNoSidewaysScroll(page);
      await screenshot(page, 'service-records-phone');
      await seeText(page.getByTestId('case-timeline'), '添加服务记录');

      // Now the step can be done; the case ends, and records are closed with it.
      await task.getByLabel('risk').selectOption('general');
      await task.locator('button[type=submit]').click();
      await gone(page.getByTestId('task-card'));
      await seeText(records, '个案已结束，不能再添加服务记录。');
      await gone(records.getByTestId('record-form'));

      // On a phone the language is under the menu.
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('language-switch').click();
      await seeText(records, 'Service records (1)');
      await seeText(item, 'Home visit');
      await seeText(item, '45 minutes');
      await seeText(item, 'Recorded by Dongcheng caseworker');
    }),
  TEST_TIMEOUT);

  it('measures a rhythm of contacts by the kinds of record ticked, and says so in its sentence', () =>
    keepFailure(page, 'indicator-over-records', async () => {
      // At a desk, back in Chinese.
      await page.setViewportSize({ width: 1366, height: 768 });
      await signOut(page);
      await page.getByTestId('language-switch').click();
      await seeText(page.getByTestId('login-submit'), '登录');
      await signIn(page, 'officer');
      await page.goto(`/standards/${DRAFT}?tab=parameters`);
      await page.getByTestId('add-indicator').click();
      await page.getByTestId('indicator-2-kind').selectOption('recurrence');
      await page.getByTestId('indicator-2-measure').selectOption('records');
      await gone(page.getByTestId('indicator-2-activity'));
      const kinds = page.getByTestId('indicator-2-record-kinds');
      await seeText(kinds, '入户探访');
      await page.getByTestId('indicator-2-record-kind-office').check();
      await seeText(page.getByTestId('indicator-2-sentence'), '服务记录（入户探访、电话联系、来访面谈）间隔不超过30 天');
      await page.getByTestId('indicator-2-measure').selectOption('element');
      await page.getByTestId('indicator-2-activity').waitFor();
      await gone(kinds);
    }),
  TEST_TIMEOUT);
});

/** Nothing on the page is wider than the phone's screen. */
async function expectNoSidewaysScroll(page: TestPage): Promise<void> {
  const widths = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]');
  const [scroll, inner] = widths as [number, number];
  expect(scroll).toBeLessThanOrEqual(inner);
}
