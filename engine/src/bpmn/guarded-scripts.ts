/**
 * bpmn-engine runs script tasks and `javascript` conditions in node:vm, which is no sandbox. Nothing of
 * that kind ever runs here: the only language is FEEL (sequence-flow conditions with
 * `language="feel"`), evaluated by the standards' FEEL within its budget; every other script fails the
 * step, and the library's `${…}` expressions (which can call functions) are refused too. A condition
 * that cannot be evaluated (or not within the budget) fails the step too: the case stops with an
 * incident naming the flow, and no command waits on it.
 */
import { evaluateCondition, FeelError, JingzhunError, type FeelErrorCode } from '@jingzhun/standards';
import type { RunHooks } from './run-hooks';

/** Thrown (inside a run) when a model asks to run a script or a `${…}` expression. */
export class ScriptRefusedError extends JingzhunError {
  readonly code = 'SCRIPT_REFUSED';
  constructor(
    readonly elementId: string,
    readonly language: string,
  ) {
    super(`${elementId}: scripts in "${language || 'unknown language'}" are not allowed; conditions are FEEL`);
  }
}

/**
 * Thrown (inside a run) when a flow's FEEL condition cannot be evaluated, or not within the FEEL budget;
 * `code` is the FEEL error's (`FEEL_ERROR`, `FEEL_BUDGET_EXCEEDED`).
 */
export class ConditionFailedError extends JingzhunError {
  readonly code: FeelErrorCode;
  constructor(
    readonly elementId: string,
    readonly feelError: FeelError,
  ) {
    super(`${elementId}: ${feelError.message}`);
    this.code = feelError.code;
  }
}

type Callback = (error: Error | null, result?: unknown) => void;

interface ScriptRegistration {
  id: string;
  type: string;
  behaviour: { conditionExpression?: { language?: string; body?: string } };
}

export class GuardedScripts {
  private readonly feel = new Map<string, string>();
  constructor(private readonly hooks: RunHooks) {}

  register(activity: ScriptRegistration): void {
    const condition = activity.behaviour.conditionExpression;
    if (activity.type === 'bpmn:SequenceFlow' && condition?.language?.toLowerCase() === 'feel' && condition.body) {
      this.feel.set(activity.id, condition.body);
    }
  }

  getScript(language: string, activity: { id: string }) {
    const expression = this.feel.get(activity.id);
    const hooks = this.hooks;
    if (expression !== undefined && language.toLowerCase() === 'feel') {
      return {
        execute(_scope: unknown, callback: Callback) {
          let result: boolean;
          try {
            result = evaluateCondition(expression, hooks.feelContext());
          } catch (error) {
            return callback(error instanceof FeelError ? new ConditionFailedError(activity.id, error) : (error as Error));
          }
          return callback(null, result);
        },
      };
    }
    return {
      execute(_scope: unknown, callback: Callback) {
        callback(new ScriptRefusedError(activity.id, language));
      },
    };
  }
}

/** The `expressions` option: text without `${` is itself; any `${…}` is refused. */
export const literalExpressions = {
  resolveExpression(text: unknown) {
    if (typeof text === 'string' && text.includes('${')) throw new ScriptRefusedError(text, 'expression');
    return text;
  },
  isExpression: () => false,
  hasExpression: (text: unknown) => typeof text === 'string' && text.includes('${'),
};
