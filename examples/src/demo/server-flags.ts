/**
 * Node's flags for the server process, by Node version: the one place they are set (`npm start` runs
 * the server with them through `start.ts`; `npm run bench` measures every process with them).
 *
 * - `--max-semi-space-size=64`: each engine command makes many short-lived objects, and a larger young
 *   generation lets them die young instead of being promoted and collected later.
 * - `--heap-growing-percent=200`: after a full collection the old generation may grow to three times
 *   what survived before the next one (Node 20 otherwise collected the whole heap every 3–5 s under load).
 *
 * Measured against no flags in the same runs (`npm run bench -- patches`, bench/RESULTS.md): on Node 20
 * they pay (durable straight-through 1.12×, user-task cases 1.25×); on Node 24 four runs gave no
 * answer (straight-through lost in three, the user-task rate won in three), so Node 24 runs with its
 * own defaults until a measurement says otherwise.
 */
export const GC_FLAGS: readonly string[] = ['--max-semi-space-size=64', '--heap-growing-percent=200'];

/** The flags the server runs with on the given Node (`process.versions.node`). */
export function serverFlags(nodeVersion: string): readonly string[] {
  return Number(nodeVersion.split('.')[0]) < 24 ? GC_FLAGS : [];
}
