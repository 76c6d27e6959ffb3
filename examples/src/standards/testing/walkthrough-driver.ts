/**
 * Drives a case of an example standard from start to end on bpmn-engine, in memory, by answering
 * each user task from a walkthrough, sending the walkthrough's messages once their point is passed, and
 * firing timers when nothing else can move. Conditions are
 * evaluated as FEEL over the case variables (client data plus completed forms); a call to another
 * standard runs that standard's walkthrough to its end first. A check that the examples can run, not
 * the platform's durable runtime.
 *
 * @example
 *   const result = await runWalkthrough('BJ-SW-FAMILY', 'main', library);
 *   result.ends  // ['End_Completed']
 */
import { BpmnModdle } from 'bpmn-moddle';
import { Engine } from 'bpmn-engine';
import { evaluateCondition, parseMinRecords, stdModdleDescriptor, validateAgainst, type MinRecords, type ServiceStandard } from '@jingzhun/standards';
import { messagesDue, type ExampleCaseData } from '../load';

export interface WalkthroughLibrary {
  standards: Map<string, ServiceStandard>;
  caseData: Map<string, ExampleCaseData>;
}

export interface WalkthroughResult {
  code: string;
  /** End events reached, in order. */
  ends: string[];
  /** User tasks completed, in order. */
  tasks: string[];
  /** Timers fired, in order. */
  timers: string[];
  /** Messages delivered, by name, in order. */
  messages: string[];
  /** Service records made, by kind, in order. */
  records: string[];
  /** Built-in services called by service tasks, in order. */
  services: string[];
  /** How many times each form was answered. */
  answered: Map<string, number>;
  /** Cases of other standards started by call activities, with their own results. */
  referrals: WalkthroughResult[];
  variables: Record<string, unknown>;
}

interface WaitingTask {
  id: string;
  executionId: string;
  signal: (message?: unknown) => void;
}

const MAX_STEPS = 400;

/** Thrown when a walkthrough cannot go on: no answer for a form, a case that stops moving, a runaway loop. */
export class WalkthroughError extends Error {
  readonly code = 'WALKTHROUGH_FAILED';
}

interface ProcessAttributes {
  /** The `std:form` of each user task. */
  forms: Map<string, string>;
  /** The `std:service` of each service task. */
  services: Map<string, string>;
  /** The service records each user task needs before it is completed (`std:minRecords`). */
  minRecords: Map<string, MinRecords>;
  /** Each message's id, by its name and by its id. */
  messages: Map<string, string>;
  /** The elements that wait for each message, by the message's id. */
  catches: Map<string, Set<string>>;
}

type ModdleElement = { $type: string; name?: string; messageRef?: { id: string }; eventDefinitions?: ModdleElement[]; get(name: string): unknown };

async function processAttributes(xml: string): Promise<ProcessAttributes> {
  const moddle = new BpmnModdle({ std: stdModdleDescriptor });
  const { elementsById } = (await moddle.fromXML(xml)) as unknown as { elementsById: Record<string, ModdleElement> };
  const found: ProcessAttributes = { forms: new Map(), services: new Map(), minRecords: new Map(), messages: new Map(), catches: new Map() };
  const attribute = (element: ModdleElement, name: string) => (typeof element.get(name) === 'string' ? (element.get(name) as string) : undefined);
  for (const [id, element] of Object.entries(elementsById)) {
    if (element.$type === 'bpmn:UserTask') found.forms.set(id, String(element.get('std:form')));
    const needs = element.$type === 'bpmn:UserTask' ? parseMinRecords(attribute(element, 'std:minRecords'), attribute(element, 'std:minRecordKinds')) : undefined;
    if (needs) found.minRecords.set(id, needs);
    if (element.$type === 'bpmn:ServiceTask') found.services.set(id, String(element.get('std:service')));
    if (element.$type === 'bpmn:Message') {
      found.messages.set(id, id);
      if (element.name) found.messages.set(element.name, id);
    }
    const refs = [element.$type === 'bpmn:ReceiveTask' ? element.messageRef : undefined, ...(element.eventDefinitions ?? []).map((d) => d.messageRef)];
    for (const ref of refs) if (ref) found.catches.set(ref.id, new Set([...(found.catches.get(ref.id) ?? []), id]));
  }
  return found;
}

/**
 * What a referral hands over: the calling case's variables that the called standard's eligibility
 * schema names, and nothing else, so no stale answer of the caller steers the called case.
 */
