module.exports = {
  ...require('../jest.preset.js'),
  // The browser tests are served the built editor: a standalone run builds it when it is out of date,
  // and every run serves its own copy of it.
  globalSetup: '<rootDir>/src/browser/global-setup.ts',
  globalTeardown: '<rootDir>/src/browser/global-teardown.ts',
  // This suite starts last in `npm test` (after the engine's) and often runs alone at the end: two workers use both cores.
  maxWorkers: 2,
};
