/**
 * Runs the editor's browser specs (test/spec) as bpmn-js runs its own, in a real browser: one Vite
 * bundle of every spec, one Chromium (the machine's, through playwright-core), one page. Prints each
 * spec's outcome as JSON on stdout, for the jest driver (browser-specs.test.ts) to report under the
 * spec's name; exits non-zero only when the specs could not be run at all.
 *
 * @example
 *   node --import tsx test/harness/run-browser-specs.ts
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { harnessConfig } from './config';
import type { SpecResult } from './page/spec-runner';

const PAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page');
/** An origin of no real host: the page and its files are answered from the bundle by playwright. */
const ORIGIN = 'http://browser-specs.invalid';
/** A hang detector, not a budget: the page's own runner fails a spec that hangs well before this. */
const RUN_TIMEOUT_MS = 300_000;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff' };

async function bundle(outDir: string): Promise<void> {
  await build({
    root: PAGE_DIR,
    configFile: false,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: true, reportCompressedSize: false, chunkSizeWarningLimit: 100_000 },
  });
}

/** A stack of the page with the bundle's positions turned into the sources' (`test/spec/….ts:12:9`). */
function sourceStack(outDir: string, stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMap(JSON.parse(readFileSync(path.join(outDir, `${file}.map`), 'utf8'))));
      } catch {
        maps.set(file, undefined);
      }
    }
    return maps.get(file);
  };
  return stack.replace(new RegExp(`${ORIGIN.replace(/\./g, '\\.')}/([^\\s:)]+\\.js):(\\d+):(\\d+)`, 'g'), (whole, file: string, line: string, column: string) => {
    const entry = mapOf(file)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return whole;
    const source = path.relative(process.cwd(), path.resolve(outDir, path.dirname(file), entry.originalSource));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

export async function runBrowserSpecs(): Promise<SpecResult[]> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'editor-browser-specs-'));
  try {
    await bundle(outDir);
    const browser = await chromium.launch({ executablePath: harnessConfig.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ locale: 'zh-CN' });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e.stack ?? e)));
      await page.route(`${ORIGIN}/**`, async (route) => {
        const file = path.join(outDir, new URL(route.request().url()).pathname);
        if (!file.startsWith(outDir)) return route.fulfill({ status: 404 });
        const body = await readFile(file).catch(() => undefined);
        return body ? route.fulfill({ body, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' }) : route.fulfill({ status: 404 });
      });
      await page.goto(`${ORIGIN}/index.html`);
      const results = await page.waitForFunction(() => window.specResults, undefined, { timeout: RUN_TIMEOUT_MS, polling: 100 });
      const specs = ((await results.jsonValue()) as SpecResult[]).map((r) => (r.error ? { ...r, error: sourceStack(outDir, r.error) } : r));
      // An error no spec caught (a listener that threw) fails the run under its own name.
      const uncaught = errors.map((e) => sourceStack(outDir, e)).join('\n\n');
      return errors.length ? [...specs, { path: [], title: 'the page runs without uncaught errors', error: uncaught }] : specs;
    } finally {
      await browser.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runBrowserSpecs().then(
    (results) => process.stdout.write(JSON.stringify(results)),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
