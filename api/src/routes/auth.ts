import { Type } from '@sinclair/typebox';
import type { Accounts } from '../accounts/accounts';
import type { ApiRoutes } from '../http/route';
import { SessionSchema, UserSchema } from '../schemas/common';

export function authRoutes(api: ApiRoutes, accounts: Accounts): void {
  api.add({
    method: 'post',
    path: '/auth/login',
    summary: 'Sign in; returns a short-lived access token and a refresh token',
    tags: ['accounts'],
    permission: 'public',
    body: Type.Object(
      { username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
      { additionalProperties: false },
    ),
    response: SessionSchema,
    handler: async ({ body, auditDetails }) => {
      auditDetails({ username: body.username });
      return accounts.login(body.username, body.password);
    },
  });

  api.add({
    method: 'post',
    path: '/auth/refresh',
    summary: 'Trade a refresh token for a new pair of tokens',
    tags: ['accounts'],
    permission: 'public',
    body: Type.Object({ refreshToken: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
    response: SessionSchema,
    handler: ({ body }) => accounts.refresh(body.refreshToken),
  });

  api.add({
    method: 'post',
    path: '/auth/logout',
    summary: 'Sign out: the session’s tokens stop working at once',
    tags: ['accounts'],
    permission: 'authenticated',
    status: 204,
    handler: async ({ req }) => {
      const token = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
      if (token) await accounts.logout(token);
    },
  });

  api.add({
    method: 'get',
    path: '/auth/me',
    summary: 'The signed-in user',
    tags: ['accounts'],
    permission: 'authenticated',
    response: UserSchema,
    handler: ({ user }) => user,
  });
}
