/** Where a detail of an error belongs: a field (JSON pointer) or a BPMN element. */
export interface ErrorDetail {
  pointer?: string;
  elementId?: string;
  message: string;
}

/**
 * Thrown when the API answers with an error body `{code, message, details}`, or cannot be reached
 * (`code` is then `NETWORK_ERROR`). `message` is already in the language the request asked for.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: readonly ErrorDetail[];

  constructor(status: number, code: string, message: string, details: readonly ErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The messages that concern one field, for showing them next to it. */
  detailsFor(pointer: string): string[] {
    return this.details.filter((d) => d.pointer === pointer).map((d) => d.message);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Reads an error body defensively: a proxy or a crash may answer with anything. */
export function errorFromBody(status: number, body: unknown, fallbackMessage: string): ApiError {
  if (body && typeof body === 'object') {
    const b = body as { code?: unknown; message?: unknown; details?: unknown };
    const details = Array.isArray(b.details)
      ? b.details
          .filter((d): d is ErrorDetail => !!d && typeof d === 'object' && typeof (d as ErrorDetail).message === 'string')
          .map((d) => ({ pointer: d.pointer, elementId: d.elementId, message: d.message }))
      : [];
    return new ApiError(
      status,
      typeof b.code === 'string' ? b.code : `HTTP_${status}`,
      typeof b.message === 'string' ? b.message : fallbackMessage,
      details,
    );
  }
  return new ApiError(status, `HTTP_${status}`, fallbackMessage);
}
