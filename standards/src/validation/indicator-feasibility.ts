/**
 * Whether the process lets an indicator be met: for each `duration`, `recurrence` and `completion`
 * indicator, the lint walks the process from the indicator's starting point to its end point and adds
 * what each step on the way may take (a user task's SLA, a timer's wait; see `allowed-time.ts` for the
 * parameters' values and the working-day rule).
 *
 * - `INDICATOR_LIMIT_BELOW_PROCESS` (warning): on some path, the steps' allowed times add up to more
 *   than the limit — a case whose every step keeps its own time limit may still miss the indicator. The
 *   message names the path's timed steps and the sums. When on some path the timers alone take longer
 *   (as for the error below), the message names that path instead: every case that goes that way
 *   misses the limit, though others may keep it.
 * - `INDICATOR_LIMIT_BELOW_MINIMUM` (error): on every path, the timers alone wait longer than the limit
 *   (work counts as done at once, timers at the shortest a district may set them) — no case can meet it.
 *
 * What is walked, for each kind (as the engine's indicator tracker opens and closes occurrences):
 * - `duration`: from its `from` point to the first time its `to` point is reached, never through the
 *   `from` point again (that would begin another pass). An element's own time counts when the walk
 *   passes its start and its end: from a task's start to its end is its SLA.
 * - `recurrence`, against `everyDays`: from the end of `span.from` to the first completion of
 *   `activity` (or the end of `span.to`), and from a completion of `activity` to the next (or the end of
 *   `span.to`): each its own problem. A recurrence over service records (`records`) is not walked: a
 *   record can be made on any day the span is open, whatever the process's steps take.
 * - `completion` with `withinDays`: from the case's start to the completion of `element`.
 *
 * How the process is read:
 * - Sequence flows lead on; a sub-process is walked inside, from its start events to its end events.
 * - A boundary event leads on from its activity: a timer after its wait, an interrupting timer also
 *   bounds its activity's time (a task's SLA or the timer, whichever is shorter); a message, signal,
 *   error or escalation comes within its activity's time. An interrupting timer on a sub-process does
 *   not shorten the walk inside it.
 * - A parallel split's branches are walked one at a time, like a choice: the longest time to its join
 *   is the longest branch, as the join waits for all; the shortest is the shortest branch, less than the
 *   join waits — which can hide an error, never invent one.
 * - Waits with no known end — a message or signal with no timer racing it on an event-based gateway, a
 *   receive task, a call activity (the referred case's time), a timer on a date, a user task without an
 *   SLA — count as nothing. They are named when a path is reported, but never make a problem alone.
 * - Loops: each path visits an element once. The longest walk is the longest path once the loops are
 *   cut where the walk first meets them (a flow back to an element already on the walk is not taken),
 *   so it is linear in the size of the process (a depth-first walk and one pass over it, no cap
 *   needed). It is the longest simple path when each loop is entered at one element (rework loops back
 *   to an earlier step, as in the shipped standards), and otherwise may miss a longer one: a missed
 *   warning, never a false one. The shortest walk is Dijkstra's, exact. A limit the longest walk keeps
 *   needs no other walk (no step takes less than it may take at most).
 *
 * @example
 *   const problems = checkIndicatorFeasibility(doc, definitions);
 *   // [{ severity: 'warning', code: 'INDICATOR_LIMIT_BELOW_PROCESS', pointer: '/indicators/3/everyDays', … }]
 */
import { isA, label, many, type BpmnElement } from '../bpmn/bpmn-element';
import type { Problem } from '../problem';
import type { LocalizedText } from '../schema/localized-text';
import {
  leastIn,
  mostIn,
  parameterRanges,
  quantityText,
  slaAmount,
  timerAmounts,
  timerOf,
  type Amount,
  type LimitUnit,
  type ParameterRange,
} from './allowed-time';

type Doc = Record<string, unknown>;

/** What one step of a path may take: at most the least of `most` (none: no known end), at least `least`. */
interface Step {
  element: BpmnElement;
  most: Amount[];
  least?: Amount | undefined;
}

/**
 * The process as a graph of points: each flow node `i` has a start point `2i` and an end point `2i+1`;
 * the case's start is the last point. An edge from a start to its end carries the node's step.
 */
