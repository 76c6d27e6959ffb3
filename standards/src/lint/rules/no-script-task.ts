import { isA, label } from '../../bpmn/bpmn-element';
import { report, type LintRuleFactory } from '../lint-context';

/** Script tasks are refused: bpmn-engine runs them in `node:vm`, which is no sandbox. */
const noScriptTask: LintRuleFactory = () => ({
  check(node, reporter) {
    if (isA(node, 'bpmn:ScriptTask')) {
      report(
        reporter,
        node,
        'SCRIPT_TASK_FORBIDDEN',
        `不允许脚本任务：${label(node)}；请改用用户任务或内置服务任务`,
        `script tasks are not allowed: ${label(node)}; use a user task or a built-in service task`,
      );
    }
  },
});
export default noScriptTask;
