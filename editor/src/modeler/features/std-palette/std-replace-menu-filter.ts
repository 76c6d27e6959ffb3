import * as REPLACE_OPTIONS from 'bpmn-js/lib/features/replace/ReplaceOptions';
import { SUPPORTED_ELEMENT_TYPES, SUPPORTED_EVENT_DEFINITIONS } from '@jingzhun/standards/supported-elements';

interface PopupMenu {
  registerProvider(id: string, priority: number, provider: unknown): void;
}

/** What a replace option of bpmn-js turns an element into; sequence flows' options have no target. */
interface ReplaceTarget {
  type: string;
  eventDefinitionType?: string;
}

/**
 * Whether a standard's process may hold what `target` makes: a type of the standards' one list, with
 * an event definition of it. Pools are not the list's to decide (a collaboration may show the empty
 * pools of outside participants), and a change of flow has no target.
 */
export function isSupportedTarget(target: ReplaceTarget | undefined): boolean {
  if (!target || target.type === 'bpmn:Participant') return true;
  const definition = target.eventDefinitionType;
  return SUPPORTED_ELEMENT_TYPES.has(target.type) && (definition === undefined || SUPPORTED_EVENT_DEFINITIONS.has(definition));
}

/** The ids of bpmn-js's replace entries whose target a standard may not hold: script and manual tasks, inclusive gateways… */
export const REFUSED_ENTRY_IDS: ReadonlySet<string> = new Set(
  Object.values(REPLACE_OPTIONS as unknown as Record<string, Array<{ actionName: string; target?: ReplaceTarget }>>)
    .flat()
    .filter((option) => !isSupportedTarget(option.target))
    .map((option) => option.actionName),
);

/** Whether a header entry toggles loop characteristics the list does not have (`toggle-loop`, `toggle-parallel-mi`…: all of them). */
function togglesRefusedLoop(entry: unknown): boolean {
  const loop = (entry as { options?: { loopCharacteristics?: unknown } } | undefined)?.options?.loopCharacteristics;
  return typeof loop === 'string' && !SUPPORTED_ELEMENT_TYPES.has(loop);
}

/** Keeps the "change element" menu to what the engine runs (the standards' one list of supported elements). */
export class StdReplaceMenuFilter {
  static $inject = ['popupMenu'];

  constructor(popupMenu: PopupMenu) {
    popupMenu.registerProvider('bpmn-replace', 500, this);
  }

  getPopupMenuEntries() {
    return (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([id]) => !REFUSED_ENTRY_IDS.has(id)));
  }

  getPopupMenuHeaderEntries() {
    return (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, entry]) => !togglesRefusedLoop(entry)));
  }
}
