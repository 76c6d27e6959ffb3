/**
 * The one place that knows HTTP status codes. Domain errors carry a string `code`; this maps each code
 * to a status in one exhaustive switch, and shapes every error body as `{code, message, details?}`.
 */

export interface ErrorDetail {
  /** JSON pointer into the request (body, query or path) the detail concerns. */
  pointer?: string;
  /** BPMN element id the detail concerns. */
  elementId?: string;
  message: string;
}

export interface ErrorBody {
  code: string;
  message: string;
  details?: ErrorDetail[];
}

/** Codes the HTTP layer raises itself; domain codes join this list as workspaces add them. */
export const HTTP_ERROR_CODES = [
  'NOT_FOUND',
  'BAD_JSON',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'STORE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof HTTP_ERROR_CODES)[number];

/** Thrown by handlers for a failure the client should see; the middleware turns it into a response. */
export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_JSON':
    case 'BAD_REQUEST':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'STORE_UNAVAILABLE':
      return 503;
    case 'INTERNAL':
      return 500;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (HTTP_ERROR_CODES as readonly string[]).includes(value);
}

/** Errors raised by body-parser carry a `type`; those are the client's fault, not ours. */
function fromBodyParser(error: { type?: unknown; message?: string }): HttpError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new HttpError('BAD_JSON', `the request body is not valid JSON: ${error.message ?? ''}`.trim());
    case 'entity.too.large':
      return new HttpError('PAYLOAD_TOO_LARGE', 'the request body is larger than the server accepts');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError('UNSUPPORTED_MEDIA_TYPE', error.message ?? 'unsupported encoding');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new HttpError('BAD_REQUEST', error.message ?? 'the request body could not be read');
    default:
      return undefined;
  }
}

/** Turns anything thrown into the status and body sent, and says whether it was our fault. */
export function toHttpError(error: unknown): { status: number; body: ErrorBody; unexpected: boolean } {
  let known: HttpError | undefined;
  if (error instanceof HttpError) known = error;
  else if (error && typeof error === 'object') {
    known = fromBodyParser(error as { type?: unknown; message?: string });
    const code = (error as { code?: unknown }).code;
    if (!known && isErrorCode(code)) {
      known = new HttpError(code, (error as Error).message, (error as { details?: ErrorDetail[] }).details);
    }
  }
  if (!known) {
    return { status: 500, body: { code: 'INTERNAL', message: 'an unexpected error occurred' }, unexpected: true };
  }
  const body: ErrorBody = { code: known.code, message: known.message };
  if (known.details?.length) body.details = known.details;
  return { status: statusOf(known.code), body, unexpected: known.code === 'INTERNAL' };
}
