import { storeTargets } from '@jingzhun/engine/testing';
import { openAppServer } from './support/app-server';
import { launchChromium, newPage, signIn, screenshot } from './support/browser';

async function main() {
  const t0 = Date.now();
  const server = await openAppServer(storeTargets()[0]!);
  console.log('server', Date.now() - t0, server.url);
  const browser = await launchChromium();
  const page = await newPage(browser, server.url);
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  await signIn(page, 'officer');
  console.log('signed in', Date.now() - t0);
  await page.getByTestId('create-standard').click();
  await page.getByTestId('new-standard-code').fill('BJ-SW-TEST');
  await page.getByTestId('new-standard-title-zh').fill('测试标准');
  await page.getByTestId('new-standard-title-en').fill('Test standard');
  await page.getByTestId('new-standard-population-zh').fill('老年人');
  await page.getByTestId('new-standard-population-en').fill('Elderly');
  await page.getByTestId('new-standard-submit').click();
  await page.locator('.djs-palette').waitFor();
  console.log('editor', Date.now() - t0);
  await page.waitForTimeout(1500);
  await screenshot(page, 'x-editor');
  const palette = await page.locator('.djs-palette [data-action]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-action')} ${e.getAttribute('title')}`));
  console.log(palette);
  const box = await page.getByTestId('diagram-canvas').boundingBox();
  console.log('canvas', box);
  for (const id of ['StartEvent_1', 'EndEvent_1', 'Flow_1']) console.log(id, await page.locator(`.djs-element[data-element-id="${id}"]`).boundingBox());
  console.log(await page.getByTestId('problems-panel').innerText());
  await browser.close();
  await server.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
