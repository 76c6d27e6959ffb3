import type { LocalizedText } from './schema/localized-text';

export type Severity = 'error' | 'warning';

/**
 * One thing wrong with a standard (or a piece of one), said in both languages and located by a JSON
 * pointer into the document or by the id of a BPMN element.
 */
export interface Problem {
  severity: Severity;
  /** Stable machine-readable code, e.g. `USER_TASK_NO_ROLE`. */
  code: string;
  message: LocalizedText;
  pointer?: string;
  elementId?: string;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
