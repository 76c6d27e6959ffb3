import { isA, label, many, type BpmnElement } from '../../bpmn/bpmn-element';
import { report, type LintRuleFactory } from '../lint-context';

/**
 * A converging parallel gateway waits for a token on every incoming flow (BPMN, and the engine since
 * its correcting patch: patches/README.md). Drawn where its incoming flows are alternatives — the ways
 * out of an exclusive or event-based gateway, a task and its interrupting boundary event, a path that
 * one choice skips — it can wait forever, and every case that goes that way is stuck. Such a join is
 * meant as an exclusive gateway (merging alternatives) or needs the choice moved inside one branch.
 *
 * Found by playing the process's token game: tokens on sequence flows; a parallel gateway fires with a
 * token on each incoming flow; any other element with a token on any incoming flow; an exclusive or
 * event-based gateway sends it down one outgoing flow of its choice; a task with boundary events holds
 * it until it completes or one of them fires. Conditions are not evaluated (each way is possible), so
 * a join that only data keeps from waiting is reported too: its model still says the wrong thing.
 *
 * Every sequence flow has one target, so firing one element never disables another: exploring only
 * the first enabled element of each state (with all of its own choices) reaches every state in which
 * nothing can fire. A state with tokens left then is a join waiting forever. Bounded: at most
 * MAX_STATES states per process and MAX_TOKENS tokens on a flow (loops with non-interrupting events
 * can grow without end); past that the rule reports nothing rather than guess.
 */
const MAX_STATES = 20_000;
const MAX_TOKENS = 3;

interface Scope {
  /** The flow nodes in play (not boundary events), by index. */
  nodes: BpmnElement[];
  /** For each node, the indexes of its incoming and outgoing flows. */
  incoming: number[][];
  outgoing: number[][];
  /** For each node, its boundary events' outgoing flows and whether each interrupts. */
  boundaries: Array<Array<{ outgoing: number[]; interrupting: boolean }>>;
  flows: BpmnElement[];
  starts: number[];
}

function scopeOf(container: BpmnElement): Scope | undefined {
  const elements = many(container, 'flowElements');
  const flows = elements.filter((e) => isA(e, 'bpmn:SequenceFlow'));
  const flowIndex = new Map(flows.map((f, i) => [f, i]));
  const nodes = elements.filter((e) => isA(e, 'bpmn:FlowNode') && !isA(e, 'bpmn:BoundaryEvent') && !(isA(e, 'bpmn:SubProcess') && e['triggeredByEvent']));
  const nodeIndex = new Map(nodes.map((n, i) => [n, i]));
  const incoming: number[][] = nodes.map(() => []);
  const outgoing: number[][] = nodes.map(() => []);
  const boundaries: Scope['boundaries'] = nodes.map(() => []);
  for (const [i, flow] of flows.entries()) {
    const source = nodeIndex.get(flow['sourceRef'] as BpmnElement);
    const target = nodeIndex.get(flow['targetRef'] as BpmnElement);
    if (source !== undefined) outgoing[source]!.push(i);
    if (target !== undefined) incoming[target]!.push(i);
  }
  for (const boundary of elements.filter((e) => isA(e, 'bpmn:BoundaryEvent'))) {
    const host = nodeIndex.get(boundary['attachedToRef'] as BpmnElement);
    if (host === undefined) continue;
    const out = many(boundary, 'outgoing')
      .map((f) => flowIndex.get(f))
      .filter((i): i is number => i !== undefined);
    boundaries[host]!.push({ outgoing: out, interrupting: boundary['cancelActivity'] !== false });
  }
  const starts = nodes.flatMap((n, i) => (isA(n, 'bpmn:StartEvent') && incoming[i]!.length === 0 ? [i] : []));
  if (!starts.length || !nodes.some((n) => isA(n, 'bpmn:ParallelGateway') && incoming[nodes.indexOf(n)]!.length > 1)) return undefined;
  return { nodes, incoming, outgoing, boundaries, flows, starts };
}

/** A state: tokens on each flow, then tokens held inside each node (a task whose boundary events may fire). */
type State = Uint8Array;

