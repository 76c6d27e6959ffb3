import { isA, label, many } from '../../bpmn/bpmn-element';
import { report, type LintRuleFactory } from '../lint-context';

/**
 * An exclusive or inclusive gateway that splits decides by conditions: every outgoing flow but the
 * default has one. Otherwise a case would take an arbitrary path, or none.
 */
const gatewayConditions: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!isA(node, 'bpmn:ExclusiveGateway') && !isA(node, 'bpmn:InclusiveGateway')) return;
    const outgoing = many(node, 'outgoing');
    if (outgoing.length < 2) return;
    const defaultFlow = node['default'];
    for (const flow of outgoing) {
      if (flow === defaultFlow) {
        if (flow['conditionExpression']) {
          report(
            reporter,
            flow,
            'DEFAULT_FLOW_HAS_CONDITION',
            `默认流 ${label(flow)} 不应有条件（条件会被忽略）`,
            `the default flow ${label(flow)} must not have a condition (it would be ignored)`,
          );
        }
        continue;
      }
      if (!flow['conditionExpression']) {
        report(
          reporter,
          flow,
          'GATEWAY_FLOW_NO_CONDITION',
          `网关 ${label(node)} 的出口 ${label(flow)} 没有条件，也不是默认流`,
          `the flow ${label(flow)} leaving gateway ${label(node)} has no condition and is not the default`,
        );
      }
    }
  },
});
export default gatewayConditions;
