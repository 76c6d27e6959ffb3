import type { Translate } from '../../diagram-types';

interface PaletteEntry {
  group: string;
  className: string;
  title: string;
  action: Record<string, (event: Event) => void>;
}

interface ElementFactory {
  createShape(attrs: { type: string }): unknown;
}
interface Create {
  start(event: Event, shape: unknown): void;
}
interface Palette {
  registerProvider(priority: number, provider: unknown): void;
}

/** Pools, data objects and groups: the engine does not run them and a standard does not need them. */
export const REMOVED_PALETTE_ENTRIES = ['create.participant-expanded', 'create.data-object', 'create.data-store', 'create.group'];

/**
 * The palette of a standard's process: user and service tasks ready to drag (the tasks a standard is
 * made of), without the elements the engine does not run. Script tasks are never offered.
 */
export class StdPaletteProvider {
  static $inject = ['palette', 'elementFactory', 'create', 'translate'];

  constructor(
    palette: Palette,
    private readonly elementFactory: ElementFactory,
    private readonly create: Create,
    private readonly translate: Translate,
  ) {
    palette.registerProvider(500, this);
  }

  private entry(type: string, className: string, title: string): PaletteEntry {
    const start = (event: Event) => this.create.start(event, this.elementFactory.createShape({ type }));
    return { group: 'activity', className, title, action: { dragstart: start, click: start } };
  }

  getPaletteEntries() {
    return (entries: Record<string, PaletteEntry>) => {
      for (const id of REMOVED_PALETTE_ENTRIES) delete entries[id];
      for (const id of Object.keys(entries)) if (id.includes('script')) delete entries[id];
      return {
        ...entries,
        'create.user-task': this.entry('bpmn:UserTask', 'bpmn-icon-user-task', this.translate('Create user task')),
        'create.service-task': this.entry('bpmn:ServiceTask', 'bpmn-icon-service-task', this.translate('Create service task')),
      };
    };
  }
}
