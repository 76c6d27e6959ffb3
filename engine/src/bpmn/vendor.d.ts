// bpmn-moddle 9 ships no type declarations; the engine uses only its XML reader.
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    get(name: string): unknown;
    [key: string]: unknown;
  }
  export interface ModdleContext {
    rootElement: ModdleElement;
    warnings: { message: string; element?: ModdleElement }[];
    elementsById: Record<string, ModdleElement>;
    references: unknown[];
  }
  export default class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string): Promise<ModdleContext>;
  }
}
