/**
 * The browser tests run against the built editor in `editor/dist`. Under `npm test` turbo builds it
 * first; a standalone `npx jest` builds it here when it is missing or older than its sources. The
 * run then serves a copy of the build, so that a rebuild meanwhile (the benchmark builds it too)
 * cannot take the files away from under the browser.
 *
 * @example
 *   ensureEditorBuilt();                // in jest's globalSetup
 *   const dir = await copyEditorBuild(); // served by every test file of the run
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const editorRoot = path.dirname(require.resolve('@jingzhun/editor/package.json'));
export const editorDist = path.join(editorRoot, 'dist');
const builtIndex = path.join(editorDist, 'index.html');

/** What the bundle is made from: the editor's sources and settings, and the `std:` moddle it imports. */
function sources(): string[] {
  return [
    ...['src', 'public', 'index.html', 'package.json', 'vite.config.ts'].map((f) => path.join(editorRoot, f)),
    require.resolve('@jingzhun/standards/std-moddle.json'),
  ].filter((p) => existsSync(p));
}

function newestChange(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestChange(path.join(p, entry)));
  return newest;
}

/** Why the build must be redone, or null when `editor/dist` is current. */
export function staleReason(): string | null {
  if (!existsSync(builtIndex)) return 'editor/dist is missing';
  const built = statSync(builtIndex).mtimeMs;
  const changed = sources().find((p) => newestChange(p) > built);
  return changed ? `${path.relative(editorRoot, changed)} changed after the last build` : null;
}

export function ensureEditorBuilt(): void {
  const reason = staleReason();
  if (!reason) return;
  process.stdout.write(`\nbuilding the editor for the browser tests (${reason})…\n`);
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: editorRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`the editor's build failed (exit ${result.status ?? result.signal})`);
}

/** Files the copied build refers to (from its page and its scripts) that it does not contain. */
function missingAssets(dir: string): string[] {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return ['index.html'];
  const assets = path.join(dir, 'assets');
  const texts = [readFileSync(index, 'utf8'), ...(existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(assets, f), 'utf8')) : [])];
  const referred = new Set(texts.flatMap((t) => [...t.matchAll(/assets\/([\w.-]+\.(?:js|css))/g)].map((m) => m[1]!)));
  return [...referred].filter((f) => !existsSync(path.join(assets, f)));
}

/** How long a copy is retried while another build writes `editor/dist`: a build takes minutes on a busy machine. */
const OTHER_BUILD_MS = 10 * 60_000;
/** Pause between two copies. */
const RETRY_MS = 3000;

/**
 * Copies `editor/dist` (without source maps) to a folder of this run and returns it. A copy taken
 * while another build writes the folder misses files; it is taken again until that build is done.
 * Jest's global setup has no timeout of its own, so a build that never completes ends the wait here.
 */
export async function copyEditorBuild(): Promise<string> {
  const giveUpAt = Date.now() + OTHER_BUILD_MS;
  for (;;) {
    const dir = mkdtempSync(path.join(tmpdir(), 'jingzhun-editor-'));
    if (existsSync(builtIndex)) cpSync(editorDist, dir, { recursive: true, filter: (file) => !file.endsWith('.map') });
    const missing = missingAssets(dir);
    if (missing.length === 0) return dir;
    rmSync(dir, { recursive: true, force: true });
    if (Date.now() > giveUpAt) throw new Error(`editor/dist is incomplete (${missing.join(', ')}): is it being rebuilt?`);
    await sleep(RETRY_MS);
  }
}
