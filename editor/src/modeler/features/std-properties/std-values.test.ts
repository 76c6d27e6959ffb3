import { isValidSla, toggleContent } from './std-values';

describe('the service contents a user task delivers', () => {
  it('adds a content once and keeps the others in order', () => {
    expect(toggleContent('visit plan', 'assessment', true)).toBe('visit plan assessment');
    expect(toggleContent('visit assessment', 'assessment', true)).toBe('visit assessment');
  });

  it('removes a content, and the attribute when none is left', () => {
    expect(toggleContent('visit plan', 'visit', false)).toBe('plan');
    expect(toggleContent('visit', 'visit', false)).toBeUndefined();
  });
});

describe('an SLA typed in the properties panel', () => {
  it('is accepted as working days or an ISO 8601 duration', () => {
    expect(isValidSla('15')).toBe(true);
    expect(isValidSla('PT24H')).toBe(true);
    expect(isValidSla('P1M')).toBe(true);
  });

  it('is refused when it is neither', () => {
    expect(isValidSla('15 days')).toBe(false);
    expect(isValidSla('P')).toBe(false);
  });
});