/** The joins that can wait forever, each with the incoming flows that never bring their token; undefined past the bounds. */
function waitingJoins(scope: Scope): Map<number, Set<number>> | undefined {
  const { nodes, incoming, outgoing, boundaries, flows } = scope;
  const F = flows.length;
  const found = new Map<number, Set<number>>();
  const seen = new Set<string>();
  const stack: State[] = [];
  for (const start of scope.starts) {
    const state = new Uint8Array(F + nodes.length);
    for (const f of outgoing[start]!) state[f] = 1;
    stack.push(state);
  }
  const kind = nodes.map((n) => (isA(n, 'bpmn:ParallelGateway') ? 'and' : isA(n, 'bpmn:ExclusiveGateway') || isA(n, 'bpmn:EventBasedGateway') || isA(n, 'bpmn:InclusiveGateway') ? 'xor' : isA(n, 'bpmn:EndEvent') && many(n, 'eventDefinitions').some((d) => isA(d, 'bpmn:TerminateEventDefinition')) ? 'terminate' : 'task'));
  while (stack.length) {
    const state = stack.pop()!;
    const key = state.join(',');
    if (seen.has(key)) continue;
    if (seen.size >= MAX_STATES) return undefined;
    seen.add(key);
    const next: State[] = [];
    const emit = (from: State, flowsOut: readonly number[]): boolean => {
      for (const f of flowsOut) if (from[f]! >= MAX_TOKENS) return false;
      for (const f of flowsOut) from[f]! += 1;
      return true;
    };
    // The first node that can fire, with each of its choices.
    for (let n = 0; n < nodes.length && !next.length; n++) {
      if (state[F + n]) {
        // Held inside: completes, or one of its boundary events fires.
        const done = state.slice();
        done[F + n]! -= 1;
        if (emit(done, outgoing[n]!)) next.push(done);
        for (const b of boundaries[n]!) {
          const fired = state.slice();
          if (b.interrupting) fired[F + n]! -= 1;
          if (emit(fired, b.outgoing)) next.push(fired);
        }
        if (!next.length) return undefined;
        continue;
      }
      const marked = incoming[n]!.filter((f) => state[f]! > 0);
      if (!marked.length) continue;
      if (kind[n] === 'and') {
        if (marked.length < incoming[n]!.length) continue;
        const fired = state.slice();
        for (const f of incoming[n]!) fired[f]! -= 1;
        if (!emit(fired, outgoing[n]!)) return undefined;
        next.push(fired);
      } else if (kind[n] === 'terminate') {
        next.push(new Uint8Array(F + nodes.length));
      } else {
        const taken = state.slice();
        taken[marked[0]!]! -= 1;
        if (kind[n] === 'xor' && outgoing[n]!.length > 1) {
          for (const f of outgoing[n]!) {
            const chosen = taken.slice();
            if (emit(chosen, [f])) next.push(chosen);
          }
        } else if (boundaries[n]!.length) {
          taken[F + n]! += 1;
          next.push(taken);
        } else if (emit(taken, outgoing[n]!)) {
          next.push(taken);
        }
        if (!next.length) return undefined;
      }
    }
    if (next.length) {
      stack.push(...next);
      continue;
    }
    // Nothing can fire: every token left waits at a parallel join that lacks another.
    for (let n = 0; n < nodes.length; n++) {
      if (kind[n] !== 'and') continue;
      const missing = incoming[n]!.filter((f) => state[f] === 0);
      if (missing.length === incoming[n]!.length || !missing.length) continue;
      const set = found.get(n) ?? new Set<number>();
      for (const f of missing) set.add(f);
      found.set(n, set);
    }
  }
  return found;
}

/** Who sends a flow, named as people drew it. */
function sourceLabel(flow: BpmnElement): string {
  const source = flow['sourceRef'] as BpmnElement | undefined;
  return source ? label(source) : label(flow);
}

const parallelJoins: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!isA(node, 'bpmn:Process') && !isA(node, 'bpmn:SubProcess')) return;
    const scope = scopeOf(node);
    if (!scope) return;
    const joins = waitingJoins(scope);
    for (const [n, missing] of joins ?? []) {
      const from = [...missing].map((f) => sourceLabel(scope.flows[f]!));
      report(
        reporter,
        scope.nodes[n]!,
        'PARALLEL_JOIN_CAN_WAIT_FOREVER',
        `并行网关 ${label(scope.nodes[n]!)} 可能永远等待：有的个案走到这里时，来自 ${from.join(' 或 ')} 的顺序流不会再有个案到达（之前的排他网关、事件网关或边界事件选了另一条路）。汇合互斥的路径请用排他网关；需要并行时，把选择放进一个分支内部并在汇合前用排他网关合并。`,
        `parallel gateway ${label(scope.nodes[n]!)} can wait forever: in some cases nothing will arrive on the flow from ${from.join(' or ')} (an exclusive or event-based gateway or a boundary event took another way before). Merge alternative paths with an exclusive gateway; for parallel work, put the choice inside one branch and merge it with an exclusive gateway before the join.`,
      );
    }
  },
});
export default parallelJoins;
