import { isA, label, text, type BpmnElement } from '../../bpmn/bpmn-element';
import { isIsoDuration } from '../../bpmn/std-extension';
import { contextOf, report, type LintRuleFactory } from '../lint-context';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 date-time such as `2025-01-01T09:00:00+08:00`. */
export function isIsoDateTime(value: string): boolean {
  const v = value.trim();
  return ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));
}

/** An ISO 8601 repeating interval: `R3/PT10H`, `R/P1D`, `R2/2025-01-01T09:00:00Z/P1W`. */
export function isIsoCycle(value: string): boolean {
  const parts = value.trim().split('/');
  if (!/^R\d*$/.test(parts[0] ?? '')) return false;
  const rest = parts.slice(1);
  if (rest.length === 1) return isIsoDuration(rest[0]!);
  if (rest.length === 2) {
    const [a, b] = rest as [string, string];
    return (isIsoDateTime(a) && isIsoDuration(b)) || (isIsoDuration(a) && isIsoDateTime(b));
  }
  return false;
}

function body(expression: unknown): string | undefined {
  return text(expression as BpmnElement | undefined, 'body');
}

/**
 * Every timer says when it fires: an ISO 8601 duration, date or cycle, or `std:durationParameter`
 * naming a duration parameter of the standard (so a district variant can change it).
 */
const timerDefinitions: LintRuleFactory = (config) => {
  const context = contextOf(config);
  return {
    check(node, reporter) {
      if (!isA(node, 'bpmn:TimerEventDefinition')) return;
      const event = node.$parent ?? node;
      const parameter = text(node, 'durationParameter');
      const duration = body(node['timeDuration']);
      const date = body(node['timeDate']);
      const cycle = body(node['timeCycle']);
      if (parameter) {
        const known = context.parameters?.find((p) => p.id === parameter);
        if (context.parameters && !known) {
          report(
            reporter,
            event,
            'TIMER_PARAMETER_UNKNOWN',
            `定时器 ${label(event)} 引用的参数 “${parameter}” 不存在`,
            `timer ${label(event)} refers to parameter "${parameter}", which does not exist`,
          );
        } else if (known && known.kind !== 'duration') {
          report(
            reporter,
            event,
            'TIMER_PARAMETER_NOT_DURATION',
            `定时器 ${label(event)} 引用的参数 “${parameter}” 不是时长参数`,
            `timer ${label(event)} refers to parameter "${parameter}", which is not a duration`,
          );
        }
      } else if (!duration && !date && !cycle) {
        report(
          reporter,
          event,
          'TIMER_NO_DEFINITION',
          `定时器 ${label(event)} 没有时长、日期或周期，也没有引用参数`,
          `timer ${label(event)} has no duration, date or cycle, and no duration parameter`,
        );
        return;
      }
      if (duration && !isIsoDuration(duration)) {
        report(
          reporter,
          event,
          'TIMER_INVALID',
          `定时器 ${label(event)} 的时长 “${duration}” 不是 ISO 8601 时长（如 P30D、PT24H）`,
          `timer ${label(event)}: "${duration}" is not an ISO 8601 duration (e.g. P30D, PT24H)`,
        );
      }
      if (date && !isIsoDateTime(date)) {
        report(
          reporter,
          event,
          'TIMER_INVALID',
          `定时器 ${label(event)} 的日期 “${date}” 不是 ISO 8601 日期时间`,
          `timer ${label(event)}: "${date}" is not an ISO 8601 date-time`,
        );
      }
      if (cycle && !isIsoCycle(cycle)) {
        report(
          reporter,
          event,
          'TIMER_INVALID',
          `定时器 ${label(event)} 的周期 “${cycle}” 不是 ISO 8601 重复间隔（如 R3/P1W）`,
          `timer ${label(event)}: "${cycle}" is not an ISO 8601 repeating interval (e.g. R3/P1W)`,
        );
      }
    },
  };
};
export default timerDefinitions;
