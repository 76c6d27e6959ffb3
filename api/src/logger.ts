import pino, { type Logger } from 'pino';

/**
 * Fields that may carry secrets (passwords, tokens, the Authorization header) or personal data (the
 * client's data, form data, case variables, message payloads, request bodies), at the top of a log
 * object or one level down (`err.data`, `req.headers`…).
 */
const SECRET_OR_PERSONAL = [
  'password',
  'passwordHash',
  'password_hash',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'cookie',
  'client',
  'data',
  'variables',
  'payload',
  'body',
  'form',
];
export const REDACTED_PATHS = SECRET_OR_PERSONAL.flatMap((field) => [field, `*.${field}`]).concat(['req.headers.authorization', 'req.headers.cookie']);

/**
 * JSON lines on stdout. Secrets and personal data never reach a log: the fields that could carry them
 * are redacted wherever they appear.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'jingzhun-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
