import { isA, label, many, type BpmnElement } from '../../bpmn/bpmn-element';
import { report, type LintRuleFactory } from '../lint-context';

/**
 * Every element of a process (or sub-process) can reach an end. Elements without outgoing flows count
 * as ends here (bpmnlint's no-implicit-end reports those), so this finds what is caught in a loop
 * with no way out: a case there would never close.
 */
const reachEnd: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!isA(node, 'bpmn:Process') && !isA(node, 'bpmn:SubProcess')) return;
    const nodes = many(node, 'flowElements').filter((e) => !isA(e, 'bpmn:SequenceFlow') && isA(e, 'bpmn:FlowNode'));
    if (nodes.length === 0) return;
    // Reverse edges: from a node to those that lead to it.
    const before = new Map<BpmnElement, BpmnElement[]>();
    const add = (from: BpmnElement, to: BpmnElement) => {
      const list = before.get(to);
      if (list) list.push(from);
      else before.set(to, [from]);
    };
    for (const n of nodes) {
      for (const flow of many(n, 'outgoing')) {
        const target = flow['targetRef'] as BpmnElement | undefined;
        if (target) add(n, target);
      }
      const host = n['attachedToRef'] as BpmnElement | undefined;
      if (host) add(host, n);
    }
    const reached = new Set<BpmnElement>();
    const queue: BpmnElement[] = [];
    for (const n of nodes) {
      const hasExit = many(n, 'outgoing').some((f) => f['targetRef']);
      if (isA(n, 'bpmn:EndEvent') || !hasExit) {
        reached.add(n);
        queue.push(n);
      }
    }
    for (let i = 0; i < queue.length; i += 1) {
      for (const prev of before.get(queue[i]!) ?? []) {
        if (!reached.has(prev)) {
          reached.add(prev);
          queue.push(prev);
        }
      }
    }
    for (const n of nodes) {
      if (!reached.has(n)) {
        report(
          reporter,
          n,
          'ELEMENT_CANNOT_REACH_END',
          `${label(n)} 无法到达任何结束事件（陷入没有出口的循环）`,
          `${label(n)} cannot reach an end event (it is caught in a loop with no way out)`,
        );
      }
    }
  },
});
export default reachEnd;