export function clientDataFor(calledCode: string, variables: Record<string, unknown>, library: WalkthroughLibrary): Record<string, unknown> {
  const called = library.standards.get(calledCode);
  if (!called) throw new WalkthroughError(`a call to ${calledCode}, which is not an example standard`);
  const names = Object.keys((called.population.eligibility as { properties?: object }).properties ?? {});
  return Object.fromEntries(names.filter((n) => variables[n] !== undefined).map((n) => [n, variables[n]]));
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs one walkthrough. A referred case starts, as on the platform, with the calling case's variables
 * (`startWith`), which the called standard's eligibility schema must accept.
 */
export async function runWalkthrough(
  code: string,
  walkthroughName: string,
  library: WalkthroughLibrary,
  startWith?: Record<string, unknown>,
): Promise<WalkthroughResult> {
  const standard = library.standards.get(code);
  const data = library.caseData.get(code);
  const walkthrough = data?.walkthroughs[walkthroughName];
  if (!standard || !data || !walkthrough) throw new WalkthroughError(`no walkthrough ${walkthroughName} of ${code}`);
  const sample = startWith ?? data.samples[walkthrough.sample];
  if (!sample) throw new WalkthroughError(`${code}/${walkthroughName}: no sample ${walkthrough.sample}`);
  const ineligible = validateAgainst(standard.population.eligibility, sample);
  if (ineligible.length > 0) {
    throw new WalkthroughError(`${code}/${walkthroughName}: the client data is not eligible: ${ineligible.map((p) => `${p.pointer} ${p.message.en}`).join('; ')}`);
  }

  const { forms, services, minRecords, messages, catches } = await processAttributes(standard.process);
  const variables: Record<string, unknown> = { ...sample };
  const answered = new Map<string, number>();
  const result: WalkthroughResult = { code, ends: [], tasks: [], timers: [], messages: [], records: [], services: [], answered, referrals: [], variables };
  const waitingTasks: WaitingTask[] = [];
  const sentMessages = new Set<number>();
  /** Every element that ended, in order: how a message is seen to have been caught. */
  const endedElements: string[] = [];
  const waitingCalls: Array<WaitingTask & { calledElement: string }> = [];
  const timers = new Map<object, { id: string; fire: () => void }>();

  const manualTimers = {
    register: () => ({ setTimeout: addTimer, clearTimeout: clearTimer }),
    setTimeout: addTimer,
    clearTimeout: clearTimer,
    get executing() {
      return [...timers.keys()];
    },
  };
  function addTimer(callback: (...args: unknown[]) => void, _delay: number, ...args: unknown[]) {
    const ref = {};
    const id = String((args[0] as { id?: string } | undefined)?.id ?? 'timer');
    timers.set(ref, { id, fire: () => callback(...args) });
    return ref;
  }
  function clearTimer(ref: object) {
    timers.delete(ref);
  }

  const feel = {
    register() {},
    getScript(language: string, flow: { id: string; behaviour: { conditionExpression?: { body?: string } } }) {
      const body = flow.behaviour.conditionExpression?.body;
      if (language !== 'feel' || !body) throw new WalkthroughError(`${code}: ${flow.id} has a condition that is not FEEL`);
      return {
        execute(_scope: unknown, callback: (err: Error | null, value?: boolean) => void) {
          callback(null, evaluateCondition(body, variables));
        },
      };
    },
  };

  // Built-in services only record that they were called; the platform's engine implements them.
  const builtInServices = {
    builtInServices(activity: { id: string; type: string; behaviour: Record<string, unknown> }) {
      if (activity.type !== 'bpmn:ServiceTask') return;
      const name = services.get(activity.id) ?? 'unknown';
      activity.behaviour['Service'] = function BuiltInService() {
        return {
          execute(_message: unknown, callback: (err: Error | null, output?: unknown) => void) {
            result.services.push(name);
            callback(null, {});
          },
        };
      };
    },
  };

  const engine = new Engine({
    extensions: builtInServices,
    name: `${code}-${walkthroughName}`,
    source: standard.process,
    moddleOptions: { std: stdModdleDescriptor },
    scripts: feel,
    timers: manualTimers,
  } as unknown as ConstructorParameters<typeof Engine>[0]);

  let ended = false;
  let failure: Error | undefined;
  engine.once('end', () => {
    ended = true;
  });
  engine.once('error', (err: Error) => {
    failure = err;
  });

  type Api = { id: string; type: string; executionId: string; content: { calledElement?: string; parent?: { id?: string; type?: string } }; signal: (m?: unknown) => void };
  const listener = new (await import('node:events')).EventEmitter();
  listener.on('wait', (api: Api) => {
    if (api.type === 'bpmn:UserTask') waitingTasks.push({ id: api.id, executionId: api.executionId, signal: (m) => api.signal(m) });
  });
  // A task a boundary event interrupted no longer waits.
  listener.on('activity.leave', (api: Api) => {
    const i = waitingTasks.findIndex((w) => w.executionId === api.executionId);
    if (i >= 0) waitingTasks.splice(i, 1);
  });
  listener.on('activity.call', (api: Api) => {
    waitingCalls.push({ id: api.id, executionId: api.executionId, calledElement: String(api.content.calledElement), signal: (m) => api.signal(m) });
  });
  listener.on('activity.end', (api: Api) => {
    endedElements.push(api.id);
    // The ends of the case itself, not those of its embedded subprocesses.
    if (api.type === 'bpmn:EndEvent' && api.content.parent?.type !== 'bpmn:SubProcess') result.ends.push(api.id);
  });

  await engine.execute({ listener } as unknown as Parameters<typeof engine.execute>[0]);

  for (let step = 0; step < MAX_STEPS; step++) {
    await settle();
    if (failure) throw failure;
    if (ended) return result;

    const [due] = messagesDue(walkthrough, answered, sentMessages);
    if (due) {
      const [i, message] = due;
      sentMessages.add(i);
      const messageId = messages.get(message.name);
      if (!messageId) throw new WalkthroughError(`${code}/${walkthroughName}: the process has no message ${message.name}`);
      if (message.payload) Object.assign(variables, message.payload);
      const before = endedElements.length;
      (engine.execution as unknown as { signal(payload: unknown): void }).signal({ id: messageId });
      await settle();
      if (!endedElements.slice(before).some((id) => catches.get(messageId)?.has(id))) {
        throw new WalkthroughError(`${code}/${walkthroughName}: nothing waited for message ${message.name} after ${message.after}`);
      }
      result.messages.push(message.name);
      continue;
    }
    const early = [...timers.entries()].find(([, t]) => walkthrough.fireEarly?.includes(t.id));
    if (early) {
      timers.delete(early[0]);
      result.timers.push(early[1].id);
      early[1].fire();
      continue;
    }
    const task = waitingTasks.shift();
    if (task) {
      const formId = forms.get(task.id);
      const answers = formId ? walkthrough.answers[formId] : undefined;
      if (!formId || !answers || answers.length === 0) throw new WalkthroughError(`${code}/${walkthroughName}: no answer for form ${formId} of ${task.id}`);
      // The contacts made while the task is open, before it may be completed (as the platform refuses it).
      const records = walkthrough.records?.[formId] ?? [];
      const needs = minRecords.get(task.id);
      const counted = records.filter((r) => !needs?.kinds || needs.kinds.includes(r.kind)).length;
      if (needs && counted < needs.count) {
        throw new WalkthroughError(`${code}/${walkthroughName}: ${task.id} needs ${needs.count} service records${needs.kinds ? ` (${needs.kinds.join(', ')})` : ''} before it is completed; the walkthrough makes ${counted}`);
      }
      result.records.push(...records.map((r) => r.kind));
      const n = answered.get(formId) ?? 0;
      answered.set(formId, n + 1);
      const answer = answers[Math.min(n, answers.length - 1)] as Record<string, unknown>;
      Object.assign(variables, answer);
      result.tasks.push(task.id);
      task.signal(answer);
      continue;
    }
    const call = waitingCalls.shift();
    if (call) {
      const referred = await runWalkthrough(
        call.calledElement,
        walkthrough.referrals?.[call.calledElement] ?? 'main',
        library,
        clientDataFor(call.calledElement, variables, library),
      );
      result.referrals.push(referred);
      call.signal();
      continue;
    }
    const next = timers.entries().next();
    if (!next.done) {
      const [ref, timer] = next.value;
      timers.delete(ref);
      result.timers.push(timer.id);
      timer.fire();
      continue;
    }
    throw new WalkthroughError(`${code}/${walkthroughName}: the case stopped moving after ${result.tasks.join(', ')}`);
  }
  throw new WalkthroughError(`${code}/${walkthroughName}: still running after ${MAX_STEPS} steps`);
}
