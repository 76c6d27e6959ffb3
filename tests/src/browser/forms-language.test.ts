/**
 * The forms of the district workspace speak the person's language: 东城's operator submits an empty
 * case-start form and is told in Chinese, beside each field and by its title, what is missing; a
 * wrong age is refused in Chinese; a choice of several options is a set of checkboxes; nothing is
 * answered that the operator did not answer. The caseworker completes the case's first task and is
 * told so. No English of the validator appears anywhere, and the browser's console never says the
 * forms' JSON Schema dialect (2020-12) is unknown to it.
 */
import { storeTargets } from '@jingzhun/engine/testing';
import { loadExampleStandards } from '@jingzhun/examples';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import type { Browser, Locator } from 'playwright-core';
import { openAppServer, type AppServer } from './support/app-server';
import { closeStarted, gone, keepFailure, launchChromium, newPage, screenshot, seeText, SETUP_TIMEOUT, signIn, signOut, TEST_TIMEOUT, type TestPage } from './support/browser';

const CASE_KEY = 'DC-2026-0311';
const FIRST_TASK = '接案登记';

/** The sample standard with the eligibility of 困难老年人 (titled fields, a choice of several categories) and a titled intake form. */
function titledSample() {
  const standard = sampleStandard();
  standard.population.eligibility = loadExampleStandards().find((s) => s.code === 'BJ-SW-ELDER')!.population.eligibility;
  standard.forms['intake'] = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: '接案登记',
    'x-en': { title: 'Intake' },
    type: 'object',
    properties: {
      referralSource: {
        title: '转介来源',
        'x-en': { title: 'Referred by' },
        type: 'string',
        oneOf: [
          { const: '96156', title: '96156 热线', 'x-en': { title: 'The 96156 line' } },
          { const: 'community', title: '社区', 'x-en': { title: 'The community' } },
          { const: 'self', title: '本人求助', 'x-en': { title: 'Self-referral' } },
        ],
      },
      notes: { title: '记录', 'x-en': { title: 'Notes' }, type: 'string', maxLength: 4000 },
    },
    required: ['referralSource'],
  };
  return standard;
}
/** ajv's own English, as it said the errors before the forms had words of their own. */
const AJV_ENGLISH = /must have required property|must NOT have|must be (equal|>=|<=|string|integer|number|object|array|boolean)|must match|should be|no schema with key or ref/;

