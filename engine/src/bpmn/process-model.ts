/**
 * A standard's BPMN process, read once per published version: checked for what the runtime refuses
 * (scripts, JavaScript or `${…}` expressions, unknown services, undefined roles, forms or parameters,
 * unreadable timers, bad FEEL), compiled for bpmn-engine (the serialized context every case of the
 * version reuses, so case states never carry the source) and indexed for the runtime.
 *
 * @example
 *   const model = await compileProcess(standard); // throws StandardInvalidError
 *   model.userTasks.get('assess')?.role;
 */
import BpmnModdle, { type ModdleElement } from 'bpmn-moddle';
import * as Elements from 'bpmn-elements';
import serializer, { TypeResolver, type SerializableContext } from 'moddle-context-serializer';
import {
  BUILT_IN_SERVICES,
  checkFeel,
  isIsoDuration,
  parseSla,
  stdModdleDescriptor,
  type CaseRole,
  type LocalizedText,
  type ServiceStandard,
} from '@jingzhun/standards';
import { StandardInvalidError, type ErrorDetail } from '../errors';
import { BuiltInServiceBehaviour } from './built-in-service';
import { DurableTimerEventDefinition } from './durable-timer';

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

const typeResolver = TypeResolver({ ...Elements, TimerEventDefinition: DurableTimerEventDefinition } as Record<string, unknown>);

const ALLOWED = new Set([
  'bpmn:StartEvent',
  'bpmn:EndEvent',
  'bpmn:IntermediateCatchEvent',
  'bpmn:IntermediateThrowEvent',
  'bpmn:BoundaryEvent',
  'bpmn:UserTask',
  'bpmn:ManualTask',
  'bpmn:Task',
  'bpmn:ServiceTask',
  'bpmn:ReceiveTask',
  'bpmn:CallActivity',
  'bpmn:SubProcess',
  'bpmn:ExclusiveGateway',
  'bpmn:InclusiveGateway',
  'bpmn:ParallelGateway',
  'bpmn:EventBasedGateway',
  'bpmn:SequenceFlow',
  'bpmn:TextAnnotation',
  'bpmn:Association',
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:Group',
]);

const ALLOWED_EVENT_DEFINITIONS = new Set([
  'bpmn:TimerEventDefinition',
  'bpmn:MessageEventDefinition',
  'bpmn:TerminateEventDefinition',
  'bpmn:ErrorEventDefinition',
  'bpmn:EscalationEventDefinition',
  'bpmn:SignalEventDefinition',
]);

const CODE_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,5}$/;

function detail(elementId: string, zh: string, en: string): ErrorDetail {
  return { elementId, message: { zh, en } };
}

