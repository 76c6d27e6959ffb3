/**
 * Chromium driven by playwright-core, and what every browser test does with it: a page as a person on
 * a 1366×768 laptop in zh-CN, signing in and out, waiting for what the person would see, screenshots.
 *
 * @example
 *   const browser = await launchChromium();
 *   const page = await newPage(browser, server.url);
 *   await signIn(page, 'officer');
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './app-server';
import { browserConfig } from './config';

// Hang detectors, not budgets: `npm test` runs every workspace (and PostgreSQL) beside Chromium on two
// cores. With both cores busy besides, the standard editor's file took 93 s of which its tests took 30,
// and the journey 83 s.
/** Time for a file's setup: starting the embedded database and Chromium on a busy machine. */
export const SETUP_TIMEOUT = 300_000;
/** Time one step may wait for what it expects to see. */
export const STEP_TIMEOUT = 60_000;
/** Time for one test of a few steps. */
export const TEST_TIMEOUT = 180_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: browserConfig.chromiumPath,
    headless: browserConfig.headless,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Closes, in order, what a file's setup started (Chromium, the app server): also what was still
 * starting when the setup failed or timed out, once it is up, so nothing outlives the file. A start
 * that failed left nothing to close.
 */
export async function closeStarted(started: readonly (Promise<{ close(): Promise<void> }> | undefined)[] | undefined): Promise<void> {
  for (const starting of started ?? []) {
    const thing = await starting?.catch(() => undefined);
    await thing?.close();
  }
}

export interface TestPage extends Page {
  /** Uncaught errors of the page's scripts since it opened: a person would see a broken screen. */
  readonly errors: string[];
}

export async function newPage(browser: Browser, baseURL: string): Promise<TestPage> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = (await context.newPage()) as TestPage;
  page.setDefaultTimeout(STEP_TIMEOUT);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e.stack ?? e)));
  Object.defineProperty(page, 'errors', { value: errors });
  return page;
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-name').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor();
}

/** Waits until the element shows the text (a substring, or a pattern). */
export async function seeText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}

/** Waits until no element matches. */
export async function gone(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'detached' });
}

/**
 * Waits until a JavaScript expression, evaluated in the page, is truthy and returns its value. It is
 * source text because it runs where the DOM is; this workspace is compiled without the DOM's types.
 */
export async function inPage<T>(page: Page, expression: string): Promise<T> {
  const handle = await page.waitForFunction(expression);
  return (await handle.jsonValue()) as T;
}

/** Runs the steps; when one fails, the page as it was then is saved as `<name>-failed.png` for the reader of the failure. */
export async function keepFailure(page: Page, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    mkdirSync(browserConfig.screenshotsDir, { recursive: true });
    await page.screenshot({ path: path.join(browserConfig.screenshotsDir, `${name}-failed.png`), fullPage: true }).catch(() => undefined);
    throw error;
  }
}

/** A full-page screenshot in tests/artifacts/screenshots/<name>.png, once the page has settled. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(browserConfig.screenshotsDir, { recursive: true });
  const file = path.join(browserConfig.screenshotsDir, `${name}.png`);
  await page.getByTestId('loading').first().waitFor({ state: 'detached' });
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
