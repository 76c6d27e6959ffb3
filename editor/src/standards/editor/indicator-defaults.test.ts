import type { Indicator } from '../../api/types-standard';
import { measureOf, newIndicator, toggleRecordKind, withKind, withMeasure } from './indicator-defaults';

describe('changing the kind of an indicator', () => {
  const ind: Indicator = { ...newIndicator(0), id: 'plan_on_time', title: { zh: '计划及时率', en: 'Plans on time' }, target: 90 };

  it('keeps its id, title, target and comparator', () => {
    const c = withKind(ind, 'completion');
    expect(c).toMatchObject({ id: 'plan_on_time', title: ind.title, target: 90, comparator: '>=', kind: 'completion' });
  });

  it('drops the fields of the former kind', () => {
    expect(withKind(ind, 'conformance')).not.toHaveProperty('from');
  });

  it('starts a field indicator on the standard’s first form', () => {
    expect(withKind(ind, 'field', 'visit')).toMatchObject({ form: 'visit', aggregate: 'mean' });
  });
});

describe('what a rhythm or a count measures', () => {
  const rhythm = { ...withKind(newIndicator(0), 'recurrence'), activity: 'Task_Visit', span: { from: 'Task_Plan', to: 'Task_Close' } } as Extract<Indicator, { kind: 'recurrence' }>;

  it('switches from a step’s completions to service records and back, keeping exactly one of them', () => {
    const records = withMeasure(rhythm, 'records');
    expect(measureOf(records)).toBe('records');
    expect(records).not.toHaveProperty('activity');
    expect(records).toMatchObject({ records: { kinds: ['home_visit', 'phone'] }, span: rhythm.span, everyDays: rhythm.everyDays });
    const back = withMeasure(records, 'element');
    expect(measureOf(back)).toBe('element');
    expect(back).not.toHaveProperty('records');
    expect(back).toMatchObject({ activity: '' });
  });

  it('does the same for a count, whose element is called element', () => {
    const count = withKind(newIndicator(0), 'count') as Extract<Indicator, { kind: 'count' }>;
    expect(withMeasure(count, 'records')).not.toHaveProperty('element');
    expect(withMeasure(withMeasure(count, 'records'), 'element')).toMatchObject({ element: '', period: 'month' });
  });

  it('ticks kinds on and off in the order the kinds are offered', () => {
    const order = ['home_visit', 'phone', 'office', 'group', 'volunteer'] as const;
    expect(toggleRecordKind(['phone'], 'home_visit', true, order)).toEqual(['home_visit', 'phone']);
    expect(toggleRecordKind(['home_visit', 'phone'], 'home_visit', false, order)).toEqual(['phone']);
  });
});
