import type { Indicator, IndicatorKind } from '../../api/types-standard';

export const INDICATOR_KINDS: IndicatorKind[] = ['duration', 'recurrence', 'completion', 'field', 'count', 'conformance'];

/**
 * The indicator as another kind, keeping what all kinds share (id, title, target, comparator) and
 * starting the kind's own fields from sensible values the author then adjusts.
 */
export function withKind(ind: Indicator, kind: IndicatorKind, firstForm = 'form'): Indicator {
  const base = { id: ind.id, title: ind.title, description: ind.description, target: ind.target, comparator: ind.comparator };
  if (!base.description) delete base.description;
  switch (kind) {
    case 'duration':
      return { ...base, kind, from: { element: '', edge: 'start' }, to: { element: '', edge: 'end' }, unit: 'working_days', limit: 15 };
    case 'recurrence':
      return { ...base, kind, activity: '', everyDays: 30, span: { from: '', to: '' } };
    case 'completion':
      return { ...base, kind, element: '' };
    case 'field':
      return { ...base, kind, form: firstForm, field: '/satisfaction', aggregate: 'mean' };
    case 'count':
      return { ...base, kind, element: '', period: 'month' };
    case 'conformance':
      return { ...base, kind };
  }
}

export function newIndicator(index: number): Indicator {
  return { id: `indicator${index + 1}`, title: { zh: '', en: '' }, kind: 'duration', target: 95, comparator: '>=', from: { element: '', edge: 'start' }, to: { element: '', edge: 'end' }, unit: 'working_days', limit: 15 };
}
