import { manualClock, storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { until } from '@jingzhun/standards/testing';
import { createSessionCache } from './session-cache';
import type { User } from './roles';

const worker: User = { id: 'usr_1', username: 'dc.worker', displayName: { zh: '社工', en: 'Worker' }, role: 'caseworker', district: 'dongcheng', organisation: null };

describe.each(storeTargets())('the session cache on $kind', (target) => {
  let store: TestStore;
  const clock = manualClock('2025-03-03T01:00:00.000Z');
  const later = new Date('2025-03-03T01:15:00.000Z');
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  /** A cache that is listening (its channel heard): it keeps what it is given only from then on. */
  async function listeningCache(options = {}) {
    const cache = createSessionCache(store, clock, options);
    await until(() => {
      cache.keep('probe', worker, later, cache.since());
      return cache.get('probe') !== undefined;
    });
    cache.forget('probe');
    return cache;
  }
  const revoke = (channel: string, hash: string) => store.query('SELECT pg_notify($1, $2)', [channel, hash]);

  it('drops a token when its revocation is heard, and keeps nothing a lookup found across a revocation', async () => {
    const cache = await listeningCache();
    cache.keep('a', worker, later, cache.since());
    cache.keep('b', worker, later, cache.since());
    const lookupBegan = cache.since();
    await revoke(cache.channel, 'a');
    await until(() => cache.get('a') === undefined);
    expect(cache.get('b')).toEqual(worker);
    // A lookup of 'c' that ran while 'a' was revoked may have read a session revoked meanwhile.
    cache.keep('c', worker, later, lookupBegan);
    expect(cache.get('c')).toBeUndefined();
  });

  it('never serves a token past its expiry, keeps a bounded number, oldest out first', async () => {
    const cache = await listeningCache({ maxEntries: 2 });
    cache.keep('a', worker, later, cache.since());
    cache.keep('b', worker, later, cache.since());
    cache.keep('c', worker, later, cache.since());
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, worker, worker]);
    clock.advance(15 * 60_000);
    expect(cache.get('b')).toBeUndefined();
  });
});
