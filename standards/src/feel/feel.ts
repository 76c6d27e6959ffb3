/**
 * FEEL (the DMN expression language) is the only expression language of a standard: gateway
 * conditions and indicator conditions. Nothing else is ever evaluated — no JavaScript.
 *
 * @example
 *   checkFeel('tier = "high" and age > 80')   // undefined: parses
 *   evaluateCondition('age > 80', { age: 85 })  // true
 */
import { evaluate, parseExpression } from 'feelin';

/** Why an expression does not parse, or undefined when it does. */
export function checkFeel(expression: string): string | undefined {
  if (!expression.trim()) return 'empty expression';
  try {
    const tree = parseExpression(expression, {}, undefined);
    let error: string | undefined;
    tree.iterate({
      enter(node) {
        if (node.type.isError && !error) error = `syntax error at position ${node.from}`;
      },
    });
    // The interpreter finds what the parser accepted but cannot run (an incomplete comparison, say).
    if (!error) evaluate(expression, {});
    return error;
  } catch (e) {
    return (e as Error).message || 'syntax error';
  }
}

/** Thrown when a FEEL expression cannot be evaluated; `expression` is the text. */
export class FeelError extends Error {
  readonly code = 'FEEL_ERROR';
  constructor(
    readonly expression: string,
    message: string,
  ) {
    super(message);
    this.name = 'FeelError';
  }
}

/** Evaluates a FEEL expression over `context`; throws FeelError when it cannot. */
export function evaluateFeel(expression: string, context: Record<string, unknown>): unknown {
  try {
    return evaluate(expression, context).value;
  } catch (e) {
    throw new FeelError(expression, `FEEL expression "${expression}" failed: ${(e as Error).message}`);
  }
}

/** A condition holds only when it evaluates to exactly `true` (null, a number or a string do not). */
export function evaluateCondition(expression: string, context: Record<string, unknown>): boolean {
  return evaluateFeel(expression, context) === true;
}
