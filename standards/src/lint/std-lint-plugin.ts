/**
 * The project's bpmnlint rules as a plugin (`bpmnlint-plugin-std`: rules `std/<name>`, config
 * `plugin:std/recommended`). The rules are plain functions over bpmn-moddle elements with no Node
 * dependencies, so the editor can run the same rules in the browser through bpmn-js-bpmnlint.
 *
 * @example
 *   const linter = new Linter({ resolver: createLintResolver(), config: STANDARD_LINT_CONFIG });
 */
import type { LintRuleFactory, StandardLintContext } from './lint-context';
import callActivities from './rules/call-activities';
import conditionLanguage from './rules/condition-language';
import feelConditions from './rules/feel-conditions';
import gatewayConditions from './rules/gateway-conditions';
import messageReferences from './rules/message-references';
import noScriptTask from './rules/no-script-task';
import parallelJoins from './rules/parallel-joins';
import processCode from './rules/process-code';
import reachEnd from './rules/reach-end';
import serviceTasks from './rules/service-tasks';
import supportedElements from './rules/supported-elements';
import timerDefinitions from './rules/timer-definitions';
import userTasks from './rules/user-tasks';

export const STD_LINT_RULES: Readonly<Record<string, LintRuleFactory>> = {
  'process-code': processCode,
  'supported-elements': supportedElements,
  'no-script-task': noScriptTask,
  'feel-conditions': feelConditions,
  'condition-language': conditionLanguage,
  'gateway-conditions': gatewayConditions,
  'timer-definitions': timerDefinitions,
  'user-tasks': userTasks,
  'service-tasks': serviceTasks,
  'call-activities': callActivities,
  'message-references': messageReferences,
  'reach-end': reachEnd,
  'parallel-joins': parallelJoins,
};

export const stdLintPlugin = {
  rules: STD_LINT_RULES,
  configs: {
    recommended: { rules: Object.fromEntries(Object.keys(STD_LINT_RULES).map((name) => [name, 'error'])) },
  },
};

/**
 * The configuration a standard's process is linted with: bpmnlint's recommended rules, adjusted to
 * what the platform runs, plus the project's rules.
 */
export const STANDARD_LINT_CONFIG = {
  extends: ['bpmnlint:recommended', 'plugin:std/recommended'],
  rules: {
    // Our gateway-conditions rule says the same with a stable code and in both languages.
    'conditional-flows': 'off',
    // The engine runs inclusive gateways, and standards use them (several referrals at once).
    'no-inclusive-gateway': 'off',
    // Our supported-elements rule reports these, naming what to use instead.
    'no-complex-gateway': 'off',
    'ad-hoc-sub-process': 'off',
    // A process without a diagram still runs; the editor lays it out. A warning, not a refusal.
    'no-bpmndi': 'warn',
  },
} as const;

/**
 * STANDARD_LINT_CONFIG with the standard's context given to every project rule, which enables their
 * cross-checks (does role `x` exist?); without a context, the configuration for a bare diagram.
 */
export function standardLintConfig(context?: StandardLintContext): LintConfig {
  if (!context) return STANDARD_LINT_CONFIG;
  const rules: Record<string, unknown> = { ...STANDARD_LINT_CONFIG.rules };
  for (const name of Object.keys(STD_LINT_RULES)) rules[`std/${name}`] = ['error', context];
  return { ...STANDARD_LINT_CONFIG, rules };
}

/** A bpmnlint configuration: configurations it extends, and rules by name with their level (and config). */
export interface LintConfig {
  readonly extends: readonly string[];
  readonly rules: Readonly<Record<string, unknown>>;
}
