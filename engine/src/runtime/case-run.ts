/**
 * One command's run of bpmn-elements over a case: recover the stored state with the version's compiled
 * definition, apply the command (start, complete a task, fire timers, deliver a message, end a
 * referral), run to the next wait states and report what happened. Nothing here touches the store; the
 * case writer turns the outcome into rows in one transaction.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as Elements from 'bpmn-elements';
import { UnknownServiceError, type BuiltInCall } from '../bpmn/built-in-service';
import { DurableTimers } from '../bpmn/durable-timer';
import { GuardedScripts, literalExpressions } from '../bpmn/guarded-scripts';
import type { ProcessModel } from '../bpmn/process-model';
import type { RunHooks } from '../bpmn/run-hooks';
import type { IndicatorState } from '../supervision/indicator-tracker';
import { timerDueAt } from './due-dates';
import type { Parameter } from '@jingzhun/standards';

export interface ActiveElement {
  executionId: string;
  elementId: string;
  enteredAt: string;
  /** The task created for a waiting user task. */
  taskId?: string;
  /** The child case started for a call activity. */
  childCaseId?: string;
}

export interface ArmedTimer {
  executionId: string;
  elementId: string;
  dueAt: string;
}

/** Where a case is: what the runtime keeps beside bpmn-elements' state to answer without running it. */
export interface Position {
  active: ActiveElement[];
  completed: string[];
  flows: string[];
  timers: ArmedTimer[];
  /** The open occurrence of each of its version's indicators (kept by the case writer, not the run). */
  indicators?: IndicatorState;
}

export const EMPTY_POSITION: Position = { active: [], completed: [], flows: [], timers: [] };

export type RunAction =
  | { kind: 'start' }
  | { kind: 'resume' }
  | { kind: 'signal'; executionId: string }
  | { kind: 'message'; messageId: string }
  | { kind: 'fire'; timerExecutionIds: string[] }
  | { kind: 'call-ended'; executionId: string };

export type Transition =
  | { kind: 'entered'; elementId: string; elementType: string; executionId: string }
  | { kind: 'left'; elementId: string; elementType: string; executionId: string; outcome: 'completed' | 'cancelled'; durationMs: number; taskId?: string }
  | { kind: 'task'; elementId: string; executionId: string }
  | { kind: 'timer-armed'; elementId: string; executionId: string; dueAt: string }
  | { kind: 'timer-fired'; elementId: string; executionId: string; dueAt: string }
  | { kind: 'timer-cancelled'; elementId: string; executionId: string }
  | { kind: 'call'; elementId: string; executionId: string; code: string }
  | { kind: 'service'; elementId: string; service: string; effect: ServiceEffect };

/** A place kept in the transitions for an element that ended, filled when it leaves (never returned). */
const UNFILLED: Transition = { kind: 'timer-cancelled', elementId: '', executionId: '' };

export type ServiceEffect =
  | { service: 'notify'; title: { zh: string; en: string }; recipientRole: string | null }
  | { service: 'record-referral'; target: string; data: Record<string, unknown> };

export interface RunFailure {
  cause: string;
  message: string;
  elementId: string | null;
}

export type RunOutcome =
  | { status: 'waiting' | 'completed'; state: Buffer | null; position: Position; transitions: Transition[] }
  | { status: 'failed'; failure: RunFailure; transitions: Transition[] };

export interface RunInput {
  caseId: string;
  model: ProcessModel;
  parameterDefinitions: readonly Parameter[];
  state: Buffer | null;
  position: Position;
  variables: Record<string, unknown>;
  parameters: Record<string, number>;
  now: Date;
  action: RunAction;
  /**
   * Steps one command may take before it is stopped as a runaway: every event of the run counts
   * (an element entered, ended or left, a flow taken, a timer fired).
   */
  maxSteps: number;
}

/**
 * Times one command may enter the same element. Every element of a standard waits or moves on once
 * per command (the model-based tests saw no element entered twice in one command), so an element
 * entered again and again is a loop without a wait state: stopped after a few rounds, in a few
 * milliseconds, instead of at the step limit (a round of bpmn-elements' loop takes 1–3 ms).
 */
export const MAX_ENTRIES_PER_ELEMENT = 5;

