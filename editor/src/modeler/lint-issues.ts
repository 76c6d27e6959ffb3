/** One issue bpmn-js-bpmnlint reported, flattened from its per-element map. */
export interface LintIssue {
  elementId: string;
  rule: string;
  /** The English message; translate it with the modeler's `translate`. */
  message: string;
  severity: 'error' | 'warning';
}

interface RawIssue {
  id: string;
  actualElementId?: string;
  message: string;
  category: string;
  rule: string;
}

export function flattenLintIssues(byElement: Record<string, RawIssue[]>): LintIssue[] {
  const out: LintIssue[] = [];
  for (const issues of Object.values(byElement)) {
    for (const i of issues) {
      out.push({
        elementId: i.actualElementId ?? i.id,
        rule: i.rule,
        message: i.message,
        severity: i.category === 'error' ? 'error' : 'warning',
      });
    }
  }
  return out;
}
