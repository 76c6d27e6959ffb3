/**
 * What every page says, as each role reaches it over the demo's content, in zh-CN: simplified
 * characters only, no English sentence of the machine's (ajv's `must have required property`, an
 * error's text), no raw key of a variable, a form or an event (`assistanceType`, `referral_started`)
 * where a person reads. Each page is also photographed at desktop (1440×900) and phone (390×844)
 * width into `artifacts/screenshots/pages/`, for a person to look at.
 */
import { productionStoreTarget } from '@jingzhun/engine/testing';
import { Converter } from 'opencc-js';
import type { Browser } from 'playwright-core';
import { openAppServer, type AppServer } from './support/app-server';
import { closeStarted, launchChromium, newPage, screenshot, SETUP_TIMEOUT, signIn, TEST_TIMEOUT, type TestPage } from './support/browser';
import { DEMO_PERIOD, seedDemoHistory } from './support/demo-history';

const CODE = 'BJ-SW-ELDER';

/** What a page says: its text, and the tooltips, placeholders and labels read aloud that are not in it. */
const PAGE_WORDS = `(() => {
  const said = [document.body.innerText];
  // bpmn.io's watermark keeps its own words (its licence asks that it stay as it is). The properties
  // panel's pop-up button is titled by a text area that bpmn-js-properties-panel gives no translate.
  // An indicator's condition is a FEEL expression over \`value\`, and its example says so.
  for (const el of document.querySelectorAll('[title]:not(.bjs-powered-by):not(.bio-properties-panel-open-feel-popup), [placeholder]:not([data-pointer$="/condition"]), [aria-label]')) {
    for (const name of ['title', 'placeholder', 'aria-label']) if (el.getAttribute(name)) said.push(el.getAttribute(name));
  }
  return said.join('\\n');
})()`;
const toSimplified = Converter({ from: 't', to: 'cn' });

/**
 * Words in Latin letters a zh-CN page may show: names of things that have no Chinese name here (the
 * language switch, the product, file formats, the Barthel index of daily living, the keys of the
 * keyboard's shortcuts; "JSON Schema" in the raw view kept for experts).
 */
const ALLOWED_WORDS = new Set(['English', 'Jingzhun', 'Excel', 'JSON', 'Schema', 'Barthel', 'Ctrl', 'Shift', 'Alt', 'Delete', 'Enter', 'Esc', 'Tab']);

/** What a person should not meet in a zh-CN page's text, each finding with the words that show it. */
function findingsIn(text: string): string[] {
  const findings: string[] = [];
  const simplified = toSimplified(text);
  if (simplified !== text) {
    const traditional = [...text].filter((ch, i) => ch !== [...simplified][i]);
    findings.push(`traditional characters: ${[...new Set(traditional)].join('')}`);
  }
  // Codes of standards are upper case (BJ-SW-ELDER); a number or a date is not a word. Anything else in
  // Latin letters is English or a key (`assistanceType`, `referral_started`, `org-dc-hexie.worker`).
  const words = text.match(/[A-Za-z][A-Za-z_]*[A-Za-z]/g) ?? [];
  const english = words.filter((w) => !ALLOWED_WORDS.has(w) && !/^[A-Z]+$/.test(w));
  if (english.length) findings.push(`words in Latin letters: ${[...new Set(english)].slice(0, 20).join(', ')}`);
  return findings;
}

describe('what the scan finds in a page’s text', () => {
  it('finds traditional characters, English and raw keys, and nothing in plain simplified Chinese with codes and dates', () => {
    expect(findingsIn('东城区 BJ-SW-ELDER 2026年8月1日 至 2026-11-30 English Excel')).toEqual([]);
    expect(findingsIn('精準服務')).toEqual(['traditional characters: 準務']);
    expect(findingsIn('性别 gender female')).toEqual(['words in Latin letters: gender, female']);
    expect(findingsIn("must have required property '街道'")).toEqual(['words in Latin letters: must, have, required, property']);
    expect(findingsIn('referral_started org-dc-hexie.worker')).toEqual(['words in Latin letters: referral_started, org, dc, hexie, worker']);
  });
});

describe.each([productionStoreTarget()])('the text of every page in zh-CN, on $kind', (target) => {
  let browser: Browser;
  let server: AppServer;
  let starting: [Promise<Browser>, Promise<AppServer>] | undefined;
  /** The pages to read, by who reads them; ids of things found in the demo's content. */
  const PAGES: Record<string, string[]> = {};

  beforeAll(async () => {
    starting = [launchChromium(), openAppServer(target)];
    [browser, server] = await Promise.all(starting);
    await seedDemoHistory(server, target);
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
  }, 2 * SETUP_TIMEOUT);
  afterAll(() => closeStarted(starting));

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
