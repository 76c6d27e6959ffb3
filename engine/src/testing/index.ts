/**
 * Helpers for tests of every workspace: real stores, never mocks; small standards; a hand-moved clock;
 * and the model-based test of the runtime (random valid data from a schema, random processes, the
 * path explorer and the case invariants it checks after every step).
 *
 * @example
 *   describe.each(storeTargets())('on $kind', (target) => {
 *     let store: TestStore;
 *     beforeEach(async () => { store = await target.open(); });
 *     afterEach(() => store.dispose());
 *   });
 */
export { productionStoreTarget, storeTargets, testDatabaseUrl, type StoreTarget, type TestStore } from './test-stores';
export { bpmn, versionFixture, manualClock, silentLogger, LOOP_WITHOUT_WAIT, type FixtureOptions, type ManualClock } from './standard-fixtures';
export { runtimeEachTest, type RuntimeEachTestOptions } from './runtime-each-test';
/**
 * One command's run of bpmn-engine without the store, for the engine benchmark's ceiling: what the
 * interpreter alone costs per case on this machine, against which the durable figures are read.
 */
export { runCase, EMPTY_POSITION, type RunInput, type RunOutcome } from '../runtime/case-run';
/** A process compiled without validation, for tests of what the runtime itself runs or refuses. */
export { compileUnvalidated } from '../bpmn/process-model';
export { dataFor } from './schema-data';
export { caseViolations, describeViolations, type Violation, type ModelOf } from './case-invariants';
export { PathExplorer, PathFailure, type ExplorerOptions, type PathRecord } from './path-explorer';
export { generatedProcess, render as renderBlocks, GENERATED_CHILD, GENERATED_CHILD_CODE, GENERATED_FORMS, type GeneratedProcess, type Block } from './process-generator';
export { exploreGenerated, type GeneratedOptions } from './generated-paths';
export { playSupervisedHistory, SUPERVISED_INDICATORS, SUPERVISED_VERSION, at, type SupervisedHistory } from './supervised-history';