interface ProcessGraph {
  index: Map<string, number>;
  elements: BpmnElement[];
  points: number;
  caseStart: number;
  out: number[][];
  edgeFrom: number[];
  edgeTo: number[];
  edgeStep: Array<Step | undefined>;
}

const start = (i: number) => 2 * i;
const end = (i: number) => 2 * i + 1;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Waits for something from outside, with no end the process knows. */
function waitsOutside(element: BpmnElement): boolean {
  if (isA(element, 'bpmn:ReceiveTask') || isA(element, 'bpmn:CallActivity')) return true;
  return isA(element, 'bpmn:IntermediateCatchEvent') && !timerOf(element);
}

function buildGraph(definitions: BpmnElement, parameters: ReadonlyMap<string, ParameterRange>): ProcessGraph {
  const elements: BpmnElement[] = [];
  const flows: BpmnElement[] = [];
  const parentOf = new Map<BpmnElement, BpmnElement | undefined>();
  const topStarts: BpmnElement[] = [];
  const visit = (container: BpmnElement, subProcess: BpmnElement | undefined) => {
    for (const element of many(container, 'flowElements')) {
      if (isA(element, 'bpmn:SequenceFlow')) flows.push(element);
      else if (isA(element, 'bpmn:FlowNode') && element.id) {
        elements.push(element);
        parentOf.set(element, subProcess);
        if (!subProcess && isA(element, 'bpmn:StartEvent')) topStarts.push(element);
        if (isA(element, 'bpmn:SubProcess')) visit(element, element);
      }
    }
  };
  for (const root of many(definitions, 'rootElements')) if (isA(root, 'bpmn:Process')) visit(root, undefined);

  const index = new Map<string, number>();
  elements.forEach((element, i) => index.set(element.id!, i));
  const points = 2 * elements.length + 1;
  const graph: ProcessGraph = { index, elements, points, caseStart: points - 1, out: Array.from({ length: points }, () => []), edgeFrom: [], edgeTo: [], edgeStep: [] };
  const edge = (from: number, to: number, step?: Step) => {
    graph.out[from]!.push(graph.edgeFrom.length);
    graph.edgeFrom.push(from);
    graph.edgeTo.push(to);
    graph.edgeStep.push(step);
  };
  const at = (element: unknown) => (element && typeof (element as BpmnElement).id === 'string' ? index.get((element as BpmnElement).id!) : undefined);

  const targetsOf = new Map<unknown, BpmnElement[]>();
  for (const flow of flows) {
    const target = flow['targetRef'] as BpmnElement | undefined;
    if (target) targetsOf.set(flow['sourceRef'], [...(targetsOf.get(flow['sourceRef']) ?? []), target]);
  }

  // Each node's step; boundary events bound their activity, event-based gateways their message catches.
  const steps = new Map<BpmnElement, Step>();
  for (const element of elements) {
    if (isA(element, 'bpmn:UserTask')) {
      const sla = slaAmount(element, parameters);
      steps.set(element, { element, most: sla ? [sla] : [] });
    } else if (isA(element, 'bpmn:IntermediateCatchEvent') || isA(element, 'bpmn:BoundaryEvent')) {
      const timer = timerOf(element);
      const wait = timer ? timerAmounts(timer, parameters) : undefined;
      if (wait) steps.set(element, { element, most: [wait.most], least: wait.least });
      else if (timer || isA(element, 'bpmn:IntermediateCatchEvent')) steps.set(element, { element, most: [] });
    } else if (waitsOutside(element)) {
      steps.set(element, { element, most: [] });
    }
  }
  for (const element of elements) {
    if (!isA(element, 'bpmn:BoundaryEvent') || element['cancelActivity'] === false) continue;
    const activity = element['attachedToRef'] as BpmnElement | undefined;
    const timer = timerOf(element) ? steps.get(element) : undefined;
    const task = activity ? steps.get(activity) : undefined;
    if (timer?.most.length && task && !isA(activity, 'bpmn:SubProcess')) task.most.push(...timer.most);
  }
  for (const element of elements) {
    if (!isA(element, 'bpmn:BoundaryEvent') || timerOf(element)) continue;
    // A message, signal, error or escalation comes while its activity runs.
    const activity = element['attachedToRef'] as BpmnElement | undefined;
    const within = activity ? steps.get(activity)?.most : undefined;
    steps.set(element, { element, most: within ? [...within] : [] });
  }
  for (const element of elements) {
    if (!isA(element, 'bpmn:EventBasedGateway')) continue;
    const targets = targetsOf.get(element) ?? [];
    const timers = targets.flatMap((t) => (timerOf(t) ? (steps.get(t)?.most ?? []) : []));
    for (const target of targets) {
      const step = steps.get(target);
      if (step && !timerOf(target) && step.most.length === 0) step.most.push(...timers);
    }
  }

  elements.forEach((element, i) => {
    if (!isA(element, 'bpmn:SubProcess')) edge(start(i), end(i), steps.get(element));
  });
  for (const flow of flows) {
    const from = at(flow['sourceRef']);
    const to = at(flow['targetRef']);
    if (from !== undefined && to !== undefined) edge(end(from), start(to));
  }
  // A sub-process leads in to its start events, and out once an element inside ends with nowhere to go.
  const entered = new Set<number>();
  elements.forEach((element, i) => {
    const parent = parentOf.get(element);
    const p = parent ? at(parent) : undefined;
    if (p !== undefined && isA(element, 'bpmn:StartEvent') && many(element, 'eventDefinitions').length === 0) {
      edge(start(p), start(i));
      entered.add(p);
    }
    if (p !== undefined && !targetsOf.has(element) && !isA(element, 'bpmn:StartEvent')) edge(end(i), end(p));
    if (isA(element, 'bpmn:BoundaryEvent')) {
      const activity = at(element['attachedToRef']);
      if (activity !== undefined) edge(start(activity), start(i));
    }
  });
  // An empty sub-process is passed through at once.
  elements.forEach((element, i) => {
    if (isA(element, 'bpmn:SubProcess') && !entered.has(i)) edge(start(i), end(i));
  });
  for (const s of topStarts) edge(graph.caseStart, start(index.get(s.id!)!));
  return graph;
}

