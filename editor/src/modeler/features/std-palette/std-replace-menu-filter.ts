interface PopupMenu {
  registerProvider(id: string, priority: number, provider: unknown): void;
}

/** Entry ids of element types a standard may not use: scripts run unsandboxed, complex gateways not at all. */
export function isForbiddenEntry(id: string): boolean {
  return id.includes('script-task') || id.includes('complex-gateway');
}

/** Keeps the "change element" menu to what the engine runs: no script task, no complex gateway. */
export class StdReplaceMenuFilter {
  static $inject = ['popupMenu'];

  constructor(popupMenu: PopupMenu) {
    popupMenu.registerProvider('bpmn-replace', 500, this);
  }

  getPopupMenuEntries() {
    return (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([id]) => !isForbiddenEntry(id)));
  }
}
