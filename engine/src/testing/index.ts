/**
 * Helpers for tests of every workspace: real stores, never mocks.
 *
 * @example
 *   describe.each(storeTargets())('on $kind', (target) => {
 *     let store: TestStore;
 *     beforeEach(async () => { store = await target.open(); });
 *     afterEach(() => store.dispose());
 *   });
 */
export { storeTargets, testDatabaseUrl, type StoreTarget, type TestStore } from './test-stores';
