/** Settings of the browser specs' harness. */
export const harnessConfig = {
  /** The machine's Chromium (Debian's package); never a downloaded browser. */
  chromiumPath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
};