function attr(element: ModdleElement, name: string): string | undefined {
  const value = element.get(`std:${name}`) ?? element[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function bodyOf(expression: unknown): string | undefined {
  const body = (expression as { body?: unknown } | undefined)?.body;
  return typeof body === 'string' ? body.trim() : undefined;
}

function children(element: ModdleElement): ModdleElement[] {
  return [...((element['flowElements'] as ModdleElement[] | undefined) ?? []), ...((element['artifacts'] as ModdleElement[] | undefined) ?? [])];
}

/** Reads the process of `standard`; throws StandardInvalidError listing everything the runtime refuses. */
export async function compileProcess(standard: ServiceStandard): Promise<ProcessModel> {
  const moddle = new BpmnModdle({ std: stdModdleDescriptor });
  let context;
  try {
    context = await moddle.fromXML(standard.process);
  } catch (error) {
    throw new StandardInvalidError(standard.code, [
      { pointer: '/process', message: { zh: `BPMN 无法读取：${(error as Error).message}`, en: `BPMN cannot be read: ${(error as Error).message}` } },
    ]);
  }
  const problems: ErrorDetail[] = context.warnings.map((w) => ({
    pointer: '/process',
    message: { zh: `BPMN 有误：${w.message}`, en: `BPMN problem: ${w.message}` },
  }));
  const roots = (context.rootElement['rootElements'] as ModdleElement[] | undefined) ?? [];
  const processes = roots.filter((e) => e.$type === 'bpmn:Process');
  const process = processes.find((p) => p['isExecutable'] === true) ?? processes[0];
  if (!process || processes.length !== 1) {
    throw new StandardInvalidError(standard.code, [
      ...problems,
      { pointer: '/process', message: { zh: '流程图必须恰好包含一个流程', en: 'the BPMN must contain exactly one process' } },
    ]);
  }

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
  const parameters = new Map(standard.parameters.map((p) => [p.id, p]));

  const visit = (element: ModdleElement) => {
    const id = element.id ?? '?';
    const type = element.$type;
    if (!ALLOWED.has(type)) {
      if (type === 'bpmn:ScriptTask') problems.push(detail(id, '不允许脚本任务', 'script tasks are not allowed'));
      else problems.push(detail(id, `不支持的元素 ${type}`, `${type} is not supported`));
      return;
    }
    const name: LocalizedText = {
      zh: (typeof element.name === 'string' && element.name.trim()) || id,
      en: attr(element, 'nameEn') ?? ((typeof element.name === 'string' && element.name.trim()) || id),
    };
    if (type !== 'bpmn:SequenceFlow') model.elements.set(id, { id, type, name });

    if (type === 'bpmn:SequenceFlow') {
      const condition = element['conditionExpression'];
      if (condition) {
        const language = (condition as { language?: string }).language;
        const body = bodyOf(condition);
        if (language?.toLowerCase() !== 'feel') {
          problems.push(detail(id, '条件必须用 FEEL 书写（language="feel"）', 'conditions must be FEEL (language="feel")'));
        } else if (!body) {
          problems.push(detail(id, '条件为空', 'the condition is empty'));
        } else {
          const why = checkFeel(body);
          if (why) problems.push(detail(id, `FEEL 条件有误：${why}`, `FEEL condition does not parse: ${why}`));
        }
      }
    }

    if (type === 'bpmn:UserTask') {
      const roleId = attr(element, 'role');
      const formId = attr(element, 'form');
      const sla = attr(element, 'sla');
      const slaParameter = attr(element, 'slaParameter');
      const role = roleId ? roles.get(roleId) : undefined;
      if (roleId && !role) problems.push(detail(id, `角色 “${roleId}” 未定义`, `role "${roleId}" is not defined`));
      if (formId && !standard.forms[formId]) problems.push(detail(id, `表单 “${formId}” 未定义`, `form "${formId}" is not defined`));
      if (sla && !parseSla(sla)) problems.push(detail(id, `时限 “${sla}” 无法读取`, `SLA "${sla}" is neither working days nor an ISO duration`));
      if (slaParameter && !parameters.has(slaParameter)) {
        problems.push(detail(id, `参数 “${slaParameter}” 未定义`, `parameter "${slaParameter}" is not defined`));
      }
      model.userTasks.set(id, {
        id,
        type,
        name,
        role: roleId ?? null,
        assignTo: role?.assignTo ?? null,
        formId: formId ?? null,
        form: formId ? (standard.forms[formId] ?? null) : null,
        sla,
        slaParameter,
      });
    }

    if (type === 'bpmn:ServiceTask') {
      const service = attr(element, 'service');
      if (!service || !(BUILT_IN_SERVICES as readonly string[]).includes(service)) {
        problems.push(
          detail(id, `服务 “${service ?? ''}” 不是内置服务（${BUILT_IN_SERVICES.join('、')}）`, `service "${service ?? ''}" is not a built-in service (${BUILT_IN_SERVICES.join(', ')})`),
        );
      } else {
        model.services.set(id, service);
      }
      if (element['implementation'] || element['expression'] || element['class']) {
        problems.push(detail(id, '服务任务只能调用内置服务', 'service tasks may call built-in services only'));
      }
    }

    if (type === 'bpmn:CallActivity') {
      const called = typeof element['calledElement'] === 'string' ? element['calledElement'].trim() : '';
      if (!CODE_PATTERN.test(called)) {
        problems.push(detail(id, '转介必须写明另一项标准的编码', 'a call activity must name the code of another standard'));
      } else if (called === standard.code) {
        problems.push(detail(id, '标准不能转介到自身', 'a standard cannot refer to itself'));
      } else {
        model.calls.set(id, called);
      }
    }

    if (type === 'bpmn:ReceiveTask') {
      const ref = (element['messageRef'] as ModdleElement | undefined)?.id;
      if (!ref) problems.push(detail(id, '接收任务必须引用一条消息', 'a receive task must reference a message'));
      else model.messageWaits.set(id, ref);
    }

    for (const definition of (element['eventDefinitions'] as ModdleElement[] | undefined) ?? []) {
      const edType = definition.$type;
      if (!ALLOWED_EVENT_DEFINITIONS.has(edType)) {
        problems.push(detail(id, `不支持的事件定义 ${edType}`, `${edType} is not supported`));
        continue;
      }
      if (edType === 'bpmn:TimerEventDefinition') {
        const durationParameter = attr(definition, 'durationParameter');
        const kinds = (['timeDuration', 'timeDate', 'timeCycle'] as const).filter((k) => definition[k]);
        const value = kinds[0] ? bodyOf(definition[kinds[0]]) : undefined;
        if (durationParameter) {
          const p = parameters.get(durationParameter);
          if (!p) problems.push(detail(id, `参数 “${durationParameter}” 未定义`, `parameter "${durationParameter}" is not defined`));
          else if (p.kind !== 'duration') problems.push(detail(id, `参数 “${durationParameter}” 不是时长`, `parameter "${durationParameter}" is not a duration`));
        }
        if (kinds.length !== 1 || !value) {
          if (!durationParameter) problems.push(detail(id, '定时器必须有且只有一个时长、日期或周期', 'a timer needs exactly one duration, date or cycle'));
        } else if (value.includes('${')) {
          problems.push(detail(id, '定时器不能使用表达式', 'timers cannot use expressions'));
        } else if (kinds[0] === 'timeDuration' && !isIsoDuration(value)) {
          problems.push(detail(id, `时长 “${value}” 无法读取`, `duration "${value}" is not an ISO 8601 duration`));
        } else if (kinds[0] === 'timeDate' && Number.isNaN(Date.parse(value))) {
          problems.push(detail(id, `日期 “${value}” 无法读取`, `date "${value}" cannot be read`));
        } else if (kinds[0] === 'timeCycle' && !/^R\d*\//.test(value)) {
          problems.push(detail(id, `周期 “${value}” 无法读取`, `cycle "${value}" is not an ISO 8601 repeating interval`));
        } else if (kinds[0] === 'timeCycle' && !isIsoDuration(value.split('/').pop() ?? '')) {
          problems.push(detail(id, `周期 “${value}” 必须以时长结尾`, `cycle "${value}" must end with a duration`));
        }
        model.timers.set(id, { durationParameter });
      }
      if (edType === 'bpmn:MessageEventDefinition' && type !== 'bpmn:EndEvent' && type !== 'bpmn:IntermediateThrowEvent') {
        const ref = (definition['messageRef'] as ModdleElement | undefined)?.id;
        if (!ref) problems.push(detail(id, '消息事件必须引用一条消息', 'a message event must reference a message'));
        else if (type !== 'bpmn:StartEvent') model.messageWaits.set(id, ref);
      }
    }

    for (const child of children(element)) visit(child);
  };
  for (const element of children(process)) visit(element);

  const starts = children(process).filter((e) => e.$type === 'bpmn:StartEvent');
  if (starts.length !== 1) problems.push({ pointer: '/process', message: { zh: '流程必须恰好有一个开始事件', en: 'the process needs exactly one start event' } });
  if (problems.length) throw new StandardInvalidError(standard.code, problems);

  const sourceContext = serializer(context as never, typeResolver, (behaviour: Record<string, unknown>) => {
    if (behaviour['$type'] === 'bpmn:ServiceTask' && behaviour['service']) behaviour['Service'] = BuiltInServiceBehaviour;
    return undefined;
  });
  return { ...model, sourceContext };
}
