import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { exploreExamples } from './example-paths';

jest.setTimeout(900_000);

describe.each(storeTargets())('the shipped standards along random paths on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('every case ends or waits at a wait state, with no incident, its tasks, timers and position agreeing', async () => {
    // Every gateway outcome on PGlite; a few paths of each standard on PostgreSQL, whose runtime SQL the engine's generated paths hold.
    const pathsPerStandard = target.kind === 'pglite' ? 30 : 3;
    const report = await exploreExamples(store, { seed: 20261207, pathsPerStandard });
    expect(report.paths).toBe(pathsPerStandard * 7);
    expect(report.endings['completed']).toBeGreaterThan(0);
    // The seeded paths take every outcome of every gateway of the shipped standards at least once.
    if (target.kind === 'pglite') expect([...report.unreachedFlows]).toEqual([]);
  });
});
