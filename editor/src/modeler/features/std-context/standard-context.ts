import type EventBus from 'diagram-js/lib/core/EventBus';

export interface ContextOption {
  id: string;
  title: { zh: string; en: string };
}

export interface ParameterOption extends ContextOption {
  kind: string;
}

/** What of the standard the diagram's properties refer to, outside the BPMN: roles, forms, … */
export interface StandardContextData {
  roles: ContextOption[];
  forms: string[];
  parameters: ParameterOption[];
  contents: ContextOption[];
}

const EMPTY: StandardContextData = { roles: [], forms: [], parameters: [], contents: [] };

/**
 * Holds the parts of the standard that the `std:` properties choose from, and redraws the
 * properties panel when they change (a role added in another tab appears in the role select).
 */
export class StandardContext {
  static $inject = ['eventBus', 'config.language'];
  private data: StandardContextData = EMPTY;

  constructor(
    private readonly eventBus: EventBus,
    readonly language: string,
  ) {}

  get(): StandardContextData {
    return this.data;
  }

  set(data: StandardContextData): void {
    this.data = data;
    this.eventBus.fire('propertiesPanel.providersChanged');
  }

  /** The title of an option in the modeler's language. */
  label(option: ContextOption): string {
    return this.language === 'en' ? option.title.en || option.title.zh : option.title.zh || option.title.en;
  }
}
