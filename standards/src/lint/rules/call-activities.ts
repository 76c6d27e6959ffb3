import { isA, label, text } from '../../bpmn/bpmn-element';
import { contextOf, report, type LintRuleFactory } from '../lint-context';

const STANDARD_CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,5}$/;

/**
 * A call activity refers the case to another standard, named by its code; not to the standard itself
 * (the referral would start a case of its own kind, without end). Whether that standard is published
 * is checked when a version is deployed.
 */
const callActivities: LintRuleFactory = (config) => ({
  check(node, reporter) {
    if (!isA(node, 'bpmn:CallActivity')) return;
    const called = text(node, 'calledElement');
    if (!called) {
      report(reporter, node, 'CALL_ACTIVITY_NO_TARGET', `调用活动 ${label(node)} 没有指定被调用的标准（calledElement）`, `call activity ${label(node)} names no standard to call (calledElement)`);
    } else if (!STANDARD_CODE.test(called) || called.length > 40) {
      report(
        reporter,
        node,
        'CALL_ACTIVITY_TARGET_INVALID',
        `调用活动 ${label(node)} 的 calledElement “${called}” 不是标准代码（如 BJ-SW-ELDER）`,
        `call activity ${label(node)}: calledElement "${called}" is not a standard code (e.g. BJ-SW-ELDER)`,
      );
    } else if (called === contextOf(config).code) {
      report(reporter, node, 'CALL_ACTIVITY_SELF', `调用活动 ${label(node)} 转介到标准自身（${called}）`, `call activity ${label(node)} refers to the standard itself (${called})`);
    }
  },
});
export default callActivities;