/** A path found: its length in the limit's unit and its edges in order. */
interface Walk {
  total: number;
  edges: number[];
}

/** Follows `via` back from `last` (the edge into a target) to the source. */
function pathTo(graph: ProcessGraph, via: Int32Array, last: number, source: number): number[] {
  const edges = [last];
  let point = graph.edgeFrom[last]!;
  while (point !== source) {
    const e = via[point]!;
    edges.push(e);
    point = graph.edgeFrom[e]!;
  }
  return edges.reverse();
}

/**
 * The longest path from `source` to a target, with a flow back to a point already on the walk not
 * taken: a depth-first walk, each point's longest way on worked out once it is left.
 */
function longestWalk(graph: ProcessGraph, weight: Float64Array, source: number, isTarget: (point: number) => boolean): Walk | undefined {
  const state = new Uint8Array(graph.points); // 0 not seen, 1 on the walk, 2 left
  const best = new Float64Array(graph.points).fill(-Infinity);
  const next = new Int32Array(graph.points).fill(-1);
  const stack = [source];
  const cursor = [0];
  state[source] = 1;
  while (stack.length > 0) {
    const point = stack[stack.length - 1]!;
    const out = graph.out[point]!;
    const k = cursor[cursor.length - 1]!;
    if (k < out.length) {
      cursor[cursor.length - 1] = k + 1;
      const to = graph.edgeTo[out[k]!]!;
      if (!isTarget(to) && state[to] === 0) {
        state[to] = 1;
        stack.push(to);
        cursor.push(0);
      }
      continue;
    }
    for (const e of out) {
      const to = graph.edgeTo[e]!;
      const length = isTarget(to) ? weight[e]! : state[to] === 2 ? weight[e]! + best[to]! : -Infinity;
      if (length > best[point]!) {
        best[point] = length;
        next[point] = e;
      }
    }
    state[point] = 2;
    stack.pop();
    cursor.pop();
  }
  if (best[source] === -Infinity) return undefined;
  const edges: number[] = [];
  let point = source;
  for (;;) {
    const e = next[point]!;
    edges.push(e);
    point = graph.edgeTo[e]!;
    if (isTarget(point)) break;
  }
  return { total: best[source]!, edges };
}

