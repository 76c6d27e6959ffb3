// Shared jest settings: TypeScript (and ES-module-only dependencies such as feelin) are compiled by swc
// on the fly, so tests run the sources without a build step.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj|cj)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  // ES-module-only packages (feelin and its dependencies, PGlite's dynamic imports) must be compiled to
  // CommonJS too; swc is fast and jest caches the result, so everything is transformed.
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
  // Only a hang detector: no test may depend on the machine's speed. CI runs several workspaces' suites
  // (and Chromium, and PostgreSQL) on two cores at once, and a file's first test also boots its embedded
  // store: with both cores busy besides (load ≈ 15), such a first test took 57 s, so one minute was a
  // budget a busy machine could miss. Three minutes is twice the longest in-process test seen there (the
  // HTTP journey, 81 s); a hang still fails, three minutes later. Tests that start Node processes take longer still and say so
  // (`PROCESS_TEST_TIMEOUT` of @jingzhun/standards/testing), as do the browser tests and the simulator's.
  testTimeout: 180_000,
};
