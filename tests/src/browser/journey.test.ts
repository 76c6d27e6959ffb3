/**
 * The whole job in the browser, as the people who do it: a city officer drafts a standard and draws
 * its process with the palette, fixes what the problems panel reports and submits it; a reviewer
 * compares and approves; the officer deploys it citywide; 东城's operator opens a case and its
 * caseworker completes the first task from the inbox. Each screen is photographed in zh-CN.
 */
import { storeTargets } from '@jingzhun/engine/testing';
import type { Browser } from 'playwright-core';
import { openAppServer, type AppServer } from './support/app-server';
import { closeStarted, gone, keepFailure, launchChromium, newPage, screenshot, seeText, SETUP_TIMEOUT, signIn, signOut, TEST_TIMEOUT, type TestPage } from './support/browser';
import { connect, focusCanvas, fromPalette, shape } from './support/diagram';

const CODE = 'BJ-SW-HOMEVISIT';
const TITLE = '困难老年人入户探访服务标准';
const TASK = '入户探访';
const CASE_KEY = 'DC-2025-0107';

let browser: Browser;
let launching: Promise<Browser> | undefined;
beforeAll(async () => {
  launching = launchChromium();
  browser = await launching;
}, SETUP_TIMEOUT);
afterAll(() => closeStarted([launching]));

