import { isA, label, type BpmnElement } from '../../bpmn/bpmn-element';
import { report, type LintRuleFactory } from '../lint-context';

/**
 * The BPMN element types a standard's process may hold: what the platform's runtime runs (bpmn-engine
 * with the runtime's user tasks, built-in services, durable timers, messages and referrals), and the
 * artifacts that only annotate the diagram. Validation refuses any other flow element or artifact, and
 * the engine indexes only these. Matched on the exact type: a transaction is a sub-process, but a
 * sub-process is fine.
 */
export const RUNNABLE_ELEMENT_TYPES: ReadonlySet<string> = new Set([
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
  'bpmn:TextAnnotation',
  'bpmn:Association',
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:Group',
]);

/** The event definitions the runtime runs; a blank event has none. */
export const RUNNABLE_EVENT_DEFINITIONS: ReadonlySet<string> = new Set([
  'bpmn:TimerEventDefinition',
  'bpmn:MessageEventDefinition',
  'bpmn:TerminateEventDefinition',
  'bpmn:ErrorEventDefinition',
  'bpmn:EscalationEventDefinition',
  'bpmn:SignalEventDefinition',
]);

/**
 * What to use instead of the types people most often bring from other modelers. Script tasks have
 * their own rule (and code); any other type that is not runnable is refused without a hint.
 */
export const UNSUPPORTED_ELEMENT_TYPES: Readonly<Record<string, { zh: string; en: string }>> = {
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

/** Whether `node` is something the platform would have to run or draw in a process, and cannot. */
function notRunnable(node: BpmnElement): boolean {
  if (node.$type === 'bpmn:ScriptTask') return false; // no-script-task reports it, with its own code
  if (isA(node, 'bpmn:EventDefinition')) return !RUNNABLE_EVENT_DEFINITIONS.has(node.$type);
  if (isA(node, 'bpmn:LoopCharacteristics') || node.$type === 'bpmn:Choreography') return true;
  if (isA(node, 'bpmn:FlowElement') || isA(node, 'bpmn:Artifact')) return !RUNNABLE_ELEMENT_TYPES.has(node.$type);
  return false;
}

/** Element types the engine cannot run are errors naming the element. */
const supportedElements: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!notRunnable(node)) return;
    const what = UNSUPPORTED_ELEMENT_TYPES[node.$type] ?? { zh: node.$type, en: node.$type };
    // An event definition or a loop is reported on its event or activity, which is what a person sees and selects.
    const onParent = isA(node, 'bpmn:EventDefinition') || isA(node, 'bpmn:LoopCharacteristics');
    const element: BpmnElement = onParent && node.$parent ? node.$parent : node;
    report(
      reporter,
      element,
      'ELEMENT_NOT_SUPPORTED',
      `平台无法运行 ${label(element)}：${what.zh}`,
      `the platform cannot run ${label(element)}: ${what.en}`,
    );
  },
});
export default supportedElements;
