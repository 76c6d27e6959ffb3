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
  /** The forms' titles by id, so a form is chosen by its title; a form without one shows its id. */
  formTitles?: Readonly<Record<string, { zh: string; en: string }>>;
  parameters: ParameterOption[];
  contents: ContextOption[];
}

const EMPTY: StandardContextData = { roles: [], forms: [], parameters: [], contents: [] };

/** Fired when the standard's context is set, after the properties panel has been told. */
export const STD_CONTEXT_CHANGED = 'stdContext.changed';

/**
 * Holds the parts of the standard that the `std:` properties choose from, and redraws the
 * properties panel when they change (a role added in another tab appears in the role select).
 */
export class StandardContext {
  static $inject = ['eventBus', 'config.language'];
  private data: StandardContextData | undefined;

  constructor(
    private readonly eventBus: EventBus,
    readonly language: string,
  ) {}

  /** The context, empty until the standard has given one. */
  get(): StandardContextData {
    return this.data ?? EMPTY;
  }

  /** Whether the standard has given its context: until then, nothing can be checked against it. */
  get known(): boolean {
    return this.data !== undefined;
  }

  set(data: StandardContextData): void {
    this.data = data;
    this.eventBus.fire('propertiesPanel.providersChanged');
    this.eventBus.fire(STD_CONTEXT_CHANGED);
  }

  /** The title of an option in the modeler's language. */
  label(option: ContextOption): string {
    return this.language === 'en' ? option.title.en || option.title.zh : option.title.zh || option.title.en;
  }
}
