/**
 * The one place that knows HTTP status codes. Domain errors carry a string `code`; this maps each code
 * to a status in one exhaustive switch, and shapes every error body as `{code, message, details?}`.
 */

export interface ErrorDetail {
  /** JSON pointer the detail concerns: into the body, or `/query/…`, `/path/…`. */
  pointer?: string;
  /** BPMN element id the detail concerns. */
  elementId?: string;
  message: string;
}

type Localized = { zh: string; en: string };

export interface ErrorBody {
  code: string;
  message: string;
  details?: ErrorDetail[];
}

/** Every error code a client can receive: the HTTP layer's own, the API's and the domain's. */
export const HTTP_ERROR_CODES = [
  'NOT_FOUND',
  'BAD_JSON',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'USERNAME_TAKEN',
  'STANDARD_NOT_FOUND',
  'STANDARD_EXISTS',
  'STANDARD_INVALID',
  'DRAFT_NOT_FOUND',
  'DRAFT_STALE',
  'LIFECYCLE_FORBIDDEN',
  'SELF_REVIEW',
  'ARCHIVE_INVALID',
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
    readonly localized?: Localized,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Shorthand for an error whose message exists in both languages. */
export function httpError(code: ErrorCode, message: Localized, details?: ErrorDetail[]): HttpError {
  return new HttpError(code, message.en, details, message);
}

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_JSON':
    case 'BAD_REQUEST':
    case 'STANDARD_INVALID':
    case 'ARCHIVE_INVALID':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'SELF_REVIEW':
      return 403;
    case 'NOT_FOUND':
    case 'STANDARD_NOT_FOUND':
    case 'DRAFT_NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'USERNAME_TAKEN':
    case 'STANDARD_EXISTS':
    case 'DRAFT_STALE':
    case 'LIFECYCLE_FORBIDDEN':
      return 409;
    case 'TOO_MANY_REQUESTS':
      return 429;
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
      return httpError('BAD_JSON', {
        zh: `请求体不是有效的 JSON：${error.message ?? ''}`,
        en: `the request body is not valid JSON: ${error.message ?? ''}`,
      });
    case 'entity.too.large':
      return httpError('PAYLOAD_TOO_LARGE', { zh: '请求体超过服务器允许的大小', en: 'the request body is larger than the server accepts' });
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

type RawDetail = { pointer?: string; elementId?: string; message: string | Localized };

function detailsIn(raw: unknown, lang: 'zh' | 'en'): ErrorDetail[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return (raw as RawDetail[]).map((d) => ({
    ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
    ...(d.elementId !== undefined ? { elementId: d.elementId } : {}),
    message: typeof d.message === 'string' ? d.message : d.message[lang],
  }));
}

/**
 * Turns anything thrown into the status and body sent, in the caller's language, and says whether it
 * was our fault. Domain errors are recognised by their string `code`.
 */
export function toHttpError(error: unknown, lang: 'zh' | 'en' = 'zh'): { status: number; body: ErrorBody; unexpected: boolean } {
  let known: HttpError | undefined;
  if (error instanceof HttpError) known = error;
  else if (error && typeof error === 'object') {
    known = fromBodyParser(error as { type?: unknown; message?: string });
    const code = (error as { code?: unknown }).code;
    if (!known && isErrorCode(code)) {
      const e = error as { message: string; details?: unknown; problems?: unknown; localized?: Localized };
      known = new HttpError(code, e.message, detailsIn(e.details ?? e.problems, lang), e.localized);
    }
  }
  if (!known) {
    const message = lang === 'zh' ? '服务器发生意外错误' : 'an unexpected error occurred';
    return { status: 500, body: { code: 'INTERNAL', message }, unexpected: true };
  }
  const body: ErrorBody = { code: known.code, message: known.localized?.[lang] ?? known.message };
  if (known.details?.length) body.details = known.details;
  return { status: statusOf(known.code), body, unexpected: known.code === 'INTERNAL' };
}