/** The shortest path from `source` to a target (Dijkstra's, targets not walked through). */
function shortestWalk(graph: ProcessGraph, weight: Float64Array, source: number, isTarget: (point: number) => boolean): Walk | undefined {
  const distance = new Float64Array(graph.points).fill(Infinity);
  const via = new Int32Array(graph.points).fill(-1);
  distance[source] = 0;
  let bestTotal = Infinity;
  let bestEdge = -1;
  const heap = new MinHeap();
  heap.push(0, source);
  while (heap.size > 0) {
    const [d, point] = heap.pop();
    if (d > distance[point]! || d >= bestTotal) continue;
    for (const e of graph.out[point]!) {
      const to = graph.edgeTo[e]!;
      const length = d + weight[e]!;
      if (isTarget(to)) {
        if (length < bestTotal) {
          bestTotal = length;
          bestEdge = e;
        }
      } else if (length < distance[to]!) {
        distance[to] = length;
        via[to] = e;
        heap.push(length, to);
      }
    }
  }
  return bestEdge < 0 ? undefined : { total: bestTotal, edges: pathTo(graph, via, bestEdge, source) };
}

/** A binary heap of (distance, point), least distance first. */
class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  pop(): [number, number] {
    const { keys, values } = this;
    const top: [number, number] = [keys[0]!, values[0]!];
    const lastKey = keys.pop()!;
    const lastValue = values.pop()!;
    if (keys.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= keys.length) break;
        const child = left + 1 < keys.length && keys[left + 1]! < keys[left]! ? left + 1 : left;
        if (keys[child]! >= lastKey) break;
        keys[i] = keys[child]!;
        values[i] = values[child]!;
        i = child;
      }
      keys[i] = lastKey;
      values[i] = lastValue;
    }
    return top;
  }
}

/** How an element is named in a message, in each language. */
function named(element: BpmnElement): LocalizedText {
  const english = typeof element['nameEn'] === 'string' && element['nameEn'].trim() ? element['nameEn'].trim() : undefined;
  return { zh: label(element), en: english ? `${english} (${element.id})` : label(element) };
}

/** One walk an indicator asks for: where it begins and ends, and how a person reads it. */
interface Leg {
  source: number;
  targets: number[];
  text: LocalizedText;
}

interface Limit {
  /** The city's limit, for the longest walk. */
  city: number;
  /** The most any district may set it to, for the shortest. */
  loosest: number;
  unit: LimitUnit;
  parameter?: string | undefined;
  pointer: string;
}

function limitOf(value: unknown, unit: LimitUnit, pointer: string, parameters: ReadonlyMap<string, ParameterRange>): Limit | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return { city: value, loosest: value, unit, pointer };
  const ref = asRecord(value)?.['parameter'];
  const parameter = typeof ref === 'string' ? parameters.get(ref) : undefined;
  if (!parameter) return undefined;
  return { city: parameter.default, loosest: parameter.tighter === 'higher' ? parameter.max : parameter.default, unit, parameter: parameter.id, pointer };
}

