/**
 * Which elements a case can still reach from where it is, read from the version's compiled process:
 * sequence flows, the boundary events of an activity, the inside of a sub-process and its way on once
 * done. A duration indicator whose `to` point no case element can reach any more is void for the case
 * (it took another way), not late.
 *
 * @example
 *   if (!canStillReach(model, ['Task_Visit'], 'Task_MinorHandover')) … // the adult's case
 */
import type { ProcessModel } from '../bpmn/process-model';

const graphs = new WeakMap<ProcessModel, { edges: Map<string, string[]>; reached: Map<string, Set<string>> }>();

/** The directed graph of "can lead to", with a node `<id>#done` for a sub-process's completion. */
function edgesOf(model: ProcessModel): Map<string, string[]> {
  const context = model.sourceContext;
  const edges = new Map<string, string[]>();
  const add = (from: string, to: string) => edges.set(from, [...(edges.get(from) ?? []), to]);
  const subProcesses = new Set<string>();
  for (const activity of context.getActivities()) {
    if (!activity.id) continue;
    const behaviour = (activity as { behaviour?: { attachedTo?: { id?: string } } }).behaviour;
    const attachedTo = behaviour?.attachedTo?.id;
    if (attachedTo) add(attachedTo, activity.id);
    const parent = activity.parent?.id;
    if (parent && parent !== model.processId) {
      subProcesses.add(parent);
      add(parent, activity.id);
      add(activity.id, `${parent}#done`);
    }
  }
  for (const flow of context.getSequenceFlows()) {
    const { sourceId, targetId } = flow as unknown as { sourceId: string; targetId: string };
    add(subProcesses.has(sourceId) ? `${sourceId}#done` : sourceId, targetId);
  }
  return edges;
}

/**
 * Every element reachable from `from` (itself included) without passing through `avoiding`, worked
 * out once per version, element and avoided element.
 */
function reachableFrom(model: ProcessModel, from: string, avoiding: string): Set<string> {
  let graph = graphs.get(model);
  if (!graph) {
    graph = { edges: edgesOf(model), reached: new Map() };
    graphs.set(model, graph);
  }
  const key = `${from}\u0000${avoiding}`;
  let reached = graph.reached.get(key);
  if (reached) return reached;
  reached = new Set([from]);
  const stack = from === avoiding ? [] : [from];
  while (stack.length) {
    for (const next of graph.edges.get(stack.pop()!) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      if (next !== avoiding) stack.push(next);
    }
  }
  graph.reached.set(key, reached);
  return reached;
}

/**
 * Whether a case active at `active` (element ids) can still reach `target` without passing through
 * `avoiding` again — for a duration, its `from`: passing it again would begin another pass (a loop
 * back to a safety assessment reaches the emergency protection, but as a new pass, not this one).
 */
export function canStillReach(model: ProcessModel, active: readonly string[], target: string, avoiding = ''): boolean {
  return active.some((id) => reachableFrom(model, id, avoiding).has(target));
}