describe('the language of the forms', () => {
  let browser: Browser;
  let server: AppServer;
  let page: TestPage;
  const consoleLines: string[] = [];
  let starting: [Promise<Browser>, Promise<AppServer>] | undefined;

  beforeAll(async () => {
    starting = [launchChromium(), openAppServer(storeTargets()[0]!)];
    [browser, server] = await Promise.all(starting);
    await server.callAs('officer', 'POST', '/api/standards', { standard: titledSample() });
    await server.callAs('officer', 'POST', `/api/standards/${SAMPLE_CODE}/draft/submit`);
    await server.callAs('reviewer', 'POST', `/api/standards/${SAMPLE_CODE}/draft/approve`, {});
    await server.callAs('officer', 'POST', `/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts: ['dongcheng'] });
    page = await newPage(browser, server.url);
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await page?.context().close();
    await closeStarted(starting);
  });
  afterEach(() => {
    expect(page.errors).toEqual([]);
    expect(consoleLines.filter((line) => /schema/i.test(line))).toEqual([]);
  });

  /** The part of a form that shows one field: its label, its input and its errors. */
  const fieldOf = (form: Locator, key: string) => form.locator(`#root_${key}`).locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " form-group ")][1]');

  it('says in Chinese beside each field what is missing or wrong, shows choices of several options as checkboxes, and says when a task is done', () =>
    keepFailure(page, 'forms-language', async () => {
      await signIn(page, 'dongcheng.operator');
      await page.getByTestId('nav-start-case').click();
      const form = page.getByTestId('eligibility-form');
      await fieldOf(form, 'street').waitFor();

      // The fields come in the order the standard lists what is required: the name first.
      expect(await form.locator('input, select').first().getAttribute('id')).toBe('root_clientName');

      // Nothing is answered before the operator answers it: no first option chosen, no box ticked.
      expect(await form.locator('#root_gender').inputValue()).toBe('');
      const categories = fieldOf(form, 'categories');
      await categories.getByRole('checkbox', { name: '独居' }).waitFor();
      expect(await categories.getByRole('checkbox').count()).toBe(8);
      expect(await categories.getByRole('checkbox', { checked: true }).count()).toBe(0);
      expect(await form.locator('select[multiple]').count()).toBe(0);

      // The first submission of the empty form marks everything missing; the case number may stay empty (the district's next is given).
      await form.locator('button[type=submit]').click();
      await seeText(fieldOf(form, 'clientName'), '请填写“姓名”');
      await seeText(fieldOf(form, 'gender'), '请选择“性别”');
      await seeText(fieldOf(form, 'age'), '请填写“年龄（周岁）”');
      await seeText(fieldOf(form, 'street'), '请选择“街道（乡镇）”');
      await seeText(fieldOf(form, 'community'), '请填写“社区（村）”');
      await seeText(categories, '“困难类别”至少要选 1 项');
      expect(await page.getByTestId('case-key-input').getAttribute('placeholder')).toMatch(/^留空则自动编号/);
      expect(await page.locator('body').innerText()).not.toMatch(AJV_ENGLISH);
      await screenshot(page, 'forms-01-missing');

      // A wrong answer is refused in Chinese beside its field, as it is typed.
      await form.locator('#root_age').fill('30');
      await seeText(fieldOf(form, 'age'), '“年龄（周岁）”不能小于 60');
      await gone(fieldOf(form, 'age').getByText('请填写“年龄（周岁）”'));
      expect(await page.locator('body').innerText()).not.toMatch(AJV_ENGLISH);

      // Answered in full, the case starts.
      await page.getByTestId('case-key-input').fill(CASE_KEY);
      await form.locator('#root_clientName').fill('张桂兰');
      await form.locator('#root_gender').selectOption({ label: '女' });
      await form.locator('#root_age').fill('78');
      await form.locator('#root_street').selectOption({ label: '东华门街道' });
      await form.locator('#root_community').fill('多福巷社区');
      await categories.getByRole('checkbox', { name: '独居' }).check();
      await categories.getByRole('checkbox', { name: '失能或半失能' }).check();
      await gone(form.locator('.text-danger'));
      await form.locator('button[type=submit]').click();
      await seeText(page.getByTestId('case-key'), CASE_KEY);
      await seeText(page.getByTestId('task-card'), FIRST_TASK);
      const caseFile = new URL(page.url()).pathname;
      await signOut(page);

      // The caseworker completes the intake and is told so once its card has gone.
      await signIn(page, 'dongcheng.worker');
      await page.goto(caseFile);
      const card = page.getByTestId('task-card').filter({ hasText: FIRST_TASK });
      const intake = card.getByTestId('task-form');
      await intake.locator('button[type=submit]').click();
      await seeText(fieldOf(intake, 'referralSource'), '请选择“转介来源”');
      await intake.locator('#root_referralSource').selectOption({ label: '社区' });
      await intake.locator('#root_notes').fill('社区网格员转介，老人独居。');
      await gone(intake.locator('.text-danger'));
      await intake.locator('button[type=submit]').click();
      await seeText(page.getByTestId('flash-notice'), `已完成「${FIRST_TASK}」。`);
      await gone(card);
      await screenshot(page, 'forms-02-task-done');
      expect(await page.locator('body').innerText()).not.toMatch(AJV_ENGLISH);
    }),
    TEST_TIMEOUT,
  );
});