/** Thrown inside a run when a model loops without reaching a wait state. */
class RunawayError extends Error {
  readonly code = 'RUNAWAY';
  constructor(
    readonly elementId: string,
    why: string,
  ) {
    super(`${why} without reaching a wait state (last at ${elementId})`);
  }
}

interface EventContent {
  id: string;
  type: string;
  executionId: string;
  error?: unknown;
}

interface EventMessage {
  fields: { routingKey: string };
  content: EventContent;
}

interface PostponedApi {
  id: string;
  type: string;
  executionId: string;
  signal(message?: unknown): void;
  /** A sub-process's waiting children (and its own wait). */
  getPostponed?(): PostponedApi[];
}

/** The part of bpmn-elements' Definition a command uses. */
interface BpmnDefinition {
  broker: {
    subscribeTmp(exchange: string, pattern: string, onMessage: (routingKey: string, message: EventMessage) => void, options: object): { queueName: string };
    bindQueue(queueName: string, exchange: string, pattern: string): void;
  };
  run(): void;
  recover(state: unknown): BpmnDefinition;
  resume(): void;
  getState(): unknown;
  getPostponed(): PostponedApi[];
  signal(message: unknown): void;
}

const { Definition, Context, Environment } = Elements as unknown as {
  Definition: new (context: unknown) => BpmnDefinition;
  Context: new (sourceContext: unknown, environment: unknown) => unknown;
  Environment: new (options: object) => unknown;
};

/**
 * What is stored: bpmn-elements' definition state, in the `definitions` list bpmn-engine's own state
 * has, so states written before the runtime drove bpmn-elements directly recover the same way.
 */
interface EngineState {
  definitions: unknown[];
  [key: string]: unknown;
}

const silentLogger = () => ({ debug() {}, warn() {}, error() {} });

/**
 * Only elements that are running are kept in the state (`disableTrackState`): where a case has been
 * is in the position beside it, so the counters of elements long left would be dead weight in every
 * command's state, JSON and deflate.
 */
const SETTINGS = { disableTrackState: true };

/**
 * The events a command reads, bound one by one: every other event of the definition (starts,
 * discards, formatting, executions) is dropped by its exchange instead of queued for us.
 */
const EVENTS = [
  'activity.enter',
  'activity.wait',
  'activity.call',
  'activity.timeout',
  'activity.end',
  'activity.leave',
  'activity.error',
  'flow.take',
  'process.end',
  'definition.leave',
  'definition.error',
];

export function packState(state: EngineState): Buffer {
  return deflateRawSync(JSON.stringify(state));
}

export function unpackState(packed: Buffer): EngineState {
  return JSON.parse(inflateRawSync(packed).toString('utf8')) as EngineState;
}

function causeOf(error: unknown): { cause: string; message: string } {
  let inner: unknown = error;
  // bpmn-elements wraps what a step threw in ActivityError (`inner`), sometimes twice.
  for (let i = 0; i < 3 && inner && typeof inner === 'object' && 'inner' in inner && (inner as { inner?: unknown }).inner; i++) {
    inner = (inner as { inner: unknown }).inner;
  }
  const code = (inner as { code?: unknown } | undefined)?.code;
  const message = (inner as Error | undefined)?.message ?? String(inner);
  return { cause: typeof code === 'string' ? code : 'RUN_ERROR', message };
}

/** Whether `elementId` lies inside the sub-process `containerId`, at any depth. */
function isInside(model: ProcessModel, elementId: string, containerId: string): boolean {
  let parent = model.sourceContext.getActivityById(elementId)?.parent?.id;
  while (parent) {
    if (parent === containerId) return true;
    parent = model.sourceContext.getActivityById(parent)?.parent?.id;
  }
  return false;
}

/** A definition of the version's compiled process, whose timers, conditions and services ask `hooks`. */
function definitionOf(model: ProcessModel, hooks: RunHooks, timers = new DurableTimers(hooks)): BpmnDefinition {
  const builtIn: BuiltInCall = (name, elementId) => hooks.callService(name, elementId);
  const environment = new Environment({
    timers,
    scripts: new GuardedScripts(hooks),
    expressions: literalExpressions,
    services: { builtIn },
    settings: SETTINGS,
    Logger: silentLogger,
  });
  return new Definition(new Context(model.sourceContext, environment));
}

