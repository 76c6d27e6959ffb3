/**
 * Which BPMN elements the platform runs: the one list that validation, the engine and the editor read.
 * Validation refuses any other flow element, artifact, event definition or loop (`ELEMENT_NOT_SUPPORTED`,
 * lint rule `std/supported-elements`); the engine gives bpmn-elements a behaviour for these types and no
 * other; the editor's palette and change-element menu offer only these. Free of Node modules, for the
 * browser (`@jingzhun/standards/supported-elements`).
 *
 * @example
 *   import { SUPPORTED_ELEMENT_TYPES, REFUSED_ELEMENT_HINTS } from '@jingzhun/standards/supported-elements';
 *   SUPPORTED_ELEMENT_TYPES.has('bpmn:ManualTask'); // false
 *   REFUSED_ELEMENT_HINTS['bpmn:ManualTask']?.en;  // 'manual task; use a user task with a role and a form'
 */
import type { LocalizedText } from '../schema/localized-text';

/**
 * The flow elements a case moves through: bpmn-engine with the runtime's user tasks, built-in
 * services, durable timers, messages and referrals. Matched on the exact type: a transaction is a
 * sub-process, but a sub-process is fine.
 */
export const EXECUTED_ELEMENT_TYPES: readonly string[] = [
  'bpmn:StartEvent',
  'bpmn:EndEvent',
  'bpmn:IntermediateCatchEvent',
  'bpmn:IntermediateThrowEvent',
  'bpmn:BoundaryEvent',
  'bpmn:UserTask',
  'bpmn:Task',
  'bpmn:ServiceTask',
  'bpmn:ReceiveTask',
  'bpmn:CallActivity',
  'bpmn:SubProcess',
  'bpmn:ExclusiveGateway',
  'bpmn:ParallelGateway',
  'bpmn:EventBasedGateway',
  'bpmn:SequenceFlow',
];

/** Artifacts and data that only annotate the diagram: a process may hold them, no case ever enters them. */
export const ANNOTATION_ELEMENT_TYPES: readonly string[] = [
  'bpmn:TextAnnotation',
  'bpmn:Association',
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:Group',
];

/** Every flow element and artifact type a standard's process may hold. */
export const SUPPORTED_ELEMENT_TYPES: ReadonlySet<string> = new Set([...EXECUTED_ELEMENT_TYPES, ...ANNOTATION_ELEMENT_TYPES]);

/** The event definitions the runtime runs; a blank event has none. No loop characteristics are run. */
export const SUPPORTED_EVENT_DEFINITIONS: ReadonlySet<string> = new Set([
  'bpmn:TimerEventDefinition',
  'bpmn:MessageEventDefinition',
  'bpmn:TerminateEventDefinition',
  'bpmn:ErrorEventDefinition',
  'bpmn:EscalationEventDefinition',
  'bpmn:SignalEventDefinition',
]);

/**
 * What to use instead of the types people most often bring from other modelers; each is refused. Any
 * other type that is not supported is refused too, without a hint. Script tasks are refused with
 * their own code (`SCRIPT_TASK_FORBIDDEN`).
 */
export const REFUSED_ELEMENT_HINTS: Readonly<Record<string, LocalizedText>> = {
  'bpmn:ScriptTask': { zh: '脚本任务（脚本无法安全运行）；请改用用户任务或内置服务任务', en: 'script task (scripts cannot run safely); use a user task or a built-in service task' },
  'bpmn:ComplexGateway': { zh: '复杂网关；请改用排他网关加 FEEL 条件', en: 'complex gateway; use an exclusive gateway with FEEL conditions' },
  // bpmn-elements 17 cannot join an inclusive gateway's branches: it goes on with the first to arrive.
  'bpmn:InclusiveGateway': {
    zh: '包容网关（流程引擎还不能汇合它的分支）；请改用并行网关，并在各分支开头用排他网关决定是否执行该分支',
    en: 'inclusive gateway (the engine cannot join its branches yet); use a parallel gateway, with an exclusive gateway at the head of each branch that decides whether it runs',
  },
  'bpmn:Transaction': { zh: '事务子流程；请改用普通子流程', en: 'transaction; use a plain sub-process' },
  'bpmn:AdHocSubProcess': { zh: '自由子流程（ad-hoc）；请画出明确的顺序流', en: 'ad-hoc sub-process; draw explicit sequence flows' },
  'bpmn:BusinessRuleTask': { zh: '业务规则任务；请改用网关加 FEEL 条件', en: 'business rule task; use a gateway with FEEL conditions' },
  'bpmn:ManualTask': { zh: '手工任务；请改用带角色和表单的用户任务', en: 'manual task; use a user task with a role and a form' },
  'bpmn:SendTask': { zh: '发送任务；请改用服务任务（std:service="notify"）', en: 'send task; use a service task with std:service="notify"' },
  'bpmn:DataStoreReference': { zh: '数据存储；请把要记录的内容放进表单', en: 'data store; record the data in a form' },
  'bpmn:ConditionalEventDefinition': { zh: '条件事件；请改用网关加 FEEL 条件', en: 'conditional event; use a gateway with FEEL conditions' },
  'bpmn:CancelEventDefinition': { zh: '取消事件（仅用于事务）', en: 'cancel event (only meaningful in transactions)' },
  'bpmn:CompensateEventDefinition': { zh: '补偿事件；请画出撤销的步骤', en: 'compensation event; draw the steps that undo the work' },
  'bpmn:LinkEventDefinition': { zh: '链接事件；请直接画出顺序流', en: 'link event; draw the sequence flow itself' },
  // The runtime tracks one task and one execution per waiting activity; a loop's iterations have their own.
  'bpmn:MultiInstanceLoopCharacteristics': {
    zh: '多实例（循环）活动；请为每位对象分别建案，或在表单中逐项记录',
    en: 'multi-instance activity; start a case per person, or record each item in the form',
  },
  'bpmn:StandardLoopCharacteristics': { zh: '循环活动；请画出返回的顺序流', en: 'looping activity; draw a sequence flow back instead' },
  'bpmn:Choreography': { zh: '编排图', en: 'choreography' },
  'bpmn:ChoreographyTask': { zh: '编排任务', en: 'choreography task' },
  'bpmn:SubChoreography': { zh: '子编排', en: 'sub-choreography' },
  'bpmn:CallChoreography': { zh: '调用编排', en: 'call choreography' },
};
