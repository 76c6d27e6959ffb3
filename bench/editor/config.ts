/** Settings of the editor benchmark. */
export const config = {
  chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  runs: Number(process.env.BENCH_RUNS || 5),
};
