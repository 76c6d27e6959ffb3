// bpmn-moddle 10 ships no types for its entry point. This declaration travels with read-bpmn.ts (by a
// reference) into the type checks of the workspaces that import this package; it declares only the
// named export `BpmnModdle` and its result types, so it merges with other workspaces' declarations of
// the module (which declare other names) instead of clashing.
declare module 'bpmn-moddle' {
  export interface ModdleWarning {
    message: string;
    element?: { id?: string; $type?: string };
    property?: string;
    value?: unknown;
    error?: Error;
  }
  export interface ModdleParseResult {
    rootElement: import('./bpmn-element').BpmnElement;
    warnings: ModdleWarning[];
    elementsById: Record<string, import('./bpmn-element').BpmnElement>;
    references: unknown[];
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ModdleParseResult>;
  }
}
