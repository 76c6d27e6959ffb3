/**
 * Notifications over PostgreSQL: one connection of its own (LISTEN holds a connection, so it never
 * comes from the pool), opened by the first `listen` and reopened with a growing pause whenever it is
 * lost. Listeners are told `lost` the moment it drops and `listening` once every channel is heard again.
 *
 * @example
 *   const hub = createPgListener({ connectionString, application_name: 'jingzhun-listener' });
 *   const stop = await hub.listen('jz_public_sessions', { heard: evict, lost: clear, listening: trust });
 */
import { Client, type ClientConfig } from 'pg';
import type { Listener } from './store';

/** First pause before reconnecting; doubled after every failure up to the longest. */
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 10_000;

export interface PgListener {
  listen(channel: string, listener: Listener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function createPgListener(config: ClientConfig): PgListener {
  const channels = new Map<string, Set<Listener>>();
  let client: Client | undefined;
  let opening: Promise<void> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let pause = FIRST_PAUSE_MS;
  let closed = false;

  const everyListener = () => [...channels.values()].flatMap((set) => [...set]);
  const listenSql = (c: Client, channel: string) => `LISTEN ${c.escapeIdentifier(channel)}`;

  function dropped(which: Client): void {
    if (client !== which) return;
    client = undefined;
    which.end().catch(() => undefined);
    for (const listener of everyListener()) listener.lost();
    schedule();
  }

  function schedule(): void {
    if (closed || retry || !channels.size) return;
    retry = setTimeout(() => {
      retry = undefined;
      void open();
    }, pause);
    retry.unref();
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
  }

  /** Connects and listens on every channel; on failure, tries again later. */
  function open(): Promise<void> {
    opening ??= (async () => {
      const c = new Client(config);
      c.on('error', () => dropped(c));
      c.on('end', () => dropped(c));
      c.on('notification', (n) => {
        for (const listener of channels.get(n.channel) ?? []) listener.heard(n.payload ?? '');
      });
      try {
        await c.connect();
        for (const channel of channels.keys()) await c.query(listenSql(c, channel));
      } catch {
        c.removeAllListeners();
        c.on('error', () => undefined);
        await c.end().catch(() => undefined);
        schedule();
        return;
      }
      if (closed) {
        await c.end().catch(() => undefined);
        return;
      }
      client = c;
      pause = FIRST_PAUSE_MS;
      for (const listener of everyListener()) listener.listening();
    })().finally(() => {
      opening = undefined;
    });
    return opening;
  }

  return {
    async listen(channel, listener) {
      let set = channels.get(channel);
      const fresh = !set;
      if (!set) channels.set(channel, (set = new Set()));
      set.add(listener);
      if (opening) await opening;
      if (client) {
        if (fresh) await client.query(listenSql(client, channel)).catch(() => undefined);
        listener.listening();
      } else if (!retry) {
        // Told `listening` by open() once connected (or later, after a pause).
        await open();
      }
      return async () => {
        set.delete(listener);
        if (set.size) return;
        channels.delete(channel);
        if (client) await client.query(`UNLISTEN ${client.escapeIdentifier(channel)}`).catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      if (opening) await opening;
      const c = client;
      client = undefined;
      if (c) {
        c.removeAllListeners();
        c.on('error', () => undefined);
        await c.end().catch(() => undefined);
      }
    },
  };
}
