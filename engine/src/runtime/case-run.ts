/**
 * One command's run of bpmn-engine over a case: recover the stored state with the version's compiled
 * definition, apply the command (start, complete a task, fire timers, deliver a message, end a
 * referral), run to the next wait states and report what happened. Nothing here touches the store; the
 * case writer turns the outcome into rows in one transaction.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { Engine } from 'bpmn-engine';
import { UnknownServiceError, type BuiltInCall } from '../bpmn/built-in-service';
import { DurableTimers } from '../bpmn/durable-timer';
import { GuardedScripts, literalExpressions } from '../bpmn/guarded-scripts';
import type { ProcessModel } from '../bpmn/process-model';
import type { RunHooks } from '../bpmn/run-hooks';
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

/** Where a case is: what the runtime keeps beside bpmn-engine's state to answer without an engine. */
export interface Position {
  active: ActiveElement[];
  completed: string[];
  flows: string[];
  timers: ArmedTimer[];
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
  /** Steps (elements entered) one command may take before it is stopped as a runaway. */
  maxSteps: number;
}

/** Thrown inside a run when a model loops without reaching a wait state. */
class RunawayError extends Error {
  readonly code = 'RUNAWAY';
  constructor(
    readonly elementId: string,
    steps: number,
  ) {
    super(`more than ${steps} steps without reaching a wait state (last at ${elementId})`);
  }
}

interface ElementApi {
  id: string;
  type: string;
  executionId: string;
  content: Record<string, unknown> & { error?: unknown; calledElement?: string; executionId?: string };
  signal(message?: unknown): void;
}

interface EngineState {
  definitions: unknown[];
  [key: string]: unknown;
}

interface ExecutionLike {
  state: string;
  stopped: boolean;
  environment: { getState(): unknown };
  definitions: { getState(): unknown }[];
  getPostponed(): ElementApi[];
  signal(message: unknown): void;
}

const silentLogger = () => ({ debug() {}, warn() {}, error() {} });

export function packState(state: EngineState): Buffer {
  return deflateRawSync(JSON.stringify(state));
}

export function unpackState(packed: Buffer): EngineState {
  return JSON.parse(inflateRawSync(packed).toString('utf8')) as EngineState;
}

