import { ApiError } from './api-error';
import { HttpClient } from './http-client';
import { SessionStore } from './session-store';
import type { LoginResponse, User } from '@jingzhun/api/contract';

const user: User = { id: 'u1', username: 'officer', displayName: { zh: '标准制定人员', en: 'Standards officer' }, role: 'standards_officer', district: null, organisation: null };

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function signedIn(expiresIn = 900) {
  const session = new SessionStore(memoryStorage());
  session.setFromLogin({ accessToken: 'old', refreshToken: 'r1', expiresIn, user } satisfies LoginResponse);
  return session;
}

const messages = { network: '无法连接服务器', unexpected: '意外错误' };

describe('talking to the API', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('keeps the user signed in when the access token expires: refresh once, then repeat the request', async () => {
    const session = signedIn();
    const seen: string[] = [];
    global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
      const auth = (init?.headers as Record<string, string>).Authorization ?? '';
      seen.push(`${init?.method} ${String(url)} ${auth}`);
      if (String(url).endsWith('/auth/refresh')) return json(200, { accessToken: 'new', refreshToken: 'r2', expiresIn: 900, user });
      return auth === 'Bearer new' ? json(200, { items: [] }) : json(401, { code: 'UNAUTHENTICATED', message: '请先登录' });
    }) as typeof fetch;
    const http = new HttpClient(session, () => 'zh-CN', messages);
    await expect(http.request('GET', '/standards')).resolves.toEqual({ items: [] });
    expect(seen).toEqual(['GET /api/standards Bearer old', 'POST /api/auth/refresh ', 'GET /api/standards Bearer new']);
    expect(session.current?.refreshToken).toBe('r2');
  });

  it('signs the user out when the session cannot be refreshed', async () => {
    const session = signedIn();
    global.fetch = jest.fn(async () => json(401, { code: 'UNAUTHENTICATED', message: '请先登录' })) as typeof fetch;
    const http = new HttpClient(session, () => 'zh-CN', messages);
    await expect(http.request('GET', '/standards')).rejects.toMatchObject({ status: 401 });
    expect(session.current).toBeNull();
  });

  it('refreshes ahead of time when the token is about to expire', async () => {
    const session = signedIn(10);
    const urls: string[] = [];
    global.fetch = jest.fn(async (url: string | URL | Request) => {
      urls.push(String(url));
      return String(url).endsWith('/auth/refresh') ? json(200, { accessToken: 'new', refreshToken: 'r2', expiresIn: 900, user }) : json(200, {});
    }) as typeof fetch;
    await new HttpClient(session, () => 'zh-CN', messages).request('GET', '/auth/me');
    expect(urls).toEqual(['/api/auth/refresh', '/api/auth/me']);
  });

  it('reports an error with the fields it concerns', async () => {
    global.fetch = jest.fn(async () =>
      json(400, { code: 'VALIDATION', message: '请求无效', details: [{ pointer: '/caseKey', message: '必填' }, { elementId: 'Task_1', message: '没有角色' }] }),
    ) as typeof fetch;
    const error = await new HttpClient(signedIn(), () => 'zh-CN', messages).request('POST', '/cases', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('VALIDATION');
    expect((error as ApiError).detailsFor('/caseKey')).toEqual(['必填']);
  });

  it('says the server cannot be reached, in the user’s language, when the network fails', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(new HttpClient(signedIn(), () => 'zh-CN', messages).request('GET', '/standards')).rejects.toMatchObject({ code: 'NETWORK_ERROR', message: '无法连接服务器' });
  });

  it('asks for answers in the user’s language and leaves empty filters out of the query', async () => {
    let seen: { url: string; lang: string } | undefined;
    global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
      seen = { url: String(url), lang: (init?.headers as Record<string, string>)['Accept-Language']! };
      return json(200, { items: [] });
    }) as typeof fetch;
    await new HttpClient(signedIn(), () => 'en', messages).request('GET', '/standards', { query: { q: '老年', status: '', district: undefined } });
    expect(seen).toEqual({ url: '/api/standards?q=%E8%80%81%E5%B9%B4', lang: 'en' });
  });
});
