import { productionStoreTarget, type TestStore } from '@jingzhun/engine/testing';
import { DISTRICTS, findStreet } from '@jingzhun/standards';
import { districtPlaces } from './places';

describe('where simulated clients live', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await productionStoreTarget().open();
  });
  afterAll(() => store.dispose());

  it('are streets, towns and townships of the register, each in its own district', async () => {
    for (const d of DISTRICTS) {
      const { streets } = await districtPlaces(store, d.code);
      expect(streets.filter((s) => !findStreet(d.code, s.zh)).map((s) => s.zh)).toEqual([]);
    }
  });
});
