import type { DiffResult } from 'bpmn-js-differ';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'layout';

export interface ElementChange {
  id: string;
  kind: ChangeKind;
  /** For `changed`: the attributes that differ, e.g. `name`, `std:role`. */
  attributes: string[];
}

export interface DiffColouring {
  /** Markers for the older diagram (removed, changed). */
  from: Record<string, string[]>;
  /** Markers for the newer diagram (added, changed). */
  to: Record<string, string[]>;
  changes: ElementChange[];
}

const ORDER: ChangeKind[] = ['added', 'removed', 'changed', 'layout'];

/**
 * Colours for the two diagrams of a visual diff from bpmn-js-differ's result: added in green on the
 * new side, removed in red on the old side, changed in amber on both, moved only in a light outline.
 */
export function colourDiff(result: Pick<DiffResult, '_added' | '_removed' | '_changed' | '_layoutChanged'>): DiffColouring {
  const from: Record<string, string[]> = {};
  const to: Record<string, string[]> = {};
  const changes: ElementChange[] = [];
  const mark = (side: Record<string, string[]>, id: string, cls: string) => (side[id] ??= []).push(cls);

  for (const id of Object.keys(result._added)) {
    mark(to, id, 'diff-added');
    changes.push({ id, kind: 'added', attributes: [] });
  }
  for (const id of Object.keys(result._removed)) {
    mark(from, id, 'diff-removed');
    changes.push({ id, kind: 'removed', attributes: [] });
  }
  for (const [id, change] of Object.entries(result._changed)) {
    mark(from, id, 'diff-changed');
    mark(to, id, 'diff-changed');
    changes.push({ id, kind: 'changed', attributes: Object.keys(change.attrs ?? {}) });
  }
  for (const id of Object.keys(result._layoutChanged)) {
    // An element both changed and moved is shown as changed; the move matters less.
    if (result._changed[id]) continue;
    mark(from, id, 'diff-layout');
    mark(to, id, 'diff-layout');
    changes.push({ id, kind: 'layout', attributes: [] });
  }
  changes.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.id.localeCompare(b.id));
  return { from, to, changes };
}
