import { ApiError, errorFromBody } from './api-error';
import type { SessionStore } from './session-store';
import type { LoginResponse } from '@jingzhun/api/contract';

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Return the raw response (downloads) instead of parsed JSON. */
  raw?: boolean;
  /** Calls that must not trigger a token refresh (login, refresh itself). */
  anonymous?: boolean;
  /** A token to send instead of the session's (logout, after the session is already gone). */
  token?: string;
}

/** Refresh this long before the access token expires, so a request never leaves with a stale one. */
const REFRESH_MARGIN_MS = 30_000;

export function buildQuery(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * fetch with the bearer token, the user's language, one transparent token refresh on expiry, and
 * every failure turned into an {@link ApiError}.
 */
export class HttpClient {
  private refreshing: Promise<boolean> | null = null;

  constructor(
    private readonly session: SessionStore,
    private readonly language: () => string,
    private readonly messages: { network: string; unexpected: string },
    private readonly base = '/api',
  ) {}

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    if (!options.anonymous) await this.refreshIfDue();
    let response = await this.send(method, path, options);
    if (response.status === 401 && !options.anonymous && this.session.current) {
      if (await this.refresh()) response = await this.send(method, path, options);
      else this.session.clear();
    }
    if (!response.ok) throw errorFromBody(response.status, await readJson(response), this.messages.unexpected);
    if (options.raw) return response as unknown as T;
    if (response.status === 204) return undefined as T;
    return (await readJson(response)) as T;
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { 'Accept-Language': this.language() };
    const token = options.token ?? this.session.current?.accessToken;
    if (token && (!options.anonymous || options.token)) headers.Authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (options.body instanceof Blob) {
      body = options.body;
      headers['Content-Type'] = 'application/zip';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
    try {
      return await fetch(`${this.base}${path}${buildQuery(options.query)}`, { method, headers, body });
    } catch {
      throw new ApiError(0, 'NETWORK_ERROR', this.messages.network);
    }
  }

  private async refreshIfDue(): Promise<void> {
    const s = this.session.current;
    if (s && s.expiresAt - Date.now() < REFRESH_MARGIN_MS) await this.refresh();
  }

  /** One refresh at a time: parallel requests that all found the token expired share it. */
  private refresh(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.doRefresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async doRefresh(): Promise<boolean> {
    const refreshToken = this.session.current?.refreshToken;
    if (!refreshToken) return false;
    try {
      const response = await this.send('POST', '/auth/refresh', { body: { refreshToken }, anonymous: true });
      if (!response.ok) return false;
      this.session.setFromLogin((await response.json()) as LoginResponse);
      return true;
    } catch {
      return false;
    }
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
