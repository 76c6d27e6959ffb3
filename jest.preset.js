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
  // Generous: CI runs several workspaces' suites (and Chromium, and PostgreSQL) on two cores at once, and
  // a file's first test also boots its embedded store. A hang still fails, a minute later.
  testTimeout: 60000,
};
