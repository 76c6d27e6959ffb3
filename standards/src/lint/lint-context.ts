import type { BpmnElement } from '../bpmn/bpmn-element';
import type { DurationUnit } from '../schema/service-standard';

/**
 * What the rules know about the standard around the BPMN, passed as the rules' bpmnlint config. When
 * linting a bare `.bpmn` file there is none, and checks that need it (does role `x` exist?) are skipped.
 */
export interface StandardLintContext {
  code?: string;
  roles?: readonly string[];
  forms?: readonly string[];
  contents?: readonly string[];
  /** The parameters; a duration's unit and range let the rules check the times it can give. */
  parameters?: readonly LintParameter[];
  /** Services a service task may call; the built-in ones when absent. */
  services?: readonly string[];
}

export interface LintParameter {
  id: string;
  kind: string;
  unit?: DurationUnit | undefined;
  min?: number | undefined;
  max?: number | undefined;
}

/** A bpmnlint reporter; `extra` travels with the report (a stable code and the Chinese message). */
export interface Reporter {
  report(id: string, message: string, extra?: Record<string, unknown>): void;
}

export interface LintRule {
  check: ((node: BpmnElement, reporter: Reporter) => boolean | void) | {
    enter?: (node: BpmnElement, reporter: Reporter) => boolean | void;
    leave?: (node: BpmnElement, reporter: Reporter) => void;
  };
}

export type LintRuleFactory = (config?: StandardLintContext) => LintRule;

/** Reports a problem with its code and both languages; bpmnlint shows `en`, we keep both. */
export function report(reporter: Reporter, element: BpmnElement, code: string, zh: string, en: string): void {
  reporter.report(element.id ?? '', en, { code, zh });
}

/** The context, or undefined when the rule runs without one (bpmnlint passes `{}` then). */
export function contextOf(config: StandardLintContext | undefined): StandardLintContext {
  return config ?? {};
}
