import { lintCode } from '@jingzhun/standards/lint';

/** One issue of the diagram's lint, flattened from bpmn-js-bpmnlint's per-element map. */
export interface LintIssue {
  elementId: string;
  /** The rule as configured: `no-implicit-end`, `std/user-tasks`. */
  rule: string;
  /** The problem code the API's validation gives the same finding (`USER_TASK_NO_ROLE`, `LINT_NO_IMPLICIT_END`). */
  code: string;
  message: { zh: string; en: string };
  severity: 'error' | 'warning';
}

/** A report as bpmn-js-bpmnlint passes it on; std-linting's rules add `code`, `zh` and `en`. */
interface RawIssue {
  id: string;
  actualElementId?: string;
  message: string;
  category: string;
  rule: string;
  code?: string;
  zh?: string;
  en?: string;
}

export function flattenLintIssues(byElement: Record<string, RawIssue[]>): LintIssue[] {
  const out: LintIssue[] = [];
  for (const issues of Object.values(byElement)) {
    for (const i of issues) {
      out.push({
        elementId: i.actualElementId ?? i.id,
        rule: i.rule,
        // A rule that threw reports its error without a code (category `rule-error`), as the API names it.
        code: i.code ?? lintCode(i.rule),
        message: { zh: i.zh ?? i.message, en: i.en ?? i.message },
        severity: i.category === 'error' || i.category === 'rule-error' ? 'error' : 'warning',
      });
    }
  }
  return out;
}
