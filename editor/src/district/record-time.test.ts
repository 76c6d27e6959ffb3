import { beijingLocalInput, fromBeijingLocalInput } from './record-time';

describe('the time of a contact', () => {
  it('is entered as Beijing wall-clock time, whatever the device’s zone', () => {
    expect(beijingLocalInput(new Date('2026-06-01T01:30:45Z'))).toBe('2026-06-01T09:30');
    // Late in the evening in Beijing is the next day there, still the day before in UTC.
    expect(beijingLocalInput(new Date('2026-06-01T17:05:00Z'))).toBe('2026-06-02T01:05');
  });

  it('goes to the API with its zone, and an unfinished entry goes nowhere', () => {
    expect(fromBeijingLocalInput('2026-06-01T09:30')).toBe('2026-06-01T09:30:00+08:00');
    expect(new Date(fromBeijingLocalInput(beijingLocalInput(new Date('2026-06-01T01:30:00Z')))!).toISOString()).toBe('2026-06-01T01:30:00.000Z');
    expect(fromBeijingLocalInput('')).toBeUndefined();
    expect(fromBeijingLocalInput('2026-06-01')).toBeUndefined();
  });
});
