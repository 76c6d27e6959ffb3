import type { CasePosition } from '../api';

/**
 * Markers for a case on its diagram: where it is now, and the path it took to get there. An element
 * that is active again after having completed (a loop) shows as active.
 */
export function casePathMarkers(position: CasePosition): Record<string, string[]> {
  const markers: Record<string, string[]> = {};
  for (const id of position.completed) markers[id] = ['case-completed'];
  for (const id of position.flows) markers[id] = ['case-flow'];
  for (const id of position.active) markers[id] = ['case-active'];
  return markers;
}

/** Where to look first on the diagram: the steps the case is at, or, once it has ended, its last step. */
export function casePositionIds(position: CasePosition): string[] {
  if (position.active.length) return [...position.active];
  const last = position.completed.at(-1);
  return last ? [last] : [];
}