/** What to walk for an indicator, and against which limit; undefined when it names what is not there. */
function legsOf(indicator: Doc, at: string, graph: ProcessGraph, parameters: ReadonlyMap<string, ParameterRange>): { legs: Leg[]; limit: Limit } | undefined {
  const node = (value: unknown) => (typeof value === 'string' ? graph.index.get(value) : undefined);
  const edgeText = (edge: 'start' | 'end') => (edge === 'start' ? { zh: '开始', en: 'start' } : { zh: '结束', en: 'end' });
  switch (indicator['kind']) {
    case 'duration': {
      const from = asRecord(indicator['from']);
      const to = asRecord(indicator['to']);
      const f = node(from?.['element']);
      const t = node(to?.['element']);
      const unit = indicator['unit'];
      if (f === undefined || t === undefined || (unit !== 'working_days' && unit !== 'days' && unit !== 'hours')) return undefined;
      const limit = limitOf(indicator['limit'], unit, `${at}/limit`, parameters);
      if (!limit) return undefined;
      const fromEdge = from?.['edge'] === 'start' ? 'start' : 'end';
      const toEdge = to?.['edge'] === 'start' ? 'start' : 'end';
      const a = named(graph.elements[f]!);
      const b = named(graph.elements[t]!);
      const text = {
        zh: `从 ${a.zh} ${edgeText(fromEdge).zh}到 ${b.zh} ${edgeText(toEdge).zh}`,
        en: `from the ${edgeText(fromEdge).en} of ${a.en} to the ${edgeText(toEdge).en} of ${b.en}`,
      };
      return { legs: [{ source: fromEdge === 'start' ? start(f) : end(f), targets: [toEdge === 'start' ? start(t) : end(t)], text }], limit };
    }
    case 'recurrence': {
      // Records are made whenever the caseworker is in touch, not at a step: no walk can miss them.
      if (indicator['records'] !== undefined) return undefined;
      const span = asRecord(indicator['span']);
      const activity = node(indicator['activity']);
      const from = node(span?.['from']);
      const to = node(span?.['to']);
      if (activity === undefined || from === undefined || to === undefined) return undefined;
      const limit = limitOf(indicator['everyDays'], 'days', `${at}/everyDays`, parameters);
      if (!limit) return undefined;
      const a = named(graph.elements[activity]!);
      const s = named(graph.elements[from]!);
      const targets = [end(activity), end(to)];
      return {
        legs: [
          { source: end(from), targets, text: { zh: `从 ${s.zh} 结束到首次完成 ${a.zh}`, en: `from the end of ${s.en} to the first completion of ${a.en}` } },
          { source: end(activity), targets, text: { zh: `两次完成 ${a.zh} 之间`, en: `between two completions of ${a.en}` } },
        ],
        limit,
      };
    }
    case 'completion': {
      const element = node(indicator['element']);
      if (element === undefined || indicator['withinDays'] === undefined) return undefined;
      const limit = limitOf(indicator['withinDays'], 'days', `${at}/withinDays`, parameters);
      if (!limit) return undefined;
      const e = named(graph.elements[element]!);
      return { legs: [{ source: graph.caseStart, targets: [end(element)], text: { zh: `从立案到完成 ${e.zh}`, en: `from the case's start to the completion of ${e.en}` } }], limit };
    }
    default:
      return undefined;
  }
}

/** The most (`hi`) and the least (`lo`) each edge takes in a unit. */
interface Weights {
  hi: Float64Array;
  lo: Float64Array;
  /** Per edge, the amount that bounds its step's most (the least of them), or -1 for none. */
  binding: Int32Array;
}

function weightsIn(graph: ProcessGraph, unit: LimitUnit): Weights {
  const n = graph.edgeTo.length;
  const weights: Weights = { hi: new Float64Array(n), lo: new Float64Array(n), binding: new Int32Array(n).fill(-1) };
  graph.edgeStep.forEach((step, e) => {
    if (!step) return;
    step.most.forEach((amount, k) => {
      const most = mostIn(amount.span, unit);
      if (weights.binding[e] === -1 || most < weights.hi[e]!) {
        weights.hi[e] = most;
        weights.binding[e] = k;
      }
    });
    if (step.least) weights.lo[e] = leastIn(step.least.span, unit);
  });
  return weights;
}

/** At most this many steps are listed in a message; the rest are summed. */
const LISTED_STEPS = 12;

/** How an amount becomes the limit's unit: as it is, exactly (hours, days and weeks), or within bounds (working days, months, years). */
function conversionOf(amount: Amount, unit: LimitUnit): 'none' | 'exact' | 'bounded' {
  if (amount.unit === unit) return 'none';
  const { span } = amount;
  return unit !== 'working_days' && span.workingDays === 0 && span.months === 0 && span.years === 0 ? 'exact' : 'bounded';
}

