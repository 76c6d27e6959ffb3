import { isA, label, type BpmnElement } from '../../bpmn/bpmn-element';
import { report, type LintRuleFactory } from '../lint-context';

/** What waits for a message: a message start, catch or boundary event (throwing ones send, and need none). */
const WAITING_EVENTS = ['bpmn:StartEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:BoundaryEvent'];

/**
 * An element that waits for a message names the message (`messageRef`): a case is resumed by the
 * message's name, so a wait without one could never be ended. A reference to a message that does not
 * exist is reported when the BPMN is read.
 */
const messageReferences: LintRuleFactory = () => ({
  check(node, reporter) {
    if (isA(node, 'bpmn:ReceiveTask') && !node['messageRef']) {
      report(reporter, node, 'RECEIVE_TASK_NO_MESSAGE', `接收任务 ${label(node)} 没有引用消息（messageRef）`, `receive task ${label(node)} references no message (messageRef)`);
    }
    if (isA(node, 'bpmn:MessageEventDefinition') && !node['messageRef']) {
      const event: BpmnElement | undefined = node.$parent;
      if (event && WAITING_EVENTS.some((type) => isA(event, type))) {
        report(reporter, event, 'MESSAGE_EVENT_NO_MESSAGE', `消息事件 ${label(event)} 没有引用消息（messageRef）`, `message event ${label(event)} references no message (messageRef)`);
      }
    }
  },
});
export default messageReferences;
