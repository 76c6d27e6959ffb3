import type { Indicator } from '../../api/types-standard';
import { newIndicator, withKind } from './indicator-defaults';

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
