/** Settings of the browser tests: which Chromium to drive, whether to show it, which build to serve. */
import path from 'node:path';

/** Set by jest's global setup for the test files of its run (they are started after it). */
const EDITOR_COPY = 'JINGZHUN_TEST_EDITOR_DIR';

export const browserConfig = {
  /** The machine's Chromium (Debian's package); never a downloaded browser. */
  chromiumPath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  /** `HEADED=1` shows the browser while a test runs (for a person watching on a desktop). */
  headless: process.env['HEADED'] !== '1',
  /** Where screenshots are written (git-ignored). */
  screenshotsDir: path.resolve(__dirname, '../../../artifacts/screenshots'),
};

/** The copy of the editor's build this run serves; `editor/dist` itself outside a jest run. */
export function servedEditorDir(fallback: string): string {
  return process.env[EDITOR_COPY] || fallback;
}

/** Hands the copy of the build to the test files of this run (global setup), or forgets it (teardown). */
export function shareEditorDir(dir: string | undefined): void {
  if (dir) process.env[EDITOR_COPY] = dir;
  else delete process.env[EDITOR_COPY];
}
