/** Settings of the browser tests: which Chromium to drive, and whether to show it. */
import path from 'node:path';

export const browserConfig = {
  /** The machine's Chromium (Debian's package); never a downloaded browser. */
  chromiumPath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  /** `HEADED=1` shows the browser while a test runs (for a person watching on a desktop). */
  headless: process.env['HEADED'] !== '1',
  /** Where screenshots are written (git-ignored). */
  screenshotsDir: path.resolve(__dirname, '../../../artifacts/screenshots'),
};
