/**
 * The browser tests run against the built editor in `editor/dist`. Under `npm test` turbo builds it
 * first; a standalone `npx jest` builds it here when it is missing or older than its sources.
 *
 * @example
 *   await ensureEditorBuilt(); // in jest's globalSetup
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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
