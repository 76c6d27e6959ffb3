/**
 * Drawing on the bpmn-js canvas as a person does: palette entries clicked or dragged onto the canvas,
 * shapes clicked, the context pad's connect tool, names typed in place.
 *
 * @example
 *   const start = await fromPalette(page, 'create.start-event', { x: 0.2, y: 0.5 }, { name: '接案' });
 *   const task = await fromPalette(page, 'create.user-task', { x: 0.45, y: 0.5 }, { name: '评估', drag: true });
 *   await connect(page, start, task);
 */
import type { Page } from 'playwright-core';
import { inPage } from './browser';

/** A point of the canvas as fractions of its width and height. */
export interface CanvasSpot {
  x: number;
  y: number;
}

export const shape = (page: Page, id: string) => page.locator(`[data-testid="diagram-canvas"] .djs-element[data-element-id="${id}"]`);

/** Ids of the diagram's elements (labels left out), in drawing order. */
export function elementIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="diagram-canvas"] .djs-element:not(.djs-label)')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-element-id') ?? '').filter((id) => id && !id.endsWith('_label')));
}

async function point(page: Page, spot: CanvasSpot) {
  const box = await page.getByTestId('diagram-canvas').boundingBox();
  if (!box) throw new Error('the diagram canvas is not visible');
  return { x: box.x + box.width * spot.x, y: box.y + box.height * spot.y };
}

async function centre(page: Page, id: string) {
  const box = await shape(page, id).boundingBox();
  if (!box) throw new Error(`element ${id} is not on the canvas`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Waits for the one element that appeared after `before` and returns its id. */
function newElement(page: Page, before: string[]): Promise<string> {
  return inPage<string>(
    page,
    `[...document.querySelectorAll('[data-testid="diagram-canvas"] .djs-element:not(.djs-label)')]
      .map((e) => e.getAttribute('data-element-id') || '')
      .find((id) => id && !id.endsWith('_label') && !${JSON.stringify(before)}.includes(id))`,
  );
}

/**
 * Takes a shape from the palette — clicked, then placed with a click on the canvas, or dragged and
 * dropped there — and types its name, if given, into the box bpmn-js opens on the new shape.
 * Returns the new element's id.
 */
export async function fromPalette(page: Page, action: string, spot: CanvasSpot, options: { name?: string; drag?: boolean } = {}): Promise<string> {
  const before = await elementIds(page);
  const entry = page.locator(`.djs-palette [data-action="${action}"]`);
  const at = await point(page, spot);
  if (options.drag) {
    const box = await entry.boundingBox();
    if (!box) throw new Error(`no palette entry ${action}`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(at.x, at.y, { steps: 15 });
    await page.mouse.up();
  } else {
    await entry.click();
    await page.mouse.move(at.x, at.y, { steps: 8 });
    await page.mouse.click(at.x, at.y);
  }
  const id = await newElement(page, before);
  await typeName(page, options.name);
  return id;
}

/** Types into the open in-place editing box (nothing when no name) and ends the editing. */
async function typeName(page: Page, name: string | undefined): Promise<void> {
  const box = page.locator('.djs-direct-editing-parent');
  await box.waitFor();
  if (name) {
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(name);
  }
  await focusCanvas(page);
  await box.waitFor({ state: 'hidden' });
}

/**
 * Clicks the canvas where nothing is drawn (its upper right corner): ends in-place editing, clears
 * the selection and gives the diagram the keyboard, as it does for a person.
 */
export async function focusCanvas(page: Page): Promise<void> {
  const empty = await point(page, { x: 0.97, y: 0.05 });
  await page.mouse.click(empty.x, empty.y);
}

/**
 * Selects a shape by clicking it (which also gives the canvas the keyboard). Right after a drag,
 * diagram-js swallows the next click (its "click trap", gone after the one click or 400 ms), so a first
 * click that selected nothing within a second is made again; the second waits as long as any step.
 */
export async function clickShape(page: Page, id: string): Promise<void> {
  const selected = page.locator(`.djs-element.selected[data-element-id="${id}"]`);
  if (await selected.count()) return;
  const click = async () => {
    const at = await centre(page, id);
    await page.mouse.click(at.x, at.y);
  };
  await click();
  // A short wait only decides whether to click once more: it fails nothing on a slow machine.
  if (await selected.waitFor({ timeout: 1000 }).then(() => true, () => false)) return;
  if (await selected.count()) return;
  await click();
  await selected.waitFor();
}

/** Connects two shapes with the context pad's connect tool; returns the new sequence flow's id. */
export async function connect(page: Page, from: string, to: string): Promise<string> {
  const before = await elementIds(page);
  await clickShape(page, from);
  await page.locator('.djs-context-pad [data-action="connect"]').click();
  const at = await centre(page, to);
  await page.mouse.move(at.x, at.y, { steps: 8 });
  await page.mouse.click(at.x, at.y);
  return newElement(page, before);
}