/** Hooks of a definition that is only looked at: nothing is evaluated, armed or fired. */
const LOOKING: RunHooks = {
  feelContext: () => ({}),
  timerDue: () => new Date(0),
  shouldFire: () => false,
  arm: () => undefined,
  disarm: () => undefined,
  callService: () => undefined,
};

/**
 * What the stored state says waits, at any depth, as `elementId` by execution id: read by recovering
 * and resuming the definition with hooks that fire, arm and evaluate nothing, so the waits only wait
 * again. A case's position must say the same.
 */
export function waitingIn(model: ProcessModel, packed: Buffer): Map<string, string> {
  const definition = definitionOf(model, LOOKING);
  const [state] = unpackState(packed).definitions;
  definition.recover(state);
  definition.resume();
  const waiting = new Map<string, string>();
  const visit = (apis: readonly PostponedApi[]) => {
    for (const api of apis) {
      // A flow taken into a join that waits for its other flows is a token, not a wait.
      if (waiting.has(api.executionId) || api.type === 'bpmn:SequenceFlow') continue;
      waiting.set(api.executionId, api.id);
      visit(api.getPostponed?.() ?? []);
    }
  };
  visit(definition.getPostponed());
  return waiting;
}

/**
 * bpmn-engine's Engine is a wrapper around one bpmn-elements Definition: per command it builds a type
 * resolver, its own broker and three environments, and copies every event of the definition onto its
 * own broker for listeners. A command here drives the Definition itself, built from the version's
 * compiled context, and reads the few events it needs from the definition's broker.
 */
