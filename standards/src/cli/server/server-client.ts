/**
 * The `std` CLI's client of a Jingzhun server: signs in (or uses a given token), imports and exports
 * standards as zips, and signs out again. Plain `fetch`; every failure becomes a `ServerError` whose
 * message is the server's own, in the language asked for.
 *
 * @example
 *   const client = await ServerClient.connect({ server: 'http://localhost:3000', user: 'officer', password }, 'zh');
 *   const result = await client.importZip(bytes);
 *   await client.close();
 */
import type { LocalizedText } from '../../schema/localized-text';
import type { Lang } from '../cli-io';

/** Thrown when the server cannot be reached or refuses a request; `details` are the server's. */
export class ServerError extends Error {
  readonly code: string;
  constructor(
    code: string,
    message: string,
    readonly status: number | undefined,
    readonly details: ReadonlyArray<{ pointer?: string; elementId?: string; message: string }> = [],
  ) {
    super(message);
    this.code = code;
    this.name = 'ServerError';
  }
}

export interface Credentials {
  server: string;
  user?: string | undefined;
  password?: string | undefined;
  token?: string | undefined;
}

export interface ImportedDraft {
  code: string;
  created: boolean;
  draft: { revision: number; status: string; problems: Array<{ severity: string; code: string; message: LocalizedText; pointer?: string; elementId?: string }> };
}

export class ServerClient {
  private constructor(
    private readonly base: string,
    private readonly token: string,
    private readonly lang: Lang,
    /** Whether the CLI signed in itself, and so signs out when done. */
    private readonly ownSession: boolean,
  ) {}

  static async connect(credentials: Credentials, lang: Lang): Promise<ServerClient> {
    let base: URL;
    try {
      base = new URL('/api/', credentials.server);
    } catch {
      throw new ServerError('SERVER_URL_INVALID', lang === 'zh' ? `服务器地址无效：${credentials.server}` : `not a server URL: ${credentials.server}`, undefined);
    }
    if (credentials.token) return new ServerClient(base.href, credentials.token, lang, false);
    if (!credentials.user || credentials.password === undefined) {
      throw new ServerError(
        'CREDENTIALS_MISSING',
        lang === 'zh' ? '请用 --user 和 --password 或 --token 提供登录凭据' : 'give --user and --password, or --token',
        undefined,
      );
    }
    const session = await send<{ accessToken: string }>(base.href, 'auth/login', lang, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: credentials.user, password: credentials.password }),
    });
    return new ServerClient(base.href, session.accessToken, lang, true);
  }

  importZip(bytes: Uint8Array): Promise<ImportedDraft> {
    return this.request<ImportedDraft>('standards/import', { method: 'POST', headers: { 'Content-Type': 'application/zip' }, body: bytes });
  }

  async exportZip(code: string, version: number | 'draft' | undefined): Promise<Uint8Array> {
    const query = version === undefined ? '' : `?version=${version}`;
    const res = await this.raw(`standards/${encodeURIComponent(code)}/export${query}`, { method: 'GET' });
    return new Uint8Array(await res.arrayBuffer());
  }

  /** Signs out when the CLI signed in; a token given by the caller stays valid. */
  async close(): Promise<void> {
    if (!this.ownSession) return;
    await this.raw('auth/logout', { method: 'POST' }).catch(() => undefined);
  }

  private async request<T>(path: string, init: RequestInit): Promise<T> {
    const res = await this.raw(path, init);
    return (await res.json()) as T;
  }

  private raw(path: string, init: RequestInit): Promise<Response> {
    return call(this.base, path, this.lang, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${this.token}` } });
  }
}

async function call(base: string, path: string, lang: Lang, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(new URL(path, base), { ...init, headers: { ...(init.headers as Record<string, string>), 'Accept-Language': lang === 'zh' ? 'zh-CN' : 'en' } });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new ServerError('SERVER_UNREACHABLE', lang === 'zh' ? `无法连接服务器 ${base}：${cause}` : `cannot reach the server ${base}: ${cause}`, undefined);
  }
  if (res.ok) return res;
  const body = (await res.json().catch(() => undefined)) as { code?: string; message?: string; details?: ServerError['details'] } | undefined;
  throw new ServerError(body?.code ?? `HTTP_${res.status}`, body?.message ?? `HTTP ${res.status}`, res.status, body?.details ?? []);
}

async function send<T>(base: string, path: string, lang: Lang, init: RequestInit): Promise<T> {
  return (await (await call(base, path, lang, init)).json()) as T;
}
