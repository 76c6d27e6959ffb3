import { isA, label, text, type BpmnElement } from '../../bpmn/bpmn-element';
import { BUILT_IN_SERVICES } from '../../validation/built-in-services';
import { contextOf, report, type LintRuleFactory } from '../lint-context';

/** Other modelers' ways of saying what a service task runs (Camunda, Flowable, Activiti …), by local name. */
const FOREIGN_IMPLEMENTATIONS = new Set(['class', 'expression', 'delegateExpression', 'topic', 'type']);

/** `implementation` and other modelers' attributes naming code to run (e.g. `camunda:class`), in the order written. */
function implementationsOf(node: BpmnElement): string[] {
  const found: string[] = [];
  const implementation = text(node, 'implementation');
  if (implementation) found.push(`implementation="${implementation}"`);
  for (const [name, value] of Object.entries(node.$attrs ?? {})) {
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    if (!name.startsWith('xmlns') && !name.startsWith('xsi:') && FOREIGN_IMPLEMENTATIONS.has(local)) found.push(`${name}="${value}"`);
  }
  return found;
}

/**
 * A service task calls one of the platform's built-in services, named by `std:service`, and nothing
 * else: an `implementation` (a web service, a `${…}` expression) or another modeler's class or
 * expression would ask bpmn-engine to run code the platform never runs.
 */
const serviceTasks: LintRuleFactory = (config) => {
  const services: readonly string[] = contextOf(config).services ?? BUILT_IN_SERVICES;
  return {
    check(node, reporter) {
      if (!isA(node, 'bpmn:ServiceTask')) return;
      const implementations = implementationsOf(node);
      if (implementations.length) {
        report(
          reporter,
          node,
          'SERVICE_TASK_IMPLEMENTATION',
          `服务任务 ${label(node)} 指定了平台不运行的实现（${implementations.join('、')}）；请删除，只用 std:service 指定内置服务`,
          `service task ${label(node)} names an implementation the platform does not run (${implementations.join(', ')}); remove it and name a built-in service with std:service`,
        );
      }
      const service = text(node, 'service');
      if (!service) {
        report(
          reporter,
          node,
          'SERVICE_TASK_NO_SERVICE',
          `服务任务 ${label(node)} 没有指定内置服务（std:service，可选：${services.join('、')}）`,
          `service task ${label(node)} names no built-in service (std:service, one of: ${services.join(', ')})`,
        );
      } else if (!services.includes(service)) {
        report(
          reporter,
          node,
          'SERVICE_TASK_UNKNOWN_SERVICE',
          `服务任务 ${label(node)} 的服务 “${service}” 不是内置服务（可选：${services.join('、')}）`,
          `service task ${label(node)}: "${service}" is not a built-in service (one of: ${services.join(', ')})`,
        );
      }
    },
  };
};
export default serviceTasks;