export function runCase(input: RunInput): RunOutcome {
  const { model, now, action } = input;
  const nowIso = now.toISOString();
  const transitions: Transition[] = [];
  // An element that completes leaves, in the transitions, where it ended: bpmn-elements signals the
  // leave only after its outgoing flows have run what follows, and an indicator from one element's end
  // to the next one's would otherwise see them the wrong way round (as would the event log).
  const endSlots = new Map<string, number>();
  const placed = () => transitions.filter((t) => t !== UNFILLED);
  const active = new Map(input.position.active.map((a) => [a.executionId, { ...a }]));
  const completed = new Set(input.position.completed);
  const flows = new Set(input.position.flows);
  const priorTimers = new Map(input.position.timers.map((t) => [t.executionId, t]));
  const armed = new Map<string, ArmedTimer>();
  const fired = new Map<string, string>();
  const ended = new Set<string>();
  let failure: RunFailure | undefined;
  let processEnded = false;
  let definitionLeft = false;
  let steps = 0;
  const entries = new Map<string, number>();

  const hooks: RunHooks = {
    feelContext: () => ({ ...input.variables, parameters: input.parameters }),
    timerDue: (elementId, timer) =>
      timerDueAt(now, { ...timer, durationParameter: model.timers.get(elementId)?.durationParameter }, input.parameters, input.parameterDefinitions),
    // A timer armed in this run that is already due (a date past) fires at once; one that waited
    // before fires when its job does, after the case has been resumed.
    shouldFire: (timerExecutionId, dueAt) => !priorTimers.has(timerExecutionId) && dueAt.getTime() <= now.getTime(),
    arm: (executionId, elementId, dueAt) => {
      armed.set(executionId, { executionId, elementId, dueAt: dueAt.toISOString() });
    },
    disarm: (executionId) => {
      armed.delete(executionId);
    },
    callService: (name, elementId) => {
      const effect = serviceEffect(name, elementId, model, input.variables);
      transitions.push({ kind: 'service', elementId, service: name, effect });
      return undefined;
    },
  };

  const timers = new DurableTimers(hooks);
  const definition = definitionOf(model, hooks, timers);

  const leave = (entry: ActiveElement, elementType: string, outcome: 'completed' | 'cancelled') => {
    active.delete(entry.executionId);
    if (outcome === 'completed') completed.add(entry.elementId);
    const slot = outcome === 'completed' ? endSlots.get(entry.executionId) : undefined;
    endSlots.delete(entry.executionId);
    const left: Transition = {
      kind: 'left',
      elementId: entry.elementId,
      elementType,
      executionId: entry.executionId,
      outcome,
      durationMs: Math.max(0, now.getTime() - Date.parse(entry.enteredAt)),
      ...(entry.taskId && entry.taskId !== 'pending' ? { taskId: entry.taskId } : {}),
    };
    if (slot === undefined) transitions.push(left);
    else transitions[slot] = left;
  };

  const onEvent = (routingKey: string, message: EventMessage) => {
    const api = message.content;
    // Every event counts, not only elements entered: a timer cycle that fires again at once loops
    // inside one element without entering another.
    steps += 1;
    if (steps > input.maxSteps) throw new RunawayError(api.id, `more than ${input.maxSteps} steps`);
    switch (routingKey) {
      case 'activity.enter': {
        if (active.has(api.executionId)) return;
        const rounds = (entries.get(api.id) ?? 0) + 1;
        if (rounds > MAX_ENTRIES_PER_ELEMENT) throw new RunawayError(api.id, `entered ${MAX_ENTRIES_PER_ELEMENT} times in one command`);
        entries.set(api.id, rounds);
        active.set(api.executionId, { executionId: api.executionId, elementId: api.id, enteredAt: nowIso });
        transitions.push({ kind: 'entered', elementId: api.id, elementType: api.type, executionId: api.executionId });
        return;
      }
      case 'activity.wait': {
        const entry = active.get(api.executionId);
        if (api.type === 'bpmn:UserTask' && entry && !entry.taskId) {
          entry.taskId = 'pending';
          transitions.push({ kind: 'task', elementId: api.id, executionId: api.executionId });
        }
        return;
      }
      case 'activity.call': {
        const entry = active.get(api.executionId);
        const code = model.calls.get(api.id);
        if (entry && code && !entry.childCaseId) {
          entry.childCaseId = 'pending';
          transitions.push({ kind: 'call', elementId: api.id, executionId: api.executionId, code });
        }
        return;
      }
      case 'activity.timeout': {
        fired.set(api.executionId, api.id);
        armed.delete(api.executionId);
        return;
      }
      case 'activity.end':
        ended.add(api.executionId);
        if (active.has(api.executionId) && !endSlots.has(api.executionId)) {
          endSlots.set(api.executionId, transitions.length);
          transitions.push(UNFILLED);
        }
        return;
      case 'activity.leave': {
        const entry = active.get(api.executionId);
        if (!entry) return;
        // A sub-process interrupted by a boundary event stops what runs inside it without a word:
        // those elements leave with it, cancelled.
        if (api.type === 'bpmn:SubProcess') {
          for (const inner of [...active.values()]) {
            if (inner !== entry && isInside(model, inner.elementId, api.id)) leave(inner, model.elements.get(inner.elementId)?.type ?? '', 'cancelled');
          }
        }
        leave(entry, api.type, ended.has(api.executionId) ? 'completed' : 'cancelled');
        return;
      }
      case 'activity.error':
        if (!failure) failure = { ...causeOf(api.error), elementId: api.id };
        return;
      case 'flow.take':
        flows.add(api.id);
        return;
      case 'process.end':
        processEnded = true;
        return;
      case 'definition.leave':
        definitionLeft = true;
        return;
      case 'definition.error':
        if (!failure) failure = { ...causeOf(api.error), elementId: null };
        return;
    }
  };
  const { queueName } = definition.broker.subscribeTmp('event', EVENTS[0]!, onEvent, { noAck: true, consumerTag: '_jingzhun-run' });
  for (const key of EVENTS.slice(1)) definition.broker.bindQueue(queueName, 'event', key);

  try {
    if (action.kind === 'start') {
      definition.run();
    } else {
      if (!input.state) throw new Error(`case ${input.caseId} has no state to resume`);
      const [state] = unpackState(input.state).definitions;
      definition.recover(state);
      definition.resume();
      applyAction(definition, timers, action);
    }
  } catch (error) {
    if (error instanceof RunawayError) {
      failure = { cause: error.code, message: error.message, elementId: error.elementId };
    } else if (error instanceof RangeError && /call stack/i.test(error.message)) {
      // A loop may exhaust the stack before it reaches the step limit: the same runaway.
      failure = { cause: 'RUNAWAY', message: `no wait state reached: ${error.message}`, elementId: failure?.elementId ?? null };
    } else if (!failure) {
      failure = { ...causeOf(error), elementId: null };
    }
  }

  if (failure) return { status: 'failed', failure, transitions: placed() };

  // A timer waits only while its element does: one inside a sub-process that was interrupted was
  // stopped without being cleared. (bpmn-elements names the execution of an event's timer after its
  // element's: `<element execution id>_<index>`.)
  for (const [executionId, timer] of armed) {
    const owner = active.get(executionId.slice(0, executionId.lastIndexOf('_')));
    if (owner?.elementId !== timer.elementId) armed.delete(executionId);
  }

  for (const [executionId, timer] of priorTimers) {
    if (fired.has(executionId)) transitions.push({ kind: 'timer-fired', elementId: timer.elementId, executionId, dueAt: timer.dueAt });
    else if (!armed.has(executionId)) transitions.push({ kind: 'timer-cancelled', elementId: timer.elementId, executionId });
  }
  for (const [executionId, elementId] of fired) {
    if (!priorTimers.has(executionId)) transitions.push({ kind: 'timer-fired', elementId, executionId, dueAt: nowIso });
  }
  // New timers, and a timer armed again under the execution id whose job just fired.
  for (const [executionId, timer] of armed) {
    if (!priorTimers.has(executionId) || fired.has(executionId)) transitions.push({ kind: 'timer-armed', ...timer });
  }

  const done = processEnded && definitionLeft && active.size === 0;
  const position: Position = {
    active: [...active.values()],
    completed: [...completed],
    flows: [...flows],
    timers: [...armed.values()],
  };
  return {
    status: done ? 'completed' : 'waiting',
    state: done ? null : packState({ definitions: [definition.getState()] }),
    position,
    transitions: placed(),
  };
}

