import type { Indicator, IndicatorKind, ServiceRecordKind } from '../../api/types-standard';

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

/** What a recurrence or a count measures: the completions of a process element, or service records. */
export type Measure = 'element' | 'records';

/** The kinds a rhythm of contacts counts when an author first switches an indicator to records. */
const CONTACTS: ServiceRecordKind[] = ['home_visit', 'phone'];

type Measured = Extract<Indicator, { kind: 'recurrence' | 'count' }>;

export function measureOf(ind: Measured): Measure {
  return ind.records ? 'records' : 'element';
}

/**
 * The indicator measuring the other thing: exactly one of its element (`activity` of a recurrence,
 * `element` of a count) and `records` is kept, as validation requires.
 */
export function withMeasure<I extends Measured>(ind: I, measure: Measure): I {
  const key = ind.kind === 'recurrence' ? 'activity' : 'element';
  const { [key]: _element, records: _records, ...rest } = ind as I & { activity?: string; element?: string };
  return (measure === 'records' ? { ...rest, records: { kinds: ind.records?.kinds ?? CONTACTS } } : { ...rest, [key]: '' }) as unknown as I;
}

/** The record kinds with `kind` ticked on or off, in the given order of all kinds. */
export function toggleRecordKind(kinds: readonly ServiceRecordKind[], kind: ServiceRecordKind, on: boolean, order: readonly ServiceRecordKind[]): ServiceRecordKind[] {
  const set = new Set(kinds);
  if (on) set.add(kind);
  else set.delete(kind);
  return order.filter((k) => set.has(k));
}
