import type { LoginResponse, User } from '@jingzhun/api/contract';

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token stops being accepted. */
  expiresAt: number;
  user: User;
}

const KEY = 'jingzhun.session';

/**
 * Keeps the signed-in session in localStorage so a reload keeps the user signed in, and tells
 * listeners when it changes (sign-in, refresh, sign-out, expiry).
 */
export class SessionStore {
  private session: Session | null;
  private readonly listeners = new Set<(s: Session | null) => void>();

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null) {
    this.session = SessionStore.read(storage);
  }

  private static read(storage: Pick<Storage, 'getItem'> | null): Session | null {
    try {
      const raw = storage?.getItem(KEY);
      return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      return null;
    }
  }

  get current(): Session | null {
    return this.session;
  }

  setFromLogin(response: LoginResponse, now = Date.now()): Session {
    const session: Session = {
      accessToken: response.accessToken,
      refreshToken: response.refreshToken,
      expiresAt: now + response.expiresIn * 1000,
      user: response.user,
    };
    this.set(session);
    return session;
  }

  clear(): void {
    this.set(null);
  }

  subscribe(listener: (s: Session | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(session: Session | null): void {
    this.session = session;
    try {
      if (session) this.storage?.setItem(KEY, JSON.stringify(session));
      else this.storage?.removeItem(KEY);
    } catch {
      // Private browsing may refuse storage; the session then lasts as long as the page.
    }
    for (const l of this.listeners) l(session);
  }
}
