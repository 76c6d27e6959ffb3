// Typings for the parts of bpmn-moddle and bpmnlint this workspace uses; neither ships types for its
// main entry. Files importing them reference this file, so other workspaces type-check them too.

declare module 'bpmn-moddle' {
  export interface ModdleWarning {
    message: string;
    element?: { id?: string; $type?: string };
    property?: string;
    value?: unknown;
    error?: Error;
  }
  export interface ParseResult {
    rootElement: import('../bpmn/bpmn-element').BpmnElement;
    warnings: ModdleWarning[];
    elementsById: Record<string, import('../bpmn/bpmn-element').BpmnElement>;
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }
}

declare module 'bpmnlint' {
  export class Linter {
    constructor(options: { config?: unknown; resolver: unknown });
    lint(root: unknown, config?: unknown): Promise<Record<string, Array<Record<string, unknown> & { id?: string; message: string; category: string }>>>;
  }
}

declare module 'bpmnlint/rules/*' {
  const factory: (config?: unknown) => { check: unknown };
  export = factory;
}
