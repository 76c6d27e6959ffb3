import { isA, label, text } from '../../bpmn/bpmn-element';
import { report, type LintRuleFactory } from '../lint-context';

const STANDARD_CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,5}$/;

/** A call activity calls another standard by its code; whether that standard exists is the API's check. */
const callActivities: LintRuleFactory = () => ({
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
    }
  },
});
export default callActivities;
