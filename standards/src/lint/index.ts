/**
 * The project's bpmnlint rules, safe for the browser (no Node modules): what the editor needs to show
 * the same problems while a person draws. With bpmn-js-bpmnlint, resolve `bpmnlint-plugin-std` rules
 * to `stdLintPlugin.rules` and the `plugin:std/recommended` config to `stdLintPlugin.configs.recommended`;
 * give the rules a StandardLintContext (roles, forms, parameters, contents, code) as their config to
 * enable the cross-checks. Create a new linter per run: some bpmnlint rules keep state.
 *
 * @example
 *   import { stdLintPlugin, STANDARD_LINT_CONFIG } from '@jingzhun/standards/lint';
 */
export { stdLintPlugin, STD_LINT_RULES, STANDARD_LINT_CONFIG, standardLintConfig, type LintConfig } from './std-lint-plugin';
export { lintCode, lintMessageZh } from './lint-messages';
export type { StandardLintContext, LintRule, LintRuleFactory, Reporter } from './lint-context';
