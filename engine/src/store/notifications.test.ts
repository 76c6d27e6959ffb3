import { storeTargets, testDatabaseUrl, type TestStore } from '../testing';
import { openStore } from './open-store';
import type { Listener, Store } from './store';

/** A listener that keeps what it was told, and a way to wait until it has been told something. */
function recorder() {
  const told: string[] = [];
  const waiting = new Set<() => void>();
  const tell = (what: string) => {
    told.push(what);
    for (const check of waiting) check();
  };
  const listener: Listener = {
    heard: (payload) => tell(`heard ${payload}`),
    lost: () => tell('lost'),
    listening: () => tell('listening'),
  };
  /** Resolves when what it was told satisfies `what`: checked each time it is told something. */
  const until = (what: (told: string[]) => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!what(told)) return;
        waiting.delete(check);
        resolve();
      };
      waiting.add(check);
      check();
    });
  return { told, listener, until };
}

const notify = (store: Store, channel: string, payload: string) =>
  store.transaction((tx) => tx.query('SELECT pg_notify($1, $2)', [store.channelName(channel), payload]));

describe.each(storeTargets())('notifications on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  it('hears what a committed transaction notified, not what a rolled-back one did, until it stops', async () => {
    const r = recorder();
    const stop = await store.listen('sessions', r.listener);
    expect(r.told).toEqual(['listening']);
    await notify(store, 'sessions', 'one');
    await expect(
      store.transaction(async (tx) => {
        await tx.query('SELECT pg_notify($1, $2)', [store.channelName('sessions'), 'rolled back']);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    await notify(store, 'other', 'elsewhere');
    await notify(store, 'sessions', 'two');
    await r.until((t) => t.includes('heard two'));
    expect(r.told).toEqual(['listening', 'heard one', 'heard two']);

    await stop();
    await notify(store, 'sessions', 'three');
    await notify(store, 'probe', 'x');
    const probe = recorder();
    await store.listen('probe', probe.listener);
    await notify(store, 'probe', 'after');
    await probe.until((t) => t.includes('heard after'));
    expect(r.told).not.toContain('heard three');
  });
});

const databaseUrl = testDatabaseUrl();
(databaseUrl ? describe : describe.skip)('notifications between processes on PostgreSQL', () => {
  const schema = `test_notify_${process.pid}`;
  const opened: Store[] = [];
  const open = async (s = schema) => {
    const store = await openStore({ databaseUrl, schema: s, poolSize: 2 });
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    await opened[0]?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_b" CASCADE`);
    for (const store of opened.splice(0)) await store.close();
  });

  it('carries a notification to every store on the same schema and to none on another', async () => {
    const [a, b, elsewhere] = [await open(), await open(), await open(`${schema}_b`)];
    const [hearsA, hearsB, hearsElsewhere] = [recorder(), recorder(), recorder()];
    await a.listen('sessions', hearsA.listener);
    await b.listen('sessions', hearsB.listener);
    await elsewhere.listen('sessions', hearsElsewhere.listener);
    await notify(a, 'sessions', 'revoked-1');
    await hearsB.until((t) => t.includes('heard revoked-1'));
    await hearsA.until((t) => t.includes('heard revoked-1'));
    await notify(elsewhere, 'sessions', 'own');
    await hearsElsewhere.until((t) => t.includes('heard own'));
    expect(hearsElsewhere.told).not.toContain('heard revoked-1');
    // Notifications reach a listener in the order they were committed: once B hears a later one, it
    // would have heard the other schema's before it.
    await notify(a, 'sessions', 'revoked-2');
    await hearsB.until((t) => t.includes('heard revoked-2'));
    expect(hearsB.told).not.toContain('heard own');
  });

  it('tells its listeners when the connection is lost, listens again, and hears what follows', async () => {
    const [a, b] = [await open(), await open()];
    const r = recorder();
    await b.listen('sessions', r.listener);
    await a.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jingzhun-listener' AND query LIKE $1`,
      [`%${b.channelName('sessions')}%`],
    );
    await r.until((t) => t.includes('lost'));
    await r.until((t) => t.filter((x) => x === 'listening').length === 2);
    await notify(a, 'sessions', 'after');
    await r.until((t) => t.includes('heard after'));
    expect(r.told).toEqual(['listening', 'lost', 'listening', 'heard after']);
  });
});
