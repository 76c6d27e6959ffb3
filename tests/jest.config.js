module.exports = {
  ...require('../jest.preset.js'),
  // The browser tests are served the built editor; a standalone run builds it when it is out of date.
  globalSetup: '<rootDir>/src/browser/global-setup.ts',
};
