/**
 * What goes wrong with a FEEL expression: it cannot be evaluated (`FeelError`), or it would take more
 * than its budget (`FeelBudgetExceededError`, a FeelError with a message in both languages).
 *
 * @example
 *   try { evaluateCondition('count(for i in 1..1000000 return i) > 0', {}); }
 *   catch (e) { if (e instanceof FeelBudgetExceededError) console.log(e.limit, e.localized.zh); } // range …
 */
import { JingzhunError, type JingzhunErrorOptions } from '../errors';
import type { LocalizedText } from '../schema/localized-text';

export type FeelErrorCode = 'FEEL_ERROR' | 'FEEL_BUDGET_EXCEEDED';

/** Thrown when a FEEL expression cannot be evaluated; `expression` is the text. */
export class FeelError extends JingzhunError {
  readonly code: FeelErrorCode = 'FEEL_ERROR';
  constructor(
    readonly expression: string,
    message: string,
    options?: JingzhunErrorOptions,
  ) {
    super(message, options);
  }
}

/** Which bound of the budget an expression exceeds (see `FEEL_BUDGET`). */
export type FeelLimit = 'length' | 'depth' | 'steps' | 'range' | 'pattern';

/**
 * Thrown when a FEEL expression would take more than its budget to evaluate: it is too long or nests
 * too deeply, needs too many steps, enumerates too long a range, or builds a regular expression that
 * could backtrack without end. `reason` says why, to be put after a subject ("the condition of …").
 */
export class FeelBudgetExceededError extends FeelError {
  override readonly code = 'FEEL_BUDGET_EXCEEDED';
  declare readonly localized: LocalizedText;
  constructor(
    expression: string,
    readonly limit: FeelLimit,
    readonly reason: { zh: string; en: string },
  ) {
    const en = `FEEL expression "${excerpt(expression)}" exceeds its budget: ${reason.en}`;
    super(expression, en, { localized: { zh: `FEEL 表达式 “${excerpt(expression)}” 超出计算上限：${reason.zh}`, en } });
  }
}

/** The start of a long expression, for messages. */
export function excerpt(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
