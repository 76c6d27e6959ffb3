import type { Indicator, NumberOrParameter } from '../../api/types-standard';

export type Translator = (key: string, values?: Record<string, string | number>) => string;

export interface SentenceContext {
  /** The element's name as drawn, or undefined when no element has that id. */
  elementName: (id: string) => string | undefined;
  parameter: (id: string) => { title: string; default: number } | undefined;
}

/**
 * What an indicator measures, said in a sentence a reviewer reads without knowing the schema, e.g.
 * "从「接案」结束到「制定计划」结束在 15 个工作日内的个案占比不低于 95%".
 */
export function describeIndicator(ind: Indicator, ctx: SentenceContext, t: Translator): string {
  const el = (id: string) => (id ? t('sentence.element', { name: ctx.elementName(id) ?? id }) : t('sentence.unset'));
  const amount = (v: NumberOrParameter | undefined, unit: string) => {
    if (v === undefined) return '';
    if (typeof v === 'number') return t(`sentence.unit.${unit}`, { count: v });
    const p = ctx.parameter(v.parameter);
    return p
      ? t('sentence.parameterAmount', { title: p.title, amount: t(`sentence.unit.${unit}`, { count: p.default }) })
      : t('sentence.parameterMissing', { id: v.parameter });
  };
  const goal = (percent: boolean) =>
    t(`sentence.comparator.${comparatorKey(ind.comparator)}`, { target: percent ? `${ind.target}%` : String(ind.target) });

  switch (ind.kind) {
    case 'duration':
      return t('sentence.duration', {
        from: el(ind.from.element),
        fromEdge: t(`sentence.edge.${ind.from.edge}`),
        to: el(ind.to.element),
        toEdge: t(`sentence.edge.${ind.to.edge}`),
        limit: amount(ind.limit, ind.unit),
        goal: goal(true),
      });
    case 'recurrence':
      return t('sentence.recurrence', {
        from: el(ind.span.from),
        to: el(ind.span.to),
        activity: el(ind.activity ?? ''),
        every: amount(ind.everyDays, 'days'),
        goal: goal(true),
      });
    case 'completion':
      return ind.withinDays === undefined
        ? t('sentence.completion', { element: el(ind.element), goal: goal(true) })
        : t('sentence.completionWithin', { element: el(ind.element), within: amount(ind.withinDays, 'days'), goal: goal(true) });
    case 'field':
      return ind.aggregate === 'mean'
        ? t('sentence.fieldMean', { form: ind.form, field: ind.field, goal: goal(false) })
        : t('sentence.fieldShare', { form: ind.form, field: ind.field, condition: ind.condition ?? 'value', goal: goal(true) });
    case 'count':
      return t('sentence.count', { period: t(`sentence.period.${ind.period}`), element: el(ind.element ?? ''), goal: goal(false) });
    case 'conformance':
      return t('sentence.conformance', { goal: goal(true) });
  }
}

function comparatorKey(c: Indicator['comparator']): string {
  return { '>=': 'gte', '<=': 'lte', '>': 'gt', '<': 'lt', '=': 'eq' }[c];
}
