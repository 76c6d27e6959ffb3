import { isA, label, text, type BpmnElement } from '../../bpmn/bpmn-element';
import {
  durationParameterProblem,
  parseIsoCycle,
  timerCycleProblem,
  timerDateProblem,
  timerDurationProblem,
  type DurationUse,
  type TimeProblem,
} from '../../bpmn/std-extension';
import { contextOf, report, type LintRuleFactory, type Reporter } from '../lint-context';

function body(expression: unknown): string | undefined {
  return text(expression as BpmnElement | undefined, 'body');
}

function invalid(reporter: Reporter, event: BpmnElement, why: TimeProblem): void {
  report(reporter, event, 'TIMER_INVALID', `定时器 ${label(event)}：${why.zh}`, `timer ${label(event)}: ${why.en}`);
}

/**
 * Every timer says when it fires, in one way: an ISO 8601 duration, date or cycle, or
 * `std:durationParameter` naming a duration parameter of the standard (so a district variant can
 * change it). Each value lies within `TIME_BOUNDS`: a duration more than nothing and at most ten years,
 * a date of this century with its time zone, a cycle `R<count>/<period>` of at most 1,000 rounds at
 * least an hour apart — so that no case computes a due time it cannot store or fires without pause.
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
      const given = [duration, date, cycle].filter((v) => v !== undefined).length;
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
        } else if (known) {
          // The parameter gives the wait, or a cycle's period; every value a district may choose must run.
          const rounds = cycle ? parseIsoCycle(cycle)?.repetitions : undefined;
          const use: DurationUse = cycle ? 'cycle' : 'timer';
          const why = durationParameterProblem(known, use, 'days', rounds ?? 1);
          if (why) {
            report(reporter, event, 'TIMER_PARAMETER_RANGE', `定时器 ${label(event)}：${why.zh}`, `timer ${label(event)}: ${why.en}`);
          }
        }
      } else if (!given) {
        report(
          reporter,
          event,
          'TIMER_NO_DEFINITION',
          `定时器 ${label(event)} 没有时长、日期或周期，也没有引用参数`,
          `timer ${label(event)} has no duration, date or cycle, and no duration parameter`,
        );
        return;
      }
      if (given > 1) {
        report(
          reporter,
          event,
          'TIMER_AMBIGUOUS',
          `定时器 ${label(event)} 同时有时长、日期或周期中的多项，只能有一项`,
          `timer ${label(event)} has more than one of a duration, a date and a cycle; keep one`,
        );
      }
      for (const why of [duration && timerDurationProblem(duration), date && timerDateProblem(date), cycle && timerCycleProblem(cycle)]) {
        if (why) invalid(reporter, event, why);
      }
    },
  };
};
export default timerDefinitions;
