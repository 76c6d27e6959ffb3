/**
 * @jingzhun/examples — the five service standards shipped with the platform (files in the `std`
 * folder format under `examples/standards/`), with invented client data and walkthroughs for the demo
 * seed, the simulator and tests.
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
