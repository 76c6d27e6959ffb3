/**
 * FEEL (the DMN expression language) is the only expression language of a standard: gateway
 * conditions and indicator conditions. Nothing else is ever evaluated — no JavaScript — and no
 * evaluation, in validation or in a case's run, takes more than its budget (`FEEL_BUDGET`): one that
 * would throws FeelBudgetExceededError instead of stalling the server.
 *
 * @example
 *   checkFeel('tier = "high" and age > 80')   // undefined: parses
 *   evaluateCondition('age > 80', { age: 85 })  // true
 *   evaluateCondition('count(for i in 1..1000000 return i) > 0', {}) // throws FeelBudgetExceededError
 */
import { evaluate, parseExpression } from 'feelin';
import { checkFeelText, FeelMeter } from './feel-budget';
import { FeelBudgetExceededError, FeelError } from './feel-errors';

export { FEEL_BUDGET, type FeelBudget } from './feel-budget';
export { FeelBudgetExceededError, FeelError, type FeelErrorCode, type FeelLimit } from './feel-errors';

/**
 * Why an expression cannot be used: it does not parse or cannot run (`invalid`, in the parser's
 * words), or it exceeds its budget (`budget`, in both languages).
 */
export type FeelProblem = { kind: 'invalid'; reason: string } | { kind: 'budget'; error: FeelBudgetExceededError };

/** What is wrong with an expression, or undefined when it can be evaluated. */
export function feelProblem(expression: string): FeelProblem | undefined {
  if (!expression.trim()) return { kind: 'invalid', reason: 'empty expression' };
  try {
    checkFeelText(expression);
    const tree = parseExpression(expression, {}, undefined);
    let error: string | undefined;
    tree.iterate({
      enter(node) {
        if (node.type.isError && !error) error = `syntax error at position ${node.from}`;
      },
    });
    if (error) return { kind: 'invalid', reason: error };
    // The interpreter finds what the parser accepted but cannot run (an incomplete comparison, say).
    // It runs within the budget, so an expression that cannot is refused here, before any case runs it.
    evaluate(expression, {}, undefined, new FeelMeter(expression));
    return undefined;
  } catch (e) {
    if (e instanceof FeelBudgetExceededError) return { kind: 'budget', error: e };
    return { kind: 'invalid', reason: (e as Error).message || 'syntax error' };
  }
}

/** Why an expression cannot be evaluated (in English), or undefined when it can. */
export function checkFeel(expression: string): string | undefined {
  const problem = feelProblem(expression);
  if (!problem) return undefined;
  return problem.kind === 'invalid' ? problem.reason : problem.error.reason.en;
}

/**
 * Evaluates a FEEL expression over `context`; throws FeelBudgetExceededError when it would take more
 * than its budget, FeelError when it cannot be evaluated.
 */
export function evaluateFeel(expression: string, context: Record<string, unknown>): unknown {
  try {
    checkFeelText(expression);
    return evaluate(expression, context, undefined, new FeelMeter(expression)).value;
  } catch (e) {
    if (e instanceof FeelBudgetExceededError) throw e;
    throw new FeelError(expression, `FEEL expression "${expression}" failed: ${(e as Error).message}`);
  }
}

/** A condition holds only when it evaluates to exactly `true` (null, a number or a string do not). */
export function evaluateCondition(expression: string, context: Record<string, unknown>): boolean {
  return evaluateFeel(expression, context) === true;
}
