/**
 * zh-CN first, English one click away: the sign-in page, the signed-in screens, bpmn-js itself and
 * the API's messages change language together, and the choice survives a reload.
 */
import { storeTargets } from '@jingzhun/engine/testing';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import type { Browser } from 'playwright-core';
import { openAppServer, type AppServer } from './support/app-server';
import { closeStarted, inPage, launchChromium, newPage, seeText, SETUP_TIMEOUT, signIn, TEST_TIMEOUT, type TestPage } from './support/browser';
import { clickShape, shape } from './support/diagram';

describe('the language of the web app', () => {
  let browser: Browser;
  let server: AppServer;
  const pages: TestPage[] = [];

  let starting: [Promise<Browser>, Promise<AppServer>] | undefined;

  beforeAll(async () => {
    starting = [launchChromium(), openAppServer(storeTargets()[0]!)];
    [browser, server] = await Promise.all(starting);
    // A draft with a problem to read: the service plan's task has lost its role.
    const standard = sampleStandard();
    await server.callAs('officer', 'POST', '/api/standards', { standard: { ...standard, process: standard.process.replace(' std:role="supervisor"', '') } });
  }, SETUP_TIMEOUT);
  afterAll(() => closeStarted(starting));
  afterEach(() => {
    for (const page of pages) expect(page.errors).toEqual([]);
  });

  async function freshPage(): Promise<TestPage> {
    const page = await newPage(browser, server.url);
    pages.push(page);
    return page;
  }

  const lang = (page: TestPage) => page.locator('html').getAttribute('lang');

  it('is Chinese by default on the sign-in page, English after one click, and stays English after a reload', async () => {
    const page = await freshPage();
    await page.goto('/login');
    await seeText(page.getByTestId('login-submit'), '登录');
    expect(await lang(page)).toBe('zh-CN');
    await seeText(page.getByTestId('language-switch'), 'English');

    await page.getByTestId('language-switch').click();
    await seeText(page.getByTestId('login-submit'), 'Sign in');
    await seeText(page.getByTestId('language-switch'), '中文');
    expect(await lang(page)).toBe('en');
    await inPage(page, `document.title.startsWith('Jingzhun')`);
    await page.getByTestId('login-username').fill('officer');
    await page.getByTestId('login-password').fill('wrong password');
    await page.getByTestId('login-submit').click();
    await seeText(page.getByTestId('login-error'), 'The user name or password is wrong.');

    await page.reload();
    await seeText(page.getByTestId('login-submit'), 'Sign in');
    expect(await lang(page)).toBe('en');
  }, TEST_TIMEOUT);

  it('switches the screens, the diagram editor and the problems from the API', async () => {
    const page = await freshPage();
    await signIn(page, 'officer');
    await seeText(page.getByTestId('nav-standards'), '服务标准');
    await seeText(page.getByTestId('user-district'), '市级');
    await page.goto(`/standards/${SAMPLE_CODE}?tab=process`);
    await shape(page, 'Task_plan').waitFor();
    const noRole = page.locator('[data-testid="problem"][data-code="USER_TASK_NO_ROLE"][data-element-id="Task_plan"]');
    await seeText(noRole, /没有指定角色|未指定角色/);
    await seeText(page.getByTestId('tab-process'), '流程');
    expect(await page.locator('.djs-palette [data-action="create.user-task"]').getAttribute('aria-label')).toBe('创建用户任务');
    await clickShape(page, 'Task_plan');
    await seeText(page.getByTestId('properties-panel'), '标准：由谁办理、如何办理');

    await page.getByTestId('language-switch').click();
    await seeText(page.getByTestId('nav-standards'), 'Standards');
    await seeText(page.getByTestId('user-district'), 'City');
    await seeText(page.getByTestId('tab-process'), 'Process');
    await seeText(page.getByTestId('problems-panel'), 'Problems');
    await seeText(noRole, /has no role/);
    await page.locator('.djs-palette [data-action="create.user-task"][aria-label="Create user task"]').waitFor();
    await clickShape(page, 'Task_plan');
    await seeText(page.getByTestId('properties-panel'), 'Standard: who and how');

    await page.getByTestId('language-switch').click();
    await seeText(page.getByTestId('nav-standards'), '服务标准');
    await seeText(noRole, /没有指定角色|未指定角色/);
    expect(await lang(page)).toBe('zh-CN');
  }, TEST_TIMEOUT);
});
