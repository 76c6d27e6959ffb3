import { isA, label, text } from '../../bpmn/bpmn-element';
import { BUILT_IN_SERVICES } from '../../validation/built-in-services';
import { contextOf, report, type LintRuleFactory } from '../lint-context';

/** A service task calls one of the platform's built-in services, named by `std:service`. */
const serviceTasks: LintRuleFactory = (config) => {
  const services: readonly string[] = contextOf(config).services ?? BUILT_IN_SERVICES;
  return {
    check(node, reporter) {
      if (!isA(node, 'bpmn:ServiceTask')) return;
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
