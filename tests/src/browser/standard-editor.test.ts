/**
 * The standard editor's safety nets and outputs. Every edit of the diagram can be taken back: each
 * `std:` field of the properties panel and a shape drawn from the palette are undone with Ctrl+Z and
 * redone with Ctrl+Y, and the person sees the value, the shape and the problems they had before.
 * Unsaved work is not lost by leaving; the diagram and the standard can be downloaded.
 */
import { readFile } from 'node:fs/promises';
import { storeTargets } from '@jingzhun/engine/testing';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import type { Browser } from 'playwright-core';
import { openAppServer, type AppServer } from './support/app-server';
import { closeStarted, gone, inPage, launchChromium, newPage, seeText, SETUP_TIMEOUT, signIn, TEST_TIMEOUT, type TestPage } from './support/browser';
import { clickShape, elementIds, focusCanvas, fromPalette, shape } from './support/diagram';

// Inside a describe, so the store is closed before the shared test database (its own afterAll) is.
describe('the standard editor', () => {
  let browser: Browser;
  let server: AppServer;
  let page: TestPage;

  let starting: [Promise<Browser>, Promise<AppServer>] | undefined;

  beforeAll(async () => {
    starting = [launchChromium(), openAppServer(storeTargets()[0]!)];
    [browser, server] = await Promise.all(starting);
    await server.callAs('officer', 'POST', '/api/standards', { standard: sampleStandard() });
    page = await newPage(browser, server.url);
    await signIn(page, 'officer');
    await page.goto(`/standards/${SAMPLE_CODE}?tab=process`);
    await shape(page, 'Task_intake').waitFor();
  }, SETUP_TIMEOUT);
  afterAll(() => closeStarted(starting));
  afterEach(() => expect(page.errors).toEqual([]));

  const field = (entry: string) => page.locator(`#bio-properties-panel-${entry}`);

  /** Waits until the properties panel field shows the value (a checkbox: whether it is ticked). */
  async function showsValue(entry: string, value: string | boolean): Promise<void> {
    const el = `document.getElementById(${JSON.stringify(`bio-properties-panel-${entry}`)})`;
    await inPage(page, typeof value === 'boolean' ? `${el}?.checked === ${value}` : `${el}?.value === ${JSON.stringify(value)}`);
  }

  /** Saves, so that the next edit shows itself as an unsaved change. */
  async function saved(): Promise<void> {
    if (await page.getByTestId('unsaved-indicator').count()) {
      await page.getByTestId('save-draft').click();
      await gone(page.getByTestId('unsaved-indicator'));
    }
  }

  async function undo(): Promise<void> {
    await focusCanvas(page);
    await page.keyboard.press('Control+z');
  }

  async function redo(keys = 'Control+y'): Promise<void> {
    await focusCanvas(page);
    await page.keyboard.press(keys);
  }

  interface PanelEdit {
    what: string;
    element: string;
    entry: string;
    before: string | boolean;
    after: string | boolean;
    /** Other fields the same command changes, as they read before and after. */
    alongside?: { entry: string; before: string; after: string };
  }

  const EDITS: PanelEdit[] = [
    { what: 'the role', element: 'Task_plan', entry: 'std-role', before: 'supervisor', after: 'caseworker' },
    { what: 'the form', element: 'Task_assess', entry: 'std-form', before: 'assessment', after: 'intake' },
    { what: 'the SLA in working days', element: 'Task_intake', entry: 'std-sla', before: '5', after: '8' },
    {
      what: 'the SLA parameter, which replaces a fixed SLA',
      element: 'Task_plan',
      entry: 'std-sla-parameter',
      before: '',
      after: 'assessDays',
      alongside: { entry: 'std-sla', before: 'P3D', after: '' },
    },
    { what: 'a service content delivered', element: 'Task_plan', entry: 'std-content-c-followup', before: false, after: true },
    { what: 'the English name', element: 'Task_intake', entry: 'std-name-en', before: 'Intake', after: 'Registration' },
    { what: 'the built-in service', element: 'Task_notify', entry: 'std-service', before: 'notify', after: 'record-referral' },
    { what: 'the timer’s duration parameter', element: 'Event_wait', entry: 'std-timer-parameter', before: 'followupDays', after: 'assessDays' },
  ];

  describe('the properties panel', () => {
    it.each(EDITS)('undoes and redoes $what ($entry of $element)', async ({ element, entry, before, after, alongside }) => {
      // Given the element selected, with its value as saved
      await saved();
      await clickShape(page, element);
      await showsValue(entry, before);
      if (alongside) await showsValue(alongside.entry, alongside.before);

      // When the value is changed in the panel
      const input = field(entry);
      if (typeof after === 'boolean') await input.setChecked(after);
      else if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(after);
      else await input.fill(after);
      await page.getByTestId('unsaved-indicator').waitFor();
      await showsValue(entry, after);

      // Then Ctrl+Z brings the old value back, and Ctrl+Y the new one
      await undo();
      await clickShape(page, element);
      await showsValue(entry, before);
      if (alongside) await showsValue(alongside.entry, alongside.before);
      await redo();
      await clickShape(page, element);
      await showsValue(entry, after);
      if (alongside) await showsValue(alongside.entry, alongside.after);
    }, TEST_TIMEOUT);

    it('undoes clearing a role, and the problem it caused goes with it', async () => {
      const noRole = page.locator('[data-testid="problem"][data-code="USER_TASK_NO_ROLE"][data-element-id="Task_intake"]');
      await saved();
      await clickShape(page, 'Task_intake');
      await field('std-role').selectOption('');
      await seeText(noRole, /用户任务.*(未|没有)指定角色/);

      await undo();
      await gone(noRole);
      await clickShape(page, 'Task_intake');
      await showsValue('std-role', 'caseworker');

      await redo();
      await seeText(noRole, /用户任务.*(未|没有)指定角色/);
      await undo();
      await gone(noRole);
    }, TEST_TIMEOUT);
  });

  describe('the palette', () => {
    it('undoes and redoes a user task dragged onto the canvas', async () => {
      // Given the diagram as loaded
      await saved();
      const before = await elementIds(page);

      // When a user task is dragged from the palette onto an empty part of the canvas
      const task = await fromPalette(page, 'create.user-task', { x: 0.5, y: 0.85 }, { drag: true });
      const noRole = page.locator(`[data-testid="problem"][data-code="USER_TASK_NO_ROLE"][data-element-id="${task}"]`);
      expect((await elementIds(page)).sort()).toEqual([...before, task].sort());
      await noRole.waitFor();

      // Then Ctrl+Z takes it away, with its problems, and Ctrl+Shift+Z puts it back; so do the toolbar's buttons
      await undo();
      await gone(shape(page, task));
      await gone(page.locator(`[data-testid="problem"][data-element-id="${task}"]`));
      expect((await elementIds(page)).sort()).toEqual([...before].sort());
      await redo('Control+Shift+z');
      await shape(page, task).waitFor();
      await noRole.waitFor();
      await page.getByTestId('undo').click();
      await gone(shape(page, task));
      await page.getByTestId('redo').click();
      await shape(page, task).waitFor();
      await noRole.waitFor();
    }, TEST_TIMEOUT);
  });

  describe('unsaved work', () => {
    it('is kept when the person answers “stay” to the question on leaving', async () => {
      // Given an unsaved change
      await saved();
      await clickShape(page, 'Task_intake');
      await field('std-name-en').fill('Intake and registration');
      await page.getByTestId('unsaved-indicator').waitFor();

      // When the person goes to the list and declines to leave
      const questions: string[] = [];
      page.once('dialog', (dialog) => {
        questions.push(dialog.message());
        void dialog.dismiss();
      });
      await page.getByTestId('nav-standards').click();
      expect(questions).toEqual(['有未保存的修改，确定要离开吗？']);

      // Then the editor and the change are still there
      expect(new URL(page.url()).pathname).toBe(`/standards/${SAMPLE_CODE}`);
      await page.getByTestId('unsaved-indicator').waitFor();
      await clickShape(page, 'Task_intake');
      await showsValue('std-name-en', 'Intake and registration');
    }, TEST_TIMEOUT);
  });

  it('says each indicator to its reviewer in one sentence of words, the task’s name for its form and no expression', async () => {
    await page.getByTestId('tab-parameters').click();
    await seeText(page.getByTestId('indicator-1-sentence'), '「跟踪回访」中「satisfaction」不低于 4 的答复比例，目标 ≥ 90%');
    await seeText(page.getByTestId('indicator-0-sentence'), '从「接案登记」完成起，「入户评估」在评估时限');
    await page.getByTestId('tab-process').click();
  }, TEST_TIMEOUT);

  describe('downloads', () => {
    async function download(testId: string) {
      const started = page.waitForEvent('download');
      await page.getByTestId(testId).click();
      const file = await started;
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    }

    it('gives the diagram as SVG and PNG, and the saved standard as a zip', async () => {
      const svg = await download('export-svg');
      expect(svg.name).toBe(`${SAMPLE_CODE}.svg`);
      expect(svg.bytes.toString('utf8')).toContain('接案登记');
      const png = await download('export-png');
      expect(png.name).toBe(`${SAMPLE_CODE}.png`);
      expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const zip = await download('download-zip');
      expect(zip.name).toBe(`${SAMPLE_CODE}.zip`);
      expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    }, TEST_TIMEOUT);
  });
});
