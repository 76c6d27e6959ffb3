// The simulator's and the demo's suites are long and mostly wait on their stores: two workers let
// them use both cores once the other workspaces' suites are done (jest's default on two cores is one).
module.exports = { ...require('../jest.preset.js'), maxWorkers: 2 };
