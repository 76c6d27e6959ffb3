/**
 * A caseworker on a home visit, with a phone (390×844) and then a tablet (768×1024): signs in, finds
 * the navigation, the language and logout under the menu button, opens the inbox, claims and completes
 * the case's first task in a form as wide as the screen, and nothing on the way is wider than the
 * screen but the inbox's table, which scrolls on its own. Each screen is photographed at its width.
 */
import { storeTargets } from '@jingzhun/engine/testing';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import type { Browser } from 'playwright-core';
import { openAppServer, type AppServer } from './support/app-server';
import { closeStarted, gone, keepFailure, launchChromium, newPage, screenshot, seeText, SETUP_TIMEOUT, signIn, TEST_TIMEOUT, type TestPage } from './support/browser';

const FIRST_TASK = '接案登记';
const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

describe('the district workspace on a phone and a tablet', () => {
  let browser: Browser;
  let server: AppServer;
  let starting: [Promise<Browser>, Promise<AppServer>] | undefined;

  beforeAll(async () => {
    starting = [launchChromium(), openAppServer(storeTargets()[0]!)];
    [browser, server] = await Promise.all(starting);
    await server.callAs('officer', 'POST', '/api/standards', { standard: sampleStandard() });
    await server.callAs('officer', 'POST', `/api/standards/${SAMPLE_CODE}/draft/submit`);
    await server.callAs('reviewer', 'POST', `/api/standards/${SAMPLE_CODE}/draft/approve`, {});
    await server.callAs('officer', 'POST', `/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: ['dongcheng'] });
  }, SETUP_TIMEOUT);
  afterAll(() => closeStarted(starting));

  /** Whether anything of the page reaches past the screen's right edge (the page itself scrolls sideways). */
  const widerThanScreen = (page: TestPage) => page.evaluate('document.documentElement.scrollWidth > window.innerWidth + 1') as Promise<boolean>;

  it.each(SCREENS)(
    'on a $name ($width×$height): menu, inbox, a task completed in a form as wide as the screen',
    ({ name, width, height }) =>
      (async () => {
        const started = (await server.callAs('dongcheng.operator', 'POST', '/api/cases', {
          standard: SAMPLE_CODE,
          caseKey: `DC-2026-${name}`,
          data: { name: '张桂兰', age: 78 },
        })) as { id: string };
        const page = await newPage(browser, server.url);
        try {
          await page.setViewportSize({ width, height });
          await keepFailure(page, `phone-${name}`, async () => {
            await signIn(page, 'dongcheng.worker');
            await seeText(page.getByTestId('user-name'), '东城区社工');
            const shot = (step: string) => screenshot(page, `phone/${name}-${step}`);

            // The navigation and logout wait under the menu button; who is signed in stays in view.
            if (width < 720) {
              expect(await page.getByTestId('logout').isVisible()).toBe(false);
              await page.getByTestId('menu-toggle').click();
              expect(await page.getByTestId('menu-toggle').getAttribute('aria-expanded')).toBe('true');
              await page.getByTestId('logout').waitFor();
              await page.getByTestId('language-switch').waitFor();
              await shot('01-menu');
            }
            await page.getByTestId('nav-inbox').click();
            await page.waitForURL('**/inbox');
            if (width < 720) await page.getByTestId('logout').waitFor({ state: 'hidden' });
            const row = page.locator(`a[data-testid="open-task"][href*="${started.id}"]`);
            await row.waitFor();
            expect(await widerThanScreen(page)).toBe(false);
            await shot('02-inbox');

            await row.click();
            const card = page.getByTestId('task-card');
            await seeText(card.locator('h3'), FIRST_TASK);
            await card.getByTestId('claim-task').click();
            await card.getByTestId('unclaim-task').waitFor();
            const form = card.getByTestId('task-form');
            const box = await form.boundingBox();
            // One column, the screen's width less the page's margins: never the 40 px it once was.
            expect(box!.width).toBeGreaterThan(width * 0.75);
            expect(await widerThanScreen(page)).toBe(false);
            await shot('03-task');

            await form.locator('#root_referralSource').selectOption('community');
            await form.getByRole('button', { name: '完成任务' }).click();
            await seeText(page.getByTestId('flash-notice'), FIRST_TASK);
            await gone(page.locator(`[data-testid="task-card"] h3:text-is("${FIRST_TASK}")`));
            expect(await widerThanScreen(page)).toBe(false);
            await shot('04-completed');
            expect(page.errors).toEqual([]);
          });
        } finally {
          await page.context().close();
        }
      })(),
    TEST_TIMEOUT,
  );
});
