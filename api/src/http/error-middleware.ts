import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { HttpError, toHttpError } from './errors';
import { languageOf } from './language';
import { requestIdOf } from './request-context';

/**
 * The only error middleware: every failure of every route ends here. A JingzhunError with a code a
 * client can receive becomes its status and body (`toHttpError`); anything else is logged and a 500.
 */
export function errorMiddleware(logger: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, body, unexpected } = toHttpError(error, languageOf(req));
    if (unexpected) logger.error({ err: error, requestId: requestIdOf(res) }, 'unexpected error');
    res.status(status).json(body);
  };
}

/** Any `/api` path no route answered. */
export function apiNotFound(req: Request, _res: Response, next: NextFunction): void {
  next(new HttpError('NOT_FOUND', { zh: `没有这个接口：${req.method} ${req.path}`, en: `no such endpoint: ${req.method} ${req.path}` }));
}
