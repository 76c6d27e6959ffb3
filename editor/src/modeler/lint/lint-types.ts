/** The parts of bpmnlint's rule API the editor's own rules use. */
export interface LintNode {
  id?: string;
  $type: string;
  $instanceOf(type: string): boolean;
  get(name: string): unknown;
}

export interface LintReporter {
  report(id: string, message: string): void;
}

export type LintRuleFactory = () => { check: (node: LintNode, reporter: LintReporter) => void };
