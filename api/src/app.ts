/**
 * Builds the Express application without listening, so tests drive it with supertest and `server.ts`
 * decides where it listens.
 *
 * @example
 *   const app = createApp({ store, logger, config: { bodyLimit: 1 << 20, editorDir } });
 *   app.listen(3000);
 */
import express, { type Express } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import { createRuntime, type Runtime, type Store } from '@jingzhun/engine';
import { createAccounts, type Accounts, type Clock } from './accounts/accounts';
import type { ApiConfig } from './config';
import { createAuditTrail, type AuditTrail } from './http/audit';
import { editorFiles } from './http/editor-files';
import { apiNotFound, errorMiddleware } from './http/error-middleware';
import { HttpError } from './http/errors';
import { engineGauges } from './http/engine-gauges';
import { createMetrics } from './http/metrics';
import { buildOpenApi, openApiRoutes } from './http/openapi';
import { requestContextMiddleware } from './http/request-context';
import { ApiRoutes } from './http/route';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { caseRoutes } from './routes/cases';
import { districtRoutes } from './routes/districts';
import { healthRoutes } from './routes/health';
import { standardsRoutes } from './routes/standards';
import { supervisionRoutes } from './routes/supervision';
import { supervisionNoticeRoutes } from './routes/supervision-notices';
import { systemRoutes } from './routes/system';
import { workloadRoutes } from './routes/workload';
import { createArchive } from './standards/archive';
import { createAuthoring, type Authoring } from './standards/authoring';
import { createCatalogue, type StandardsCatalogue } from './standards/catalogue';
import { createValidationPool, type ValidationPool, type ValidationPoolOptions } from './standards/validation-pool';
import { createProgress, type Progress } from './system/progress';

export interface AppDeps {
  store: Store;
  logger: Logger;
  config: Pick<ApiConfig, 'bodyLimit' | 'editorDir'> & Partial<Pick<ApiConfig, 'loginRateLimit' | 'passwordHashCost' | 'validationWorkers'>>;
  clock?: Clock;
  /** The engine's runtime; built over the store when not given. */
  runtime?: Runtime;
  /** `strict` in tests: a response breaking its schema is a 500. */
  responseValidation?: 'strict' | 'log';
  /** The validation pool's queue and deadline (tests shorten the deadline); its workers come from the config. */
  validation?: Omit<ValidationPoolOptions, 'workers'>;
}

/** What the app is made of, for tests and the seed to use without HTTP. */
export interface AppServices {
  accounts: Accounts;
  audit: AuditTrail;
  routes: ApiRoutes;
  runtime: Runtime;
  authoring: Authoring;
  catalogue: StandardsCatalogue;
  progress: Progress;
  /** Validates standard documents in worker threads; whoever creates the app closes it. */
  validation: ValidationPool;
}

export type App = Express & { services: AppServices };

const systemClock: Clock = { now: () => new Date() };

export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? systemClock;
  const accounts = createAccounts({ store: deps.store, clock, passwordCost: deps.config.passwordHashCost });
  const audit = createAuditTrail(deps.store, deps.logger);
  const validation = createValidationPool({ ...deps.validation, workers: deps.config.validationWorkers ?? 1 });
  // A version is validated again when it is first compiled: off the event loop too.
  const runtime = deps.runtime ?? createRuntime({ store: deps.store, clock, logger: deps.logger, validate: (standard) => validation.validate(standard) });
  const authoring = createAuthoring({ store: deps.store, clock, versions: runtime, validate: (standard) => validation.validate(standard) });
  const catalogue = createCatalogue(authoring, runtime);
  const progress = createProgress(clock);
  const metrics = createMetrics(engineGauges(deps.store, clock), (error) => deps.logger.warn({ err: error }, 'metrics: the store did not answer'));
  const routes = new ApiRoutes();
  healthRoutes(routes, deps.store);
  authRoutes(routes, accounts);
  standardsRoutes(routes, deps.store, catalogue, createArchive(catalogue));
  districtRoutes(routes, runtime);
  caseRoutes(routes, runtime);
  workloadRoutes(routes, runtime);
  auditRoutes(routes, audit);
  supervisionNoticeRoutes(routes, runtime);
  supervisionRoutes(routes, runtime);
  systemRoutes(routes, progress);

  const app = express() as unknown as App;
  app.services = { accounts, audit, routes, runtime, authoring, catalogue, progress, validation };
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  app.use(requestContextMiddleware(deps.logger));
  app.use(metrics.middleware);
  app.get('/metrics', (req, res) => metrics.handler(req, res));

  const api = express.Router();
  api.use(express.json({ limit: deps.config.bodyLimit, strict: true }));
  // Standards travel as zips of the folder format (import); the same body limit holds.
  api.use(express.raw({ type: 'application/zip', limit: deps.config.bodyLimit }));
  api.use(
    '/auth/login',
    rateLimit({
      windowMs: 60_000,
      limit: deps.config.loginRateLimit ?? 10,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${String((req.body as { username?: unknown } | undefined)?.username ?? '')}`,
      handler: (_req, _res, next) =>
        next(new HttpError('TOO_MANY_REQUESTS', { zh: '登录尝试过于频繁，请一分钟后再试', en: 'too many sign-in attempts; try again in a minute' })),
    }),
  );
  const document = () => buildOpenApi(routes.routes, '0.1.0');
  api.use(openApiRoutes(document));
  const mounted = express.Router();
  routes.mount(mounted, { accounts, audit, logger: deps.logger, responseValidation: deps.responseValidation ?? 'log', clock });
  api.use(mounted);
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(editorFiles(deps.config.editorDir));
  app.use(errorMiddleware(deps.logger));
  return app;
}
