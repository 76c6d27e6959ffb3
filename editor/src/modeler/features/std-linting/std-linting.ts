import type { StandardLintContext } from '@jingzhun/standards/lint';
import type EventBus from 'diagram-js/lib/core/EventBus';
import { STD_CONTEXT_CHANGED, type StandardContext, type StandardContextData } from '../std-context/standard-context';
import { createLintConfig, type EditorLintConfig } from './lint-config';

/** bpmn-js-bpmnlint's `linting` service, which ships no types: only what is used here. */
interface Linting {
  setLinterConfig(config: EditorLintConfig): void;
}

/**
 * Gives bpmn-js-bpmnlint the standards' lint, and gives it again with the standard's context whenever
 * that changes (a role added in another tab is no longer unknown), which lints the diagram anew.
 */
export class StdLinting {
  static $inject = ['linting', 'stdContext', 'eventBus', 'config.language'];

  constructor(
    private readonly linting: Linting,
    private readonly context: StandardContext,
    eventBus: EventBus,
    private readonly language: string,
  ) {
    this.configure();
    eventBus.on(STD_CONTEXT_CHANGED, () => this.configure());
  }

  private configure(): void {
    this.linting.setLinterConfig(createLintConfig(this.language ?? 'zh-CN', this.context.known ? lintContextOf(this.context.get()) : undefined));
  }
}

/** What the rules can check of the standard from the context the properties panel chooses from. */
function lintContextOf({ roles, forms, parameters, contents }: StandardContextData): StandardLintContext {
  return {
    roles: roles.map((r) => r.id),
    forms,
    parameters: parameters.map((p) => ({ id: p.id, kind: p.kind })),
    contents: contents.map((c) => c.id),
  };
}
