/**
 * Builds the Express application without listening, so tests drive it with supertest and `server.ts`
 * decides where it listens.
 *
 * @example
 *   const app = createApp({ store, logger, config: { bodyLimit: 1 << 20, editorDir } });
 *   app.listen(3000);
 */
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Store } from '@jingzhun/engine';
import type { ApiConfig } from './config';
import { editorFiles } from './http/editor-files';
import { apiNotFound, errorMiddleware } from './http/error-middleware';
import { requestContextMiddleware } from './http/request-context';
import { healthRoutes } from './routes/health';

export interface AppDeps {
  store: Store;
  logger: Logger;
  config: Pick<ApiConfig, 'bodyLimit' | 'editorDir'>;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestContextMiddleware(deps.logger));

  const api = express.Router();
  api.use(express.json({ limit: deps.config.bodyLimit, strict: true }));
  api.use(healthRoutes(deps.store));
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(editorFiles(deps.config.editorDir));
  app.use(errorMiddleware(deps.logger));
  return app;
}