/**
 * The waiting element with this execution id, at any depth. A definition lists only the elements its
 * processes wait in; a sub-process waiting among them lists its own children in turn (a task inside a
 * sub-process, and inside one nested in it).
 */
export function findWaiting(apis: readonly PostponedApi[], executionId: string, seen = new Set<string>()): PostponedApi | undefined {
  for (const api of apis) {
    if (api.executionId === executionId) return api;
  }
  for (const api of apis) {
    if (seen.has(api.executionId)) continue;
    seen.add(api.executionId);
    const inner = api.getPostponed?.();
    const found = inner?.length ? findWaiting(inner, executionId, seen) : undefined;
    if (found) return found;
  }
  return undefined;
}

function applyAction(definition: BpmnDefinition, timers: DurableTimers, action: RunAction): void {
  switch (action.kind) {
    case 'signal':
    case 'call-ended': {
      const api = findWaiting(definition.getPostponed(), action.executionId);
      if (!api) throw new Error(`nothing waits at execution ${action.executionId}`);
      api.signal({});
      return;
    }
    case 'message':
      definition.signal({ id: action.messageId });
      return;
    case 'fire':
      // A job whose timer no longer waits (its element was left meanwhile) fires nothing.
      for (const id of action.timerExecutionIds) timers.fire(id);
      return;
    case 'resume':
    case 'start':
      return;
  }
}

function serviceEffect(name: string, elementId: string, model: ProcessModel, variables: Record<string, unknown>): ServiceEffect {
  const element = model.elements.get(elementId);
  const title = element?.name ?? { zh: elementId, en: elementId };
  switch (name) {
    case 'notify': {
      const role = typeof variables['notifyRole'] === 'string' ? variables['notifyRole'] : null;
      return { service: 'notify', title, recipientRole: role };
    }
    case 'record-referral': {
      const target = typeof variables['referralTarget'] === 'string' && variables['referralTarget'] ? variables['referralTarget'] : title.zh;
      const data = typeof variables['referral'] === 'object' && variables['referral'] !== null ? (variables['referral'] as Record<string, unknown>) : {};
      return { service: 'record-referral', target, data };
    }
    default:
      throw new UnknownServiceError(elementId, name);
  }
}
