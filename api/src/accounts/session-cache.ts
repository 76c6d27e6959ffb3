/**
 * Access tokens this process has already checked, so most requests need no lookup of their session.
 *
 * It is kept only while the process hears the store's `sessions` channel, where every revocation
 * (logout, refresh) is notified by the transaction that makes it: an entry goes when its revocation is
 * heard, in whichever process it happened, and every entry goes the moment the channel is lost. An
 * entry is also checked again in the store after `maxAgeMs` at the latest, for changes no revocation
 * announces (a user disabled in the database by hand), and never outlives its token's expiry.
 *
 * @example
 *   const cache = createSessionCache(store, clock);
 *   const user = cache.get(hash) ?? (await lookUp(hash));          // then cache.keep(hash, user, expiresAt, since)
 *   await tx.query(REVOKE_AND_NOTIFY, [hash, now, cache.channel]); // the revocation reaches every process
 */
import type { Store } from '@jingzhun/engine';
import type { User } from './roles';

export interface SessionCacheOptions {
  /** Entries kept at most (the oldest go first). */
  maxEntries?: number;
  /** Longest an entry is trusted before the store is asked again. */
  maxAgeMs?: number;
}

interface Entry {
  user: User;
  expiresAt: number;
  checkedAt: number;
}

export function createSessionCache(store: Store, clock: { now(): Date }, options: SessionCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 10_000;
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const entries = new Map<string, Entry>();
  let trusted = false;
  // Moves on at every revocation heard and every loss: a lookup that ran across one may have read a
  // session just revoked, so what it found is not kept.
  let epoch = 0;

  void store.listen('sessions', {
    heard(hash) {
      epoch += 1;
      entries.delete(hash);
    },
    lost() {
      epoch += 1;
      trusted = false;
      entries.clear();
    },
    listening() {
      trusted = true;
    },
  }).catch(() => undefined);

  return {
    /** The name revocations are notified under (`pg_notify(channel, access hash)`). */
    channel: store.channelName('sessions'),

    /** Where a lookup starts: hand it to `keep` with what the lookup found. */
    since(): number {
      return epoch;
    },

    /** The user of a token checked before, if it may be trusted still. */
    get(hash: string): User | undefined {
      if (!trusted) return undefined;
      const entry = entries.get(hash);
      if (!entry) return undefined;
      const now = clock.now().getTime();
      if (entry.expiresAt <= now || now - entry.checkedAt > maxAgeMs) {
        entries.delete(hash);
        return undefined;
      }
      return entry.user;
    },

    /** Keeps a session the store has just vouched for (a lookup begun at `since`). */
    keep(hash: string, user: User, expiresAt: Date, since: number): void {
      if (!trusted || since !== epoch) return;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(hash, { user, expiresAt: expiresAt.getTime(), checkedAt: clock.now().getTime() });
    },

    /** Forgets a token at once in this process (the notification tells the others). */
    forget(hash: string): void {
      epoch += 1;
      entries.delete(hash);
    },
  };
}

