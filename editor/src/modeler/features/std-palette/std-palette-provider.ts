import { EXECUTED_ELEMENT_TYPES } from '@jingzhun/standards/supported-elements';
import type Translate from 'diagram-js/lib/i18n/translate/translate';

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

/**
 * What each of bpmn-js's palette entries creates. An entry that creates something else than an element
 * the engine runs (`EXECUTED_ELEMENT_TYPES` of the standards' one list) is not offered: pools, data
 * stores, and the data objects and groups that a process may hold but a case never enters. An entry
 * not named here (a later bpmn-js's) is not offered either; the tools (hand, lasso, space, connect) are.
 */
export const PALETTE_ENTRY_TYPES: Readonly<Record<string, string>> = {
  'create.start-event': 'bpmn:StartEvent',
  'create.intermediate-event': 'bpmn:IntermediateThrowEvent',
  'create.end-event': 'bpmn:EndEvent',
  'create.exclusive-gateway': 'bpmn:ExclusiveGateway',
  'create.task': 'bpmn:Task',
  'create.data-object': 'bpmn:DataObjectReference',
  'create.data-store': 'bpmn:DataStoreReference',
  'create.subprocess-expanded': 'bpmn:SubProcess',
  'create.participant-expanded': 'bpmn:Participant',
  'create.group': 'bpmn:Group',
};

const EXECUTED: ReadonlySet<string> = new Set(EXECUTED_ELEMENT_TYPES);

/** Whether the palette offers the entry `id` of group `group`. */
export function isOffered(id: string, group: string | undefined): boolean {
  if (group === 'tools') return true;
  const type = PALETTE_ENTRY_TYPES[id];
  return type !== undefined && EXECUTED.has(type);
}

/**
 * The palette of a standard's process: user and service tasks ready to drag (the tasks a standard is
 * made of), and of bpmn-js's own entries those that create an element the engine runs.
 */
export class StdPaletteProvider {
  static $inject = ['palette', 'elementFactory', 'create', 'translate'];

  constructor(
    palette: Palette,
    private readonly elementFactory: ElementFactory,
    private readonly create: Create,
    private readonly translate: typeof Translate,
  ) {
    palette.registerProvider(500, this);
  }

  private entry(type: string, className: string, title: string): PaletteEntry {
    const start = (event: Event) => this.create.start(event, this.elementFactory.createShape({ type }));
    return { group: 'activity', className, title, action: { dragstart: start, click: start } };
  }

  getPaletteEntries() {
    return (entries: Record<string, PaletteEntry>) => {
      const offered = Object.fromEntries(Object.entries(entries).filter(([id, entry]) => isOffered(id, entry.group)));
      return {
        ...offered,
        'create.user-task': this.entry('bpmn:UserTask', 'bpmn-icon-user-task', this.translate('Create user task')),
        'create.service-task': this.entry('bpmn:ServiceTask', 'bpmn-icon-service-task', this.translate('Create service task')),
      };
    };
  }
}
