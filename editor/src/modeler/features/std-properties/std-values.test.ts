import { isValidMinRecords, isValidSla, toggleContent } from './std-values';

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

describe('the service records a step needs, typed in the properties panel', () => {
  it('is none, or a whole number of 1–50', () => {
    expect(isValidMinRecords('')).toBe(true);
    expect(isValidMinRecords('2')).toBe(true);
    expect(isValidMinRecords(' 50 ')).toBe(true);
  });

  it('is refused when it is none of them', () => {
    for (const wrong of ['0', '51', 'two', '1.5', '-1']) expect(isValidMinRecords(wrong)).toBe(false);
  });
});