function amountText(amount: Amount, converted: number, unit: LimitUnit, bound: 'most' | 'least'): LocalizedText {
  const notes: LocalizedText[] = [];
  const parameter = amount.parameter;
  if (parameter?.value === 'default') notes.push({ zh: `参数 ${parameter.id}`, en: `parameter ${parameter.id}` });
  else if (parameter) {
    const which = parameter.value === 'min' ? { zh: '最小值', en: 'min' } : { zh: '最大值', en: 'max' };
    notes.push({ zh: `参数 ${parameter.id} 的${which.zh}`, en: `parameter ${parameter.id} at its ${which.en}` });
  }
  const conversion = conversionOf(amount, unit);
  const q = quantityText(converted, unit);
  if (conversion === 'exact') notes.push({ zh: `即 ${q.zh}`, en: `that is ${q.en}` });
  else if (conversion === 'bounded') notes.push(bound === 'most' ? { zh: `至多 ${q.zh}`, en: `at most ${q.en}` } : { zh: `至少 ${q.zh}`, en: `at least ${q.en}` });
  if (notes.length === 0) return amount.text;
  return { zh: `${amount.text.zh}（${notes.map((n) => n.zh).join('，')}）`, en: `${amount.text.en} (${notes.map((n) => n.en).join(', ')})` };
}

/**
 * The timed steps of a walk as `A 30 天 + B 5 个工作日（至多 7 天）`; whether any was converted from
 * another unit or given by a parameter; and the steps with no known end.
 */
function describeSteps(
  graph: ProcessGraph,
  weights: Weights,
  walk: Walk,
  unit: LimitUnit,
  bound: 'most' | 'least',
): { sum: LocalizedText; converted: boolean; byParameter: boolean; open: string[] } {
  const parts: LocalizedText[] = [];
  const open: string[] = [];
  let converted = false;
  let byParameter = false;
  let rest = 0;
  let restCount = 0;
  for (const e of walk.edges) {
    const step = graph.edgeStep[e];
    if (!step) continue;
    const amount = bound === 'most' ? step.most[weights.binding[e]!] : step.least;
    if (bound === 'most' && !amount) {
      open.push(step.element.id!);
      continue;
    }
    const value = bound === 'most' ? weights.hi[e]! : weights.lo[e]!;
    if (!amount || value <= 0) continue;
    if (parts.length >= LISTED_STEPS) {
      rest += value;
      restCount += 1;
      continue;
    }
    converted ||= conversionOf(amount, unit) === 'bounded';
    byParameter ||= amount.parameter !== undefined;
    const name = named(step.element);
    const text = amountText(amount, value, unit, bound);
    parts.push({ zh: `${name.zh} ${text.zh}`, en: `${name.en} ${text.en}` });
  }
  if (restCount > 0) {
    const q = quantityText(rest, unit);
    parts.push({ zh: `其余 ${restCount} 步共 ${q.zh}`, en: `${restCount} more steps, ${q.en} in all` });
  }
  return { sum: { zh: parts.map((p) => p.zh).join(' + '), en: parts.map((p) => p.en).join(' + ') }, converted, byParameter, open };
}

function limitText(value: number, limit: Limit): LocalizedText {
  const q = quantityText(value, limit.unit);
  return limit.parameter ? { zh: `${q.zh}（参数 ${limit.parameter}）`, en: `${q.en} (parameter ${limit.parameter})` } : q;
}

const CONVERSION_NOTE: Record<'most' | 'least', LocalizedText> = {
  most: { zh: '工作日与日历日按每周五个工作日换算，不计长假', en: 'working and calendar days converted at five working days a week, long holidays aside' },
  least: { zh: '工作日与日历日按任何日历下的最少换算', en: 'working and calendar days converted at the least any calendar gives' },
};

/** How the least was counted, when it matters: timers at a district's shortest, units converted. */
function leastNote(steps: { byParameter: boolean; converted: boolean }): LocalizedText {
  const notes: LocalizedText[] = [];
  if (steps.byParameter) notes.push({ zh: '定时器按各区可设的最短值计', en: 'timers at the shortest any district may set' });
  if (steps.converted) notes.push(CONVERSION_NOTE.least);
  return notes.length > 0 ? { zh: `（${notes.map((n) => n.zh).join('；')}）`, en: ` (${notes.map((n) => n.en).join('; ')})` } : { zh: '', en: '' };
}

/** Tolerance for sums of decimals (hours as days). */
const EPSILON = 1e-9;

