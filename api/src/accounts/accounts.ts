/**
 * Accounts and sessions: users with a role, a district and an organisation; sign-in with a short-lived
 * access token and a refresh token (opaque, stored only as hashes, revocable at once: a revocation is
 * notified to every process, whose session caches drop the token when they hear it).
 *
 * @example
 *   const accounts = createAccounts({ store, clock });
 *   const session = await accounts.login('dongcheng.worker', 'jingzhun-demo', { ip });
 *   const user = await accounts.authenticate(session.accessToken);
 */
import type { Queryable, Store } from '@jingzhun/engine';
import { DistrictRequiredError, InvalidCredentialsError, UnauthenticatedError, UsernameTakenError } from './errors';
import { hashPassword, verifyPassword } from './passwords';
import { worksInDistrict, type Role, type User } from './roles';
import { createSessionCache, type SessionCacheOptions } from './session-cache';
import { hashToken, newId, newToken } from './tokens';

export interface Clock {
  now(): Date;
}

export interface NewUser {
  username: string;
  password: string;
  displayName: { zh: string; en: string };
  role: Role;
  district?: string | null;
  organisation?: string | null;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: User;
}

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  display_name: { zh: string; en: string };
  role: Role;
  district: string | null;
  organisation_id: string | null;
  disabled: boolean;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    district: row.district,
    organisation: row.organisation_id,
  };
}

// A hash of a random password: comparing against it takes as long as a real check, so a wrong
// username cannot be told from a wrong password by timing.
const DECOY_HASH = '$2b$10$tRJeTQhDtaU4//Dv8OTK/.lbweeFY3oZoAryxisEOb/uu3tMNmgB6';

export interface AccountsOptions {
  store: Store;
  clock: Clock;
  accessTtlSeconds?: number;
  refreshTtlSeconds?: number;
  /** bcrypt cost of passwords set from now on (PASSWORD_HASH_COST). */
  passwordCost?: number;
  sessionCache?: SessionCacheOptions;
}

export function createAccounts(options: AccountsOptions) {
  const { store, clock } = options;
  const accessTtl = options.accessTtlSeconds ?? 15 * 60;
  const refreshTtl = options.refreshTtlSeconds ?? 7 * 24 * 3600;
  const checked = createSessionCache(store, clock, options.sessionCache);

  async function issue(db: Queryable, user: User): Promise<Session> {
    const accessToken = newToken();
    const refreshToken = newToken();
    const now = clock.now().getTime();
    await db.query(
      `INSERT INTO sessions(id, user_id, access_hash, access_expires_at, refresh_hash, refresh_expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        newId('ses'),
        user.id,
        hashToken(accessToken),
        new Date(now + accessTtl * 1000),
        hashToken(refreshToken),
        new Date(now + refreshTtl * 1000),
        new Date(now),
      ],
    );
    return { accessToken, refreshToken, expiresIn: accessTtl, user };
  }

  return {
    /** Creates an account; a district role (operator, caseworker, 机构督导) needs its district. */
    async createUser(input: NewUser, db: Queryable = store): Promise<User> {
      if (worksInDistrict(input.role) && !input.district) throw new DistrictRequiredError(input.username, input.role);
      const id = newId('usr');
      const passwordHash = await hashPassword(input.password, options.passwordCost);
      try {
        await db.query(
          `INSERT INTO users(id, username, password_hash, display_name, role, district, organisation_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, input.username, passwordHash, JSON.stringify(input.displayName), input.role, input.district ?? null, input.organisation ?? null],
        );
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new UsernameTakenError(input.username);
        throw error;
      }
      return {
        id,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        district: input.district ?? null,
        organisation: input.organisation ?? null,
      };
    },

    async countUsers(db: Queryable = store): Promise<number> {
      const { rows } = await db.query<{ n: number }>('SELECT count(*) AS n FROM users');
      return rows[0]?.n ?? 0;
    },

    async findUser(id: string): Promise<User | undefined> {
      const { rows } = await store.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] ? toUser(rows[0]) : undefined;
    },

    async listUsers(): Promise<User[]> {
      const { rows } = await store.query<UserRow>('SELECT * FROM users ORDER BY username');
      return rows.map(toUser);
    },

    async login(username: string, password: string): Promise<Session> {
      const { rows } = await store.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]);
      const row = rows[0];
      const ok = await verifyPassword(password, row?.password_hash ?? DECOY_HASH);
      if (!row || !ok || row.disabled) throw new InvalidCredentialsError();
      return store.transaction((tx) => issue(tx, toUser(row)));
    },

    /** Trades a refresh token for a new pair; the old pair stops working. */
    async refresh(refreshToken: string): Promise<Session> {
      let revoked = '';
      const session = await store.transaction(async (tx) => {
        const { rows } = await tx.query<UserRow & { session_id: string; access_hash: string }>(
          `UPDATE sessions s SET revoked_at = $2
             FROM users u
            WHERE s.refresh_hash = $1 AND s.revoked_at IS NULL AND s.refresh_expires_at > $2
              AND u.id = s.user_id AND NOT u.disabled
           RETURNING u.*, s.id AS session_id, s.access_hash, pg_notify($3, s.access_hash) AS notified`,
          [hashToken(refreshToken), clock.now(), checked.channel],
        );
        if (!rows[0]) throw new UnauthenticatedError('invalid');
        revoked = rows[0].access_hash;
        return issue(tx, toUser(rows[0]));
      });
      checked.forget(revoked);
      return session;
    },

    async logout(accessToken: string): Promise<void> {
      const hash = hashToken(accessToken);
      // The notification leaves with the commit: every process drops the token as it hears it, this
      // one at once (a lookup still running from before the commit keeps nothing: see the cache).
      await store.query(
        `WITH revoked AS (UPDATE sessions SET revoked_at = $2 WHERE access_hash = $1 AND revoked_at IS NULL RETURNING access_hash)
         SELECT pg_notify($3, access_hash) FROM revoked`,
        [hash, clock.now(), checked.channel],
      );
      checked.forget(hash);
    },

    /** The user a bearer token belongs to; throws when it is unknown, expired or revoked. */
    async authenticate(accessToken: string): Promise<User> {
      const hash = hashToken(accessToken);
      const known = checked.get(hash);
      if (known) return known;
      const since = checked.since();
      const { rows } = await store.query<UserRow & { access_expires_at: Date; revoked_at: Date | null }>(
        `SELECT u.*, s.access_expires_at, s.revoked_at
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.access_hash = $1`,
        [hash],
        // Every request runs it: prepared once per connection, PostgreSQL neither parses nor plans it again.
        { prepare: true },
      );
      const row = rows[0];
      if (!row || row.revoked_at || row.disabled) throw new UnauthenticatedError('invalid');
      if (row.access_expires_at.getTime() <= clock.now().getTime()) throw new UnauthenticatedError('expired');
      const user = toUser(row);
      checked.keep(hash, user, row.access_expires_at, since);
      return user;
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