describe.each(storeTargets())('the journey of a standard in the browser, on $kind', (target) => {
  let server: AppServer;
  let page: TestPage;
  let opening: Promise<AppServer> | undefined;
  beforeAll(async () => {
    opening = openAppServer(target);
    server = await opening;
    page = await newPage(browser, server.url);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await page?.context().close();
    await closeStarted([opening]);
  });

  const shot = (name: string) => (target.kind === 'pglite' ? screenshot(page, name) : Promise.resolve(''));
  const problem = (code: string, elementId: string) => page.locator(`[data-testid="problem"][data-code="${code}"][data-element-id="${elementId}"]`);

  it('from a new draft drawn with the palette to a task completed in 东城', () =>
    keepFailure(page, `journey-${target.kind}`, async () => {
      // Given the sign-in page, in Chinese: a wrong password is refused in words.
      await page.goto('/');
      await page.waitForURL('**/login');
      await seeText(page.getByTestId('login-submit'), '登录');
      await shot('01-login');
      await page.getByTestId('login-username').fill('officer');
      await page.getByTestId('login-password').fill('not-the-password');
      await page.getByTestId('login-submit').click();
      await seeText(page.getByTestId('login-error'), '用户名或密码不正确');

      // The officer signs in to an empty catalogue and creates a standard.
      await signIn(page, 'officer');
      await seeText(page.getByTestId('user-district'), '市级');
      await seeText(page.getByTestId('user-name'), '标准制定人员');
      await seeText(page.getByTestId('empty-state'), '没有符合条件的标准');
      await shot('02-standards-empty');
      await page.getByTestId('create-standard').click();
      await page.getByTestId('new-standard-code').fill(CODE);
      await page.getByTestId('new-standard-title-zh').fill(TITLE);
      await page.getByTestId('new-standard-title-en').fill('Home visits to older people in difficulty');
      await page.getByTestId('new-standard-population-zh').fill('辖区内的困难老年人');
      await page.getByTestId('new-standard-population-en').fill('Older people in difficulty in the district');
      await shot('03-new-standard');
      await page.getByTestId('new-standard-submit').click();
      await page.waitForURL(`**/standards/${CODE}?tab=process`);
      await seeText(page.locator('h1'), TITLE);
      await shape(page, 'StartEvent_1').waitFor();

      // It draws its own process: the template's diagram goes, start → user task → end come from the palette.
      await focusCanvas(page);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await gone(shape(page, 'StartEvent_1'));
      const start = await fromPalette(page, 'create.start-event', { x: 0.25, y: 0.4 }, { name: '接到申请' });
      const task = await fromPalette(page, 'create.user-task', { x: 0.45, y: 0.4 }, { name: TASK, drag: true });
      const end = await fromPalette(page, 'create.end-event', { x: 0.65, y: 0.4 }, { name: '结案' });
      await connect(page, start, task);
      await connect(page, task, end);
      await seeText(page.getByTestId('unsaved-indicator'), '有未保存的修改');

      // The problems panel says the user task has no role; the problem leads to the role field.
      await seeText(problem('USER_TASK_NO_ROLE', task), /用户任务.*(未|没有)指定角色/);
      await seeText(problem('USER_TASK_NO_FORM', task), /表单/);
      // Everything else is drawn right: connected, with a start and an end.
      await seeText(page.getByTestId('problems-error-count'), '2 个错误');
      await shot('04-editor-drawn-problems');
      await problem('USER_TASK_NO_ROLE', task).click();
      await page.locator(`.djs-element.selected[data-element-id="${task}"]`).waitFor();
      await page.locator('#bio-properties-panel-std-role:focus').waitFor();

      // Role and form are set in the properties panel; both problems go.
      await page.locator('#bio-properties-panel-std-role').selectOption({ label: '社工' });
      await page.locator('#bio-properties-panel-std-form').selectOption('intake');
      await page.locator('#bio-properties-panel-std-sla').fill('5');
      await page.getByRole('checkbox', { name: '需求评估' }).check();
      await gone(page.locator('[data-testid="problem"][data-code="USER_TASK_NO_ROLE"]'));
      await gone(page.locator('[data-testid="problem"][data-code="USER_TASK_NO_FORM"]'));
      await seeText(page.getByTestId('problems-error-count'), '0 个错误');
      await seeText(page.locator('.bjsl-button'), '没有问题');
      await shot('05-editor-properties');

      // Saved and submitted: the draft becomes read-only while it is reviewed.
      await page.getByTestId('save-draft').click();
      await seeText(page.getByTestId('editor-notice'), '草稿已保存');
      await gone(page.getByTestId('unsaved-indicator'));
      await seeText(page.getByTestId('problems-error-count'), '0 个错误');
      for (const tab of ['who', 'parameters', 'forms'] as const) {
        await page.getByTestId(`tab-${tab}`).click();
        await shot(`06-editor-tab-${tab}`);
      }
      await page.getByTestId('tab-process').click();
      await page.getByTestId('submit-review').click();
      await seeText(page.getByTestId('readonly-banner'), '正在审核中');
      await signOut(page);

      // The reviewer finds it in the review queue and sees what the draft adds.
      await signIn(page, 'reviewer');
      await seeText(page.locator('h1'), '待审核的标准');
      await seeText(page.getByTestId(`standard-row-${CODE}`), '审核中');
      await page.getByTestId(`review-link-${CODE}`).click();
      await page.getByTestId('review-decision').waitFor();
      const added = page.locator('[data-testid="diff-change"][data-kind="added"]');
      await seeText(added, TASK);
      await seeText(added, '接到申请');
      await page.locator(`[data-testid="diff-to"] .djs-element.diff-added[data-element-id="${task}"]`).waitFor();
      await shot('07-review-diff');
      await page.getByTestId('review-comment-input').fill('流程清晰，同意发布。');
      await page.getByTestId('review-changelog-input').fill('首次发布');
      await page.getByTestId('approve').click();
      await seeText(page.getByTestId('review-notice'), '已批准，新版本已发布');
      await seeText(page.getByTestId('version-row-1'), '已发布');
      await seeText(page.getByTestId('version-row-1'), '首次发布');
      await seeText(page.getByTestId('review-record'), '批准发布');
      await shot('08-review-approved');
      await signOut(page);

      // The officer deploys version 1 to every district.
      await signIn(page, 'officer');
      await page.getByTestId(`review-link-${CODE}`).click();
      await page.getByTestId('deploy-1').click();
      await seeText(page.getByTestId('review-notice'), '已部署');
      await page.getByTestId('nav-standards').click();
      await seeText(page.getByTestId(`standard-row-${CODE}`), '16 个区');
      await shot('09-standards-deployed');
      await signOut(page);

      // 东城's operator sees the deployment and starts a case.
      await signIn(page, 'dongcheng.operator');
      await seeText(page.getByTestId('user-district'), '东城');
      await page.getByTestId('nav-deployments').click();
      await seeText(page.getByTestId(`deployment-${CODE}`), TITLE);
      await shot('10-deployments');
      await page.getByTestId('nav-start-case').click();
      await seeText(page.getByTestId('start-case-standard'), TITLE);
      await page.getByTestId('case-key-input').fill(CASE_KEY);
      const eligibility = page.getByTestId('eligibility-form');
      await eligibility.getByLabel('姓名').fill('张桂兰');
      await eligibility.getByLabel('联系电话').fill('13800000000');
      await shot('11-start-case');
      await eligibility.locator('button[type=submit]').click();
      await seeText(page.getByTestId('case-key'), CASE_KEY);
      await seeText(page.getByTestId('task-card'), TASK);
      await seeText(page.locator('.page-header [data-testid="status-badge"]'), '办理中');
      await shot('12-case-file-started');
      await signOut(page);

      // Its caseworker finds the task in the inbox, due in working days, and completes it.
      await signIn(page, 'dongcheng.worker');
      await page.waitForURL('**/inbox');
      const row = page.getByTestId('inbox-row').filter({ hasText: CASE_KEY });
      await seeText(row, TASK);
      await seeText(row, /剩 \d+ 个工作日|今天到期/);
      await seeText(page.getByTestId('inbox-summary'), '共 1 项');
      await shot('13-inbox');
      await row.getByTestId('open-task').click();
      const card = page.getByTestId('task-card');
      await seeText(card, TASK);
      await card.getByLabel('记录').fill('已入户探访，老人身体状况良好。');
      await shot('14-case-file-task');
      await card.locator('button[type=submit]').click();
      await gone(card);
      await seeText(page.getByTestId('empty-state'), '个案已结束');
      await seeText(page.locator('.page-header'), '已结案');
      await seeText(page.getByTestId('case-timeline'), TASK);
      await shot('15-case-file-closed');
      await page.getByTestId('nav-inbox').click();
      await seeText(page.getByTestId('empty-state'), '没有待办任务');
      await page.getByTestId('nav-cases').click();
      await seeText(page.getByTestId('cases-table'), CASE_KEY);
      await shot('16-cases');
      // The list filters by status: the case is closed, none is in progress.
      const byStatus = page.getByRole('combobox', { name: '状态', exact: true });
      await byStatus.selectOption({ label: '办理中' });
      await seeText(page.getByTestId('empty-state'), '没有个案');
      await byStatus.selectOption({ label: '已结案' });
      await seeText(page.getByTestId('cases-table'), CASE_KEY);

      expect(page.errors).toEqual([]);
    }), 4 * TEST_TIMEOUT);
});
