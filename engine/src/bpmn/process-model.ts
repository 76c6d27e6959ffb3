/**
 * A standard's BPMN process, read once per published version: validated by the standards' own
 * `validateStandard` (the one set of rules: whatever it accepts runs here, and its errors refuse the
 * version), then compiled for bpmn-engine (the serialized context every case of the version reuses, so
 * case states never carry the source) and indexed for the runtime. Nothing here checks a rule of its own.
 *
 * @example
 *   const model = await compileProcess(standard); // throws StandardNotRunnableError with validation's errors
 *   model.userTasks.get('assess')?.role;
 */
import BpmnModdle, { type ModdleElement } from 'bpmn-moddle';
import serializer, { TypeResolver, type SerializableContext } from 'moddle-context-serializer';
import {
  detailOf,
  parseMinRecords,
  processesOf,
  stdModdleDescriptor,
  validateStandard,
  type BpmnElement,
  type CaseRole,
  type LocalizedText,
  type MinRecords,
  type Problem,
  type ProcessNames,
  type ServiceStandard,
} from '@jingzhun/standards';
import { StandardNotRunnableError } from '../errors';
import { BuiltInServiceBehaviour } from './built-in-service';
import { ELEMENT_BEHAVIOURS } from './element-behaviours';

export interface ElementSpec {
  id: string;
  type: string;
  name: LocalizedText;
}

export interface UserTaskSpec extends ElementSpec {
  role: string | null;
  assignTo: CaseRole | null;
  formId: string | null;
  form: Record<string, unknown> | null;
  sla?: string | undefined;
  slaParameter?: string | undefined;
  /** The service records the task needs before it is completed (`std:minRecords`, `std:minRecordKinds`). */
  minRecords?: MinRecords | undefined;
}

export interface ProcessModel {
  processId: string;
  /** bpmn-engine's serialized context, shared read-only by every case of the version. */
  sourceContext: SerializableContext;
  elements: Map<string, ElementSpec>;
  userTasks: Map<string, UserTaskSpec>;
  /** Timer events by element id, with the parameter that sets their duration, if any. */
  timers: Map<string, { durationParameter?: string | undefined }>;
  /** Message ids to names. */
  messages: Map<string, string>;
  /** Elements that wait for a message, to the message id. */
  messageWaits: Map<string, string>;
  /** Call activities to the code of the standard they refer to. */
  calls: Map<string, string>;
  /** Service tasks to the built-in service they call. */
  services: Map<string, string>;
}

const typeResolver = TypeResolver(ELEMENT_BEHAVIOURS as Record<string, unknown>);

