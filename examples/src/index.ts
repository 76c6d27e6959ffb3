/**
 * @jingzhun/examples — the seven service standards shipped with the platform (files in the `std`
 * folder format under `examples/standards/`), with invented client data and walkthroughs; the demo
 * seed behind `npm start`; and the case-history simulator behind `npm run simulate`.
 *
 * @example
 *   import { loadExampleStandards } from '@jingzhun/examples';
 *   import { validateStandard } from '@jingzhun/standards';
 *   for (const standard of loadExampleStandards()) console.log(standard.code, await validateStandard(standard));
 */
export {
  EXAMPLE_STANDARDS_DIR,
  ExampleFolderError,
  exampleStandardFolders,
  loadExampleCaseData,
  loadExampleStandards,
  readStandardFolderSync,
  type ExampleCaseData,
  type ExampleWalkthrough,
} from './standards/load';
export { GC_FLAGS, serverFlags } from './demo/server-flags';
export { seedDemo, readDemoSeed, DEMO_HISTORY, DEMO_SEED_KEY, type DemoSeedState } from './demo/demo-seed';
export { fillDemoHistory } from './demo/demo-history';
export { publishExampleStandards, DEMO_VARIANTS } from './demo/publish-standards';
export { DEMO_ORGANISATION_LIST } from './demo/demo-organisations';
export { simulateHistory, planSimulation, type SimulationOptions, type SimulationResult } from './simulator/simulate';
export { simulateBulk, type BulkOptions, type BulkResult } from './simulator/bulk/bulk-history';
export { scratchOptions } from './simulator/scratch-store';
export { movableClock, type MovableClock } from './simulator/simulation-clock';
export { districtProfile, type DistrictProfile } from './simulator/district-profiles';
