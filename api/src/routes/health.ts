import { Router } from 'express';
import type { Store } from '@jingzhun/engine';

/** `GET /api/health`: whether the process and its store answer, and which store and migration it runs. */
export function healthRoutes(store: Store): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    let status: 'ok' | 'unavailable' = 'ok';
    try {
      await store.query('SELECT 1');
    } catch {
      status = 'unavailable';
    }
    res.status(status === 'ok' ? 200 : 503).json({ status, store: store.kind, migration: store.migration });
  });
  return router;
}
