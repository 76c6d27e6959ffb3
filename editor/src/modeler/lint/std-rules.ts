/**
 * The standard's rules that can be checked on the diagram alone, so the author sees them while
 * drawing; the API's validation checks them again with the rest of the document (forms that exist,
 * parameters, indicators). The messages are the keys of the bpmn-js translation.
 */
import type { LintNode, LintReporter, LintRuleFactory } from './lint-types';

export const STD_LINT_MESSAGES = {
  noRole: 'User task has no role',
  noForm: 'User task has no form',
  scriptTask: 'Script tasks are not allowed',
  noService: 'Service task has no built-in service',
} as const;

function rule(check: (node: LintNode, reporter: LintReporter) => void): LintRuleFactory {
  return () => ({ check });
}

const isBlank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

export const userTaskRole = rule((node, reporter) => {
  if (node.$instanceOf('bpmn:UserTask') && isBlank(node.get('std:role'))) reporter.report(node.id!, STD_LINT_MESSAGES.noRole);
});

export const userTaskForm = rule((node, reporter) => {
  if (node.$instanceOf('bpmn:UserTask') && isBlank(node.get('std:form'))) reporter.report(node.id!, STD_LINT_MESSAGES.noForm);
});

export const noScriptTask = rule((node, reporter) => {
  if (node.$instanceOf('bpmn:ScriptTask')) reporter.report(node.id!, STD_LINT_MESSAGES.scriptTask);
});

export const serviceTaskService = rule((node, reporter) => {
  if (node.$instanceOf('bpmn:ServiceTask') && isBlank(node.get('std:service'))) reporter.report(node.id!, STD_LINT_MESSAGES.noService);
});

/** Rule name (as written in the lint config, `std/<name>`) → the problem code the API uses for it. */
export const STD_RULE_CODES: Record<string, string> = {
  'std/user-task-role': 'USER_TASK_NO_ROLE',
  'std/user-task-form': 'USER_TASK_NO_FORM',
  'std/no-script-task': 'SCRIPT_TASK_FORBIDDEN',
  'std/service-task-service': 'SERVICE_TASK_NO_SERVICE',
};

/**
 * The problem code of a lint report, as the API's validation names the same finding: the standard's
 * rules have their own codes, bpmnlint's are `LINT_<RULE>` (`no-implicit-end` → `LINT_NO_IMPLICIT_END`).
 */
export function lintProblemCode(rule: string): string {
  return STD_RULE_CODES[rule] ?? `LINT_${rule.replace(/^[^/]+\//, '').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;
}
