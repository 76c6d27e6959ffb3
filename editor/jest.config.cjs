module.exports = {
  ...require('../jest.preset.js'),
  testEnvironment: 'node',
  // Unit tests beside the sources; in test/, what checks the editor against the other workspaces.
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/**/*.test.ts'],
};
