/**
 * The one base class of the platform's errors, in every workspace, as Temporal's SDK keeps one in its
 * common package. A condition a caller can act on has its own subclass with a stable string `code`
 * (what clients branch on; it survives serialisation), a message a person can read in both languages,
 * and `details` that say where each problem is: a JSON pointer into submitted data or a BPMN element
 * id. The API maps a JingzhunError to its HTTP status by its code, recognised with `instanceof`;
 * anything else thrown is a fault of the platform.
 *
 * @example
 *   class CaseNotFoundError extends JingzhunError {
 *     readonly code = 'CASE_NOT_FOUND';
 *     constructor(readonly caseId: string) {
 *       super(`case ${caseId} not found`, { localized: { zh: '个案不存在', en: 'no such case' } });
 *     }
 *   }
 */
import type { Problem } from './problem';
import type { LocalizedText } from './schema/localized-text';

/** Where one problem is — a JSON pointer into submitted data, or a BPMN element's id — and what it is, in zh and en. */
export interface ErrorDetail {
  pointer?: string;
  elementId?: string;
  message: LocalizedText;
}

export interface JingzhunErrorOptions {
  /** What went wrong, said to a person; without it, clients are told what the code means. */
  localized?: LocalizedText;
  /** Where the problems are, when there are several or they have a place. */
  details?: readonly ErrorDetail[];
  /** The error this one stands for (a driver's, a library's). */
  cause?: unknown;
}

export abstract class JingzhunError extends Error {
  /** Stable and machine-readable, e.g. `CASE_NOT_FOUND`. */
  abstract readonly code: string;
  /** What went wrong in both languages, when the code alone does not say it; `message` is the English for logs. */
  readonly localized: LocalizedText | undefined;
  readonly details: readonly ErrorDetail[];

  constructor(message: string, options: JingzhunErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.localized = options.localized;
    this.details = options.details ?? [];
  }
}

/** A problem found by validation as a detail of an error: where and what, without its severity and code. */
export function detailOf(problem: Problem): ErrorDetail {
  return {
    ...(problem.pointer !== undefined ? { pointer: problem.pointer } : {}),
    ...(problem.elementId !== undefined ? { elementId: problem.elementId } : {}),
    message: problem.message,
  };
}