function attr(element: ModdleElement, name: string): string | undefined {
  const value = element.get(`std:${name}`) ?? element[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function children(element: ModdleElement): ModdleElement[] {
  return [...((element['flowElements'] as ModdleElement[] | undefined) ?? []), ...((element['artifacts'] as ModdleElement[] | undefined) ?? [])];
}

/** How a standard is validated before it is compiled: `validateStandard`, here or off the event loop. */
export type ValidateStandard = (standard: ServiceStandard) => Promise<Problem[]>;

/**
 * Validates `standard` and compiles its process; throws StandardNotRunnableError carrying every error of
 * the validation (warnings do not refuse). A server passes a `validate` that runs in a worker thread,
 * so a large standard compiled at its first case does not hold up every other request.
 */
export async function compileProcess(standard: ServiceStandard, validate: ValidateStandard = validateStandard): Promise<ProcessModel> {
  const errors = (await validate(standard)).filter((p) => p.severity === 'error');
  if (errors.length) throw new StandardNotRunnableError(standard.code, errors.map(detailOf));
  return compileUnvalidated(standard);
}

/**
 * Compiles a process without validating it. The runtime never calls this: it is for tests of the
 * runtime's own guards (a runaway loop, an out-of-range due time), which must hold even for a model
 * that validation would refuse.
 */
export async function compileUnvalidated(standard: ServiceStandard): Promise<ProcessModel> {
  // Validation read the same text through the safe-XML gate; this reading keeps what the serializer needs.
  const context = await new BpmnModdle({ std: stdModdleDescriptor }).fromXML(standard.process);
  const roots = (context.rootElement['rootElements'] as ModdleElement[] | undefined) ?? [];
  const process = processesOf(context.rootElement as unknown as BpmnElement)[0] as unknown as ModdleElement | undefined;
  if (!process) throw new Error(`${standard.code}: no process with flow elements to compile`);
  const model: Omit<ProcessModel, 'sourceContext'> = {
    processId: process.id ?? 'process',
    elements: new Map(),
    userTasks: new Map(),
    timers: new Map(),
    messages: new Map(),
    messageWaits: new Map(),
    calls: new Map(),
    services: new Map(),
  };
  for (const root of roots) {
    if (root.$type === 'bpmn:Message' && root.id) model.messages.set(root.id, typeof root.name === 'string' && root.name ? root.name : root.id);
  }
  const roles = new Map(standard.roles.map((r) => [r.id, r]));

  const index = (element: ModdleElement) => {
    const id = element.id ?? '?';
    const type = element.$type;
    const name: LocalizedText = {
      zh: (typeof element.name === 'string' && element.name.trim()) || id,
      en: attr(element, 'nameEn') ?? ((typeof element.name === 'string' && element.name.trim()) || id),
    };
    if (type !== 'bpmn:SequenceFlow') model.elements.set(id, { id, type, name });
    if (type === 'bpmn:UserTask') {
      const roleId = attr(element, 'role');
      const formId = attr(element, 'form');
      model.userTasks.set(id, {
        id,
        type,
        name,
        role: roleId ?? null,
        assignTo: (roleId && roles.get(roleId)?.assignTo) || null,
        formId: formId ?? null,
        form: formId ? (standard.forms[formId] ?? null) : null,
        sla: attr(element, 'sla'),
        slaParameter: attr(element, 'slaParameter'),
        minRecords: parseMinRecords(attr(element, 'minRecords'), attr(element, 'minRecordKinds')),
      });
    }
    const service = type === 'bpmn:ServiceTask' ? attr(element, 'service') : undefined;
    if (service) model.services.set(id, service);
    if (type === 'bpmn:CallActivity' && typeof element['calledElement'] === 'string') model.calls.set(id, element['calledElement'].trim());
    const received = type === 'bpmn:ReceiveTask' ? (element['messageRef'] as ModdleElement | undefined)?.id : undefined;
    if (received) model.messageWaits.set(id, received);
    for (const definition of (element['eventDefinitions'] as ModdleElement[] | undefined) ?? []) {
      if (definition.$type === 'bpmn:TimerEventDefinition') model.timers.set(id, { durationParameter: attr(definition, 'durationParameter') });
      // A message start event starts the case; the other catching message events wait in it.
      const waits = ['bpmn:IntermediateCatchEvent', 'bpmn:BoundaryEvent'].includes(type);
      const ref = (definition['messageRef'] as ModdleElement | undefined)?.id;
      if (definition.$type === 'bpmn:MessageEventDefinition' && waits && ref) model.messageWaits.set(id, ref);
    }
    for (const child of children(element)) index(child);
  };
  for (const element of children(process)) index(element);

  const sourceContext = serializer(context as never, typeResolver, (behaviour: Record<string, unknown>) => {
    if (behaviour['$type'] === 'bpmn:ServiceTask' && behaviour['service']) behaviour['Service'] = BuiltInServiceBehaviour;
    return undefined;
  });
  return { ...model, sourceContext };
}

/** The names of a compiled process's elements, for saying its indicators in words. */
export function processNames(model: ProcessModel): ProcessNames {
  return {
    element: (id) => model.elements.get(id)?.name,
    taskWithForm: (form) => [...model.userTasks.values()].find((t) => t.formId === form)?.name,
  };
}
