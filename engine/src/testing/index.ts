/**
 * Helpers for tests of every workspace: real stores, never mocks; small standards; a hand-moved clock.
 *
 * @example
 *   describe.each(storeTargets())('on $kind', (target) => {
 *     let store: TestStore;
 *     beforeEach(async () => { store = await target.open(); });
 *     afterEach(() => store.dispose());
 *   });
 */
export { storeTargets, testDatabaseUrl, type StoreTarget, type TestStore } from './test-stores';
export { bpmn, versionFixture, manualClock, silentLogger, type FixtureOptions, type ManualClock } from './standard-fixtures';
export { runtimeEachTest, type RuntimeEachTestOptions } from './runtime-each-test';
/**
 * One command's run of bpmn-engine without the store, for the engine benchmark's ceiling: what the
 * interpreter alone costs per case on this machine, against which the durable figures are read.
 */
export { runCase, EMPTY_POSITION, type RunInput, type RunOutcome } from '../runtime/case-run';
