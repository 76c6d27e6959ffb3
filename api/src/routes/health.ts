import { Type } from '@sinclair/typebox';
import type { Store } from '@jingzhun/engine';
import type { ApiRoutes } from '../http/route';

const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  store: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  migration: Type.Integer(),
});

/** `GET /api/health`: whether the process and its store answer (503 when the store does not), which store and migration it runs. */
export function healthRoutes(api: ApiRoutes, store: Store): void {
  api.add({
    method: 'get',
    path: '/health',
    summary: 'Whether the server and its store answer (503 when the store does not), with the store kind and migration',
    tags: ['system'],
    permission: 'public',
    response: HealthSchema,
    handler: async ({ res }) => {
      let status: 'ok' | 'unavailable' = 'ok';
      try {
        await store.query('SELECT 1');
      } catch {
        status = 'unavailable';
      }
      const body = { status, store: store.kind, migration: store.migration };
      if (status === 'ok') return body;
      res.status(503).json(body);
    },
  });
}
