module.exports = {
  ...require('../jest.preset.js'),
  testEnvironment: 'node',
  // Unit tests beside the sources; in test/, what checks the editor against the standards and drives the
  // browser specs (test/spec, run in Chromium by test/browser-specs.test.ts).
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/**/*.test.ts'],
};
