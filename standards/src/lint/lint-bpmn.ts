/**
 * Lints BPMN with bpmnlint's recommended rules and the project's `std` rules, and turns each report
 * into a Problem with a stable code: the project's rules give their own (`USER_TASK_NO_ROLE`),
 * bpmnlint's become `LINT_<RULE>` (`LINT_NO_IMPLICIT_END`).
 *
 * @example
 *   const problems = await lintBpmn(readFileSync('process.bpmn', 'utf8'));
 */
import type { BpmnElement } from '../bpmn/bpmn-element';
import { readBpmn } from '../bpmn/read-bpmn';
import type { Problem } from '../problem';
import type { StandardLintContext } from './lint-context';
import { lintCode, lintMessageZh } from './lint-messages';
import { createLintResolver } from './lint-resolver';
import { standardLintConfig } from './std-lint-plugin';

interface LintReport {
  id?: string;
  message: string;
  category: string;
  [extra: string]: unknown;
}

interface BpmnLinter {
  lint(root: BpmnElement): Promise<Record<string, LintReport[]>>;
}

// bpmnlint ships no types for its entry point; see read-bpmn.ts for why they are not ambient.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Linter } = require('bpmnlint') as { Linter: new (options: { resolver: unknown; config: object }) => BpmnLinter };

const resolver = createLintResolver();

/** Lints parsed definitions; `context` (the standard around the BPMN) enables the cross-checks. */
export async function lintDefinitions(definitions: BpmnElement, context?: StandardLintContext): Promise<Problem[]> {
  // A linter per run: bpmnlint keeps each rule instance, and some rules keep state in it
  // (no-duplicate-sequence-flows remembers the flows it saw), so a reused linter reports ghosts.
  const linter = new Linter({ resolver, config: standardLintConfig(context) });
  const results = await linter.lint(definitions);
  const problems: Problem[] = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const r of reports) {
      const en = r.message;
      const zh = typeof r['zh'] === 'string' ? r['zh'] : lintMessageZh(rule, en);
      const code = typeof r['code'] === 'string' ? r['code'] : lintCode(rule);
      const severity = r.category === 'error' || r.category === 'rule-error' ? 'error' : 'warning';
      const problem: Problem = { severity, code, message: { zh, en } };
      if (r.id) problem.elementId = r.id;
      else problem.pointer = '/process';
      problems.push(problem);
    }
  }
  return problems;
}

/**
 * Lints a bare `.bpmn` file on its own (text or bytes): reading problems, then every rule that does
 * not need the standard around it.
 */
export async function lintBpmn(xml: string | Uint8Array): Promise<Problem[]> {
  const read = await readBpmn(xml);
  if (!read.definitions) return read.problems;
  return [...read.problems, ...(await lintDefinitions(read.definitions))];
}
