// Type declarations for the bpmn-io packages that ship without them; only what the editor uses.

declare module 'bpmn-js-properties-panel' {
  import type { ModuleDeclaration } from 'didi';
  export const BpmnPropertiesPanelModule: ModuleDeclaration;
  export const BpmnPropertiesProviderModule: ModuleDeclaration;
  export function useService<T = unknown>(name: string): T;
}

declare module '@bpmn-io/properties-panel' {
  export type Component = (props: Record<string, unknown>) => unknown;
  export const SelectEntry: Component;
  export const TextFieldEntry: Component;
  export const CheckboxEntry: Component;
  export function isSelectEntryEdited(node: unknown): boolean;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isCheckboxEntryEdited(node: unknown): boolean;
}

declare module '@bpmn-io/properties-panel/preact' {
  export function h(type: unknown, props: Record<string, unknown> | null, ...children: unknown[]): unknown;
}

declare module 'bpmn-js-bpmnlint' {
  import type { ModuleDeclaration } from 'didi';
  const lintModule: ModuleDeclaration;
  export default lintModule;
}

declare module 'bpmn-js-differ' {
  export interface DiffResult {
    _added: Record<string, unknown>;
    _removed: Record<string, unknown>;
    _changed: Record<string, { model: unknown; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, unknown>;
  }
  export function diff(a: unknown, b: unknown): DiffResult;
}

declare module 'bpmnlint/rules/*' {
  const rule: () => { check: (node: unknown, reporter: { report(id: string, message: string): void }) => void };
  export default rule;
}

declare module 'bpmnlint/config/*' {
  const config: { rules: Record<string, string> };
  export default config;
}
