import { Type } from '@sinclair/typebox';
import type { ApiRoutes } from '../http/route';
import { Localized } from '../schemas/common';
import type { Progress } from '../system/progress';

export function systemRoutes(api: ApiRoutes, progress: Progress): void {
  api.add({
    method: 'get',
    path: '/system/progress',
    summary: 'Long work running in the background (e.g. filling the demo history) and how far it got',
    tags: ['system'],
    permission: 'authenticated',
    response: Type.Object({
      items: Type.Array(
        Type.Object({
          id: Type.String(),
          label: Localized,
          state: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
          done: Type.Number(),
          total: Type.Number(),
          startedAt: Type.String(),
          updatedAt: Type.String(),
          rate: Type.Number(),
          etaSeconds: Type.Union([Type.Number(), Type.Null()]),
          error: Type.Union([Type.String(), Type.Null()]),
        }),
      ),
    }),
    handler: () => ({ items: progress.list() }),
  });
}