/** The state bpmn-engine needs to recover, without the definition source it would embed. */
function stateOf(engine: Engine, execution: ExecutionLike): EngineState {
  return {
    name: engine.name,
    state: execution.state,
    stopped: execution.stopped,
    environment: execution.environment.getState(),
    definitions: execution.definitions.map((d) => d.getState()),
  };
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

export async function runCase(input: RunInput): Promise<RunOutcome> {
  const { model, now, action } = input;
  const nowIso = now.toISOString();
  const transitions: Transition[] = [];
  const active = new Map(input.position.active.map((a) => [a.executionId, { ...a }]));
  const completed = new Set(input.position.completed);
  const flows = new Set(input.position.flows);
  const priorTimers = new Map(input.position.timers.map((t) => [t.executionId, t]));
  const armed = new Map<string, ArmedTimer>();
  const fired = new Map<string, string>();
  const toFire = new Set(action.kind === 'fire' ? action.timerExecutionIds : []);
  const ended = new Set<string>();
  let failure: RunFailure | undefined;
  let processEnded = false;
  let steps = 0;

  const hooks: RunHooks = {
    feelContext: () => ({ ...input.variables, parameters: input.parameters }),
    timerDue: (elementId, timer) =>
      timerDueAt(now, { ...timer, durationParameter: model.timers.get(elementId)?.durationParameter }, input.parameters, input.parameterDefinitions),
    shouldFire: (timerExecutionId, dueAt) => toFire.has(timerExecutionId) || (!priorTimers.has(timerExecutionId) && dueAt.getTime() <= now.getTime()),
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

  const builtIn: BuiltInCall = (name, elementId) => hooks.callService(name, elementId);
  const engine = new Engine({
    name: input.caseId,
    sourceContext: model.sourceContext,
    timers: new DurableTimers(hooks),
    scripts: new GuardedScripts(hooks),
    expressions: literalExpressions,
    services: { builtIn },
    Logger: silentLogger,
  } as never);

  const listener = {
    emit(event: string, api: ElementApi) {
      switch (event) {
        case 'activity.enter': {
          if (active.has(api.executionId)) return;
          steps += 1;
          if (steps > input.maxSteps) throw new RunawayError(api.id, input.maxSteps);
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
          const executionId = api.content.executionId ?? api.executionId;
          fired.set(executionId, api.id);
          armed.delete(executionId);
          return;
        }
        case 'activity.end':
          ended.add(api.executionId);
          return;
        case 'activity.leave': {
          const entry = active.get(api.executionId);
          if (!entry) return;
          active.delete(api.executionId);
          const outcome = ended.has(api.executionId) ? 'completed' : 'cancelled';
          if (outcome === 'completed') completed.add(api.id);
          transitions.push({
            kind: 'left',
            elementId: api.id,
            elementType: api.type,
            executionId: api.executionId,
            outcome,
            durationMs: Math.max(0, now.getTime() - Date.parse(entry.enteredAt)),
            ...(entry.taskId && entry.taskId !== 'pending' ? { taskId: entry.taskId } : {}),
          });
          return;
        }
        case 'activity.error':
          if (!failure) failure = { ...causeOf(api.content.error), elementId: api.id };
          return;
        case 'flow.take':
          flows.add(api.id);
          return;
        case 'process.end':
          processEnded = true;
          return;
      }
    },
  };
  engine.on('error', (error: unknown) => {
    if (!failure) failure = { ...causeOf(error), elementId: null };
  });

  try {
    if (action.kind === 'start') {
      await engine.execute({ listener } as never);
    } else {
      if (!input.state) throw new Error(`case ${input.caseId} has no state to resume`);
      engine.recover(unpackState(input.state));
      const execution = (await engine.resume({ listener } as never)) as unknown as ExecutionLike;
      applyAction(execution, action);
    }
    // A step may finish on the next turn of the event loop; let it before reading the outcome.
    await new Promise<void>((resolve) => setImmediate(resolve));
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

  if (failure) return { status: 'failed', failure, transitions };

  for (const [executionId, timer] of armed) {
    if (!priorTimers.has(executionId)) transitions.push({ kind: 'timer-armed', ...timer });
  }
  for (const [executionId, timer] of priorTimers) {
    if (armed.has(executionId)) continue;
    if (fired.has(executionId)) transitions.push({ kind: 'timer-fired', elementId: timer.elementId, executionId, dueAt: timer.dueAt });
    else transitions.push({ kind: 'timer-cancelled', elementId: timer.elementId, executionId });
  }
  for (const [executionId, elementId] of fired) {
    if (!priorTimers.has(executionId)) transitions.push({ kind: 'timer-fired', elementId, executionId, dueAt: nowIso });
  }

  const execution = engine.execution as unknown as ExecutionLike;
  const done = processEnded && engine.state !== 'running' && active.size === 0;
  const position: Position = {
    active: [...active.values()],
    completed: [...completed],
    flows: [...flows],
    timers: [...armed.values()],
  };
  return {
    status: done ? 'completed' : 'waiting',
    state: done ? null : packState(stateOf(engine, execution)),
    position,
    transitions,
  };
}

function applyAction(execution: ExecutionLike, action: RunAction): void {
  switch (action.kind) {
    case 'signal':
    case 'call-ended': {
      const api = execution.getPostponed().find((a) => a.executionId === action.executionId);
      if (!api) throw new Error(`nothing waits at execution ${action.executionId}`);
      api.signal({});
      return;
    }
    case 'message':
      execution.signal({ id: action.messageId });
      return;
    case 'fire':
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
