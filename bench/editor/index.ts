/**
 * Browser benchmark of the web app (headless Chromium): importing a generated 1,000-element diagram
 * into the standard editor, and the task inbox with 1,000 tasks becoming interactive. The API is the
 * labelled fixture in fixture-api.ts, so only the web app is measured.
 *
 * Usage: npm run bench -- editor   (builds editor/dist first, so the figures are of the current source)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { config } from './config';
import { BENCH_USER, createFixtureApi } from './fixture-api';
import { serveEditor } from './static-server';

const DIAGRAM_TARGET_MS = 1000;
const INBOX_TARGET_MS = 1000;
const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'editor/dist');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function signedInPage(browser: Browser, base: string, role: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const session = { accessToken: 'bench', refreshToken: 'bench', expiresAt: Date.now() + 3_600_000, user: { ...BENCH_USER, role } };
  await context.addInitScript((s) => localStorage.setItem('jingzhun.session', s), JSON.stringify(session));
  const page = await context.newPage();
  await page.goto(base + '/standards');
  return { context, page };
}

async function diagramImport(browser: Browser, base: string): Promise<number> {
  const { context, page } = await signedInPage(browser, base, 'standards_officer');
  await page.goto(`${base}/standards/BJ-SW-BENCH?tab=process`);
  const ms = await page.waitForFunction(() => performance.getEntriesByName('jingzhun:diagram-import')[0]?.duration, undefined, { timeout: 60_000 });
  const value = (await ms.jsonValue()) as number;
  const shapes = await page.locator('[data-testid="diagram-canvas"] .djs-element').count();
  if (shapes < 1000) throw new Error(`expected ≥1000 drawn elements, found ${shapes}`);
  await context.close();
  return value;
}

async function inboxInteractive(browser: Browser, base: string): Promise<number> {
  const { context, page } = await signedInPage(browser, base, 'caseworker');
  await page.waitForSelector('[data-testid="nav-inbox"]');
  // Leave the inbox, then measure coming back to it: click → rows drawn → the main thread is free.
  await page.goto(`${base}/cases/new`);
  await page.waitForSelector('[data-testid="nav-inbox"]');
  // Passed as source text: the TypeScript loader would otherwise add helpers the page does not have.
  const ms = (await page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector('[data-testid="nav-inbox"]').click();
    const check = () => {
      if (document.querySelectorAll('[data-testid="inbox-row"]').length > 0) {
        // The next macrotask after a frame runs only when rendering and handlers are done.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      } else requestAnimationFrame(check);
    };
    check();
  })`)) as number;
  const rows = await page.locator('[data-testid="inbox-row"]').count();
  const summary = await page.locator('[data-testid="inbox-summary"]').textContent();
  if (!summary?.includes('1000')) throw new Error(`inbox did not load 1000 tasks: ${summary}`);
  if (rows > 100) throw new Error(`inbox drew ${rows} rows at once`);
  await context.close();
  return ms;
}

async function main() {
  const r = spawnSync('npm', ['run', 'build', '-w', '@jingzhun/editor'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !existsSync(path.join(dist, 'index.html'))) throw new Error('editor build failed');
  const { server, url } = await serveEditor(dist, createFixtureApi({ diagramSize: 1000, taskCount: 1000 }));
  const browser = await chromium.launch({ executablePath: config.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const importRuns: number[] = [];
    const inboxRuns: number[] = [];
    for (let i = 0; i < config.runs; i++) {
      importRuns.push(await diagramImport(browser, url));
      inboxRuns.push(await inboxInteractive(browser, url));
    }
    const rows = [
      ['editor: import a 1,000-element diagram (median)', DIAGRAM_TARGET_MS, median(importRuns)],
      ['editor: inbox with 1,000 tasks interactive (median)', INBOX_TARGET_MS, median(inboxRuns)],
    ] as const;
    console.log(`machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? ''}; runs: ${config.runs}; API: benchmark fixture`);
    let failed = false;
    for (const [name, target, value] of rows) {
      const ok = value <= target;
      failed ||= !ok;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${value.toFixed(0)} ms (target ≤ ${target} ms, ratio to target ${(value / target).toFixed(2)})`);
    }
    console.log(`all runs — import: ${importRuns.map((x) => x.toFixed(0)).join(', ')} ms; inbox: ${inboxRuns.map((x) => x.toFixed(0)).join(', ')} ms`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
