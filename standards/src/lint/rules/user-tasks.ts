import { isA, label, text } from '../../bpmn/bpmn-element';
import { durationParameterProblem, minRecordsProblem, parseContents, parseSla, slaProblem } from '../../bpmn/std-extension';
import { contextOf, report, type LintRuleFactory } from '../lint-context';

/**
 * Every user task says who does it (`std:role`, a role of the standard), with which form (`std:form`),
 * by when (`std:sla` or `std:slaParameter`, optional, within `TIME_BOUNDS`: more than nothing and at
 * most a year), which service contents it delivers, and how many service records it needs before it is
 * completed (`std:minRecords`, optional, 1–50, with `std:minRecordKinds` naming known record kinds).
 */
const userTasks: LintRuleFactory = (config) => {
  const context = contextOf(config);
  return {
    check(node, reporter) {
      if (!isA(node, 'bpmn:UserTask')) return;
      const role = text(node, 'role');
      const form = text(node, 'form');
      const sla = text(node, 'sla');
      const slaParameter = text(node, 'slaParameter');
      if (!role) {
        report(reporter, node, 'USER_TASK_NO_ROLE', `用户任务 ${label(node)} 没有指定角色（std:role）`, `user task ${label(node)} has no role (std:role)`);
      } else if (context.roles && !context.roles.includes(role)) {
        report(
          reporter,
          node,
          'USER_TASK_ROLE_UNKNOWN',
          `用户任务 ${label(node)} 的角色 “${role}” 不在标准的角色中`,
          `user task ${label(node)}: role "${role}" is not one of the standard's roles`,
        );
      }
      if (!form) {
        report(reporter, node, 'USER_TASK_NO_FORM', `用户任务 ${label(node)} 没有指定表单（std:form）`, `user task ${label(node)} has no form (std:form)`);
      } else if (context.forms && !context.forms.includes(form)) {
        report(
          reporter,
          node,
          'USER_TASK_FORM_UNKNOWN',
          `用户任务 ${label(node)} 的表单 “${form}” 不存在`,
          `user task ${label(node)}: form "${form}" does not exist`,
        );
      }
      if (sla && slaParameter) {
        report(
          reporter,
          node,
          'SLA_CONFLICT',
          `用户任务 ${label(node)} 同时有 std:sla 和 std:slaParameter，只能有一个`,
          `user task ${label(node)} has both std:sla and std:slaParameter; keep one`,
        );
      }
      const slaWrong = sla ? slaProblem(sla) : undefined;
      if (sla && slaWrong) {
        report(reporter, node, parseSla(sla) ? 'SLA_RANGE' : 'SLA_INVALID', `用户任务 ${label(node)}：${slaWrong.zh}`, `user task ${label(node)}: ${slaWrong.en}`);
      }
      if (slaParameter && context.parameters) {
        const parameter = context.parameters.find((p) => p.id === slaParameter);
        if (!parameter) {
          report(
            reporter,
            node,
            'SLA_PARAMETER_UNKNOWN',
            `用户任务 ${label(node)} 的时限参数 “${slaParameter}” 不存在`,
            `user task ${label(node)}: SLA parameter "${slaParameter}" does not exist`,
          );
        } else if (parameter.kind !== 'duration') {
          report(
            reporter,
            node,
            'SLA_PARAMETER_NOT_DURATION',
            `用户任务 ${label(node)} 的时限参数 “${slaParameter}” 不是时长参数`,
            `user task ${label(node)}: SLA parameter "${slaParameter}" is not a duration`,
          );
        } else {
          const why = durationParameterProblem(parameter, 'sla', 'working_days');
          if (why) report(reporter, node, 'SLA_PARAMETER_RANGE', `用户任务 ${label(node)}：${why.zh}`, `user task ${label(node)}: ${why.en}`);
        }
      }
      const records = minRecordsProblem(text(node, 'minRecords'), text(node, 'minRecordKinds'));
      if (records) report(reporter, node, records.code, `用户任务 ${label(node)}：${records.zh}`, `user task ${label(node)}: ${records.en}`);
      if (context.contents) {
        for (const content of parseContents(text(node, 'contents'))) {
          if (!context.contents.includes(content)) {
            report(
              reporter,
              node,
              'USER_TASK_CONTENT_UNKNOWN',
              `用户任务 ${label(node)} 的服务内容 “${content}” 不存在`,
              `user task ${label(node)}: service content "${content}" does not exist`,
            );
          }
        }
      }
    },
  };
};
export default userTasks;
