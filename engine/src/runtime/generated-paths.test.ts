import { exploreGenerated, storeTargets, type TestStore } from '../testing';

jest.setTimeout(900_000);

describe.each(storeTargets())('generated processes along random paths on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('parallel branches, sub-processes, boundary events, event-based gateways and referrals: no case is ever stuck', async () => {
    let paths = 0;
    await exploreGenerated(store, { seed: 20261207, processes: target.kind === 'pglite' ? 30 : 5, pathsPerProcess: 3, onPath: () => paths++ });
    expect(paths).toBe(target.kind === 'pglite' ? 90 : 15);
  });
});
