import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { HttpError, toHttpError } from './errors';

/** The only error middleware: every failure of every route ends here. */
export function errorMiddleware(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, body, unexpected } = toHttpError(error);
    if (unexpected) logger.error({ err: error }, 'unexpected error');
    res.status(status).json(body);
  };
}

/** Any `/api` path no route answered. */
export function apiNotFound(req: Request, _res: Response, next: NextFunction): void {
  next(new HttpError('NOT_FOUND', `no such endpoint: ${req.method} ${req.path}`));
}