/** Every `duration`, `recurrence` and `completion` indicator whose limit the process cannot or may not keep. */
export function checkIndicatorFeasibility(doc: Doc, definitions: BpmnElement): Problem[] {
  const list = doc['indicators'];
  if (!Array.isArray(list) || list.length === 0) return [];
  const parameters = parameterRanges(doc);
  let graph: ProcessGraph | undefined;
  const weightsByUnit = new Map<LimitUnit, Weights>();
  const problems: Problem[] = [];

  list.forEach((item, i) => {
    const indicator = asRecord(item);
    if (!indicator || !['duration', 'recurrence', 'completion'].includes(String(indicator['kind']))) return;
    graph ??= buildGraph(definitions, parameters);
    const found = legsOf(indicator, `/indicators/${i}`, graph, parameters);
    if (!found) return;
    const { legs, limit } = found;
    let weights = weightsByUnit.get(limit.unit);
    if (!weights) {
      weights = weightsIn(graph, limit.unit);
      weightsByUnit.set(limit.unit, weights);
    }
    const id = String(indicator['id']);
    for (const leg of legs) {
      const targets = new Set(leg.targets);
      const isTarget = (point: number) => targets.has(point);
      // Each step's least is at most its most, and the city's limit at most the loosest: a walk within it is all.
      const most = longestWalk(graph, weights.hi, leg.source, isTarget);
      if (!most || most.total <= limit.city + EPSILON) continue;
      const least = shortestWalk(graph, weights.lo, leg.source, isTarget);
      if (least && least.total > limit.loosest + EPSILON) {
        const steps = describeSteps(graph, weights, least, limit.unit, 'least');
        const total = quantityText(least.total, limit.unit);
        const lim = limitText(limit.loosest, limit);
        const note = leastNote(steps);
        problems.push({
          severity: 'error',
          code: 'INDICATOR_LIMIT_BELOW_MINIMUM',
          message: {
            zh: `指标 “${id}” 的时限为 ${lim.zh}，但${leg.text.zh}，仅定时器就至少需要 ${total.zh}：${steps.sum.zh}，任何个案都无法达标${note.zh}`,
            en: `indicator "${id}" has a limit of ${lim.en}, but ${leg.text.en}, the timers alone take at least ${total.en}: ${steps.sum.en}; no case can meet it${note.en}`,
          },
          pointer: limit.pointer,
        });
        continue;
      }
      // A way whose timers alone take longer: every case that goes that way misses the limit.
      const waits = longestWalk(graph, weights.lo, leg.source, isTarget);
      if (waits && waits.total > limit.loosest + EPSILON) {
        const steps = describeSteps(graph, weights, waits, limit.unit, 'least');
        const total = quantityText(waits.total, limit.unit);
        const lim = limitText(limit.loosest, limit);
        const note = leastNote(steps);
        problems.push({
          severity: 'warning',
          code: 'INDICATOR_LIMIT_BELOW_PROCESS',
          message: {
            zh: `指标 “${id}” 的时限为 ${lim.zh}，但${leg.text.zh}，有一条路径仅定时器就至少需要 ${total.zh}：${steps.sum.zh}，走这条路径的个案都会超时${note.zh}`,
            en: `indicator "${id}" has a limit of ${lim.en}, but ${leg.text.en}, the timers alone on one way take at least ${total.en}: ${steps.sum.en}; every case that goes this way misses it${note.en}`,
          },
          pointer: limit.pointer,
        });
        continue;
      }
      const steps = describeSteps(graph, weights, most, limit.unit, 'most');
      const total = quantityText(most.total, limit.unit);
      const lim = limitText(limit.city, limit);
      const open = steps.open.length > 0 ? { zh: `；另有没有时限的步骤：${steps.open.join('、')}`, en: `; and steps with no time limit: ${steps.open.join(', ')}` } : { zh: '', en: '' };
      const note = steps.converted ? { zh: `（${CONVERSION_NOTE.most.zh}）`, en: ` (${CONVERSION_NOTE.most.en})` } : { zh: '', en: '' };
      problems.push({
        severity: 'warning',
        code: 'INDICATOR_LIMIT_BELOW_PROCESS',
        message: {
          zh: `指标 “${id}” 的时限为 ${lim.zh}，但${leg.text.zh}，流程允许的最长用时为 ${total.zh}：${steps.sum.zh}${open.zh}${note.zh}`,
          en: `indicator "${id}" has a limit of ${lim.en}, but ${leg.text.en}, the process allows up to ${total.en}: ${steps.sum.en}${open.en}${note.en}`,
        },
        pointer: limit.pointer,
      });
    }
  });
  return problems;
}
