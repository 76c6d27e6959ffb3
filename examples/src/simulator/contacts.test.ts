import { seededRandom } from '../random/seeded-random';
import { contactsWhile, type ContactRhythm } from './contacts';
import { isOfficeTime } from './office-hours';

const DAY = 86_400_000;
const RHYTHM: ContactRhythm = { least: 2, meanDays: 17, kinds: { home_visit: 50, phone: 35, office: 15 }, notes: ['入户探访。', '电话跟进。'] };
// Monday 2 March 2026, 10:00 in Beijing.
const OPENED = Date.parse('2026-03-02T10:00:00+08:00');

describe('the contacts made while a step is open', () => {
  it('come about every meanDays, in office hours, all before the step is done, in time order', () => {
    const done = OPENED + 80 * DAY;
    const contacts = contactsWhile(RHYTHM, seededRandom('rhythm'), OPENED, done);
    expect(contacts.length).toBeGreaterThanOrEqual(3);
    expect(contacts.map((c) => c.at)).toEqual([...contacts.map((c) => c.at)].sort((a, b) => a - b));
    for (const c of contacts) {
      expect(c.at > OPENED && c.at < done).toBe(true);
      expect(isOfficeTime(c.at)).toBe(true);
      expect(['home_visit', 'phone', 'office']).toContain(c.kind);
      expect(RHYTHM.notes).toContain(c.notes);
    }
    // A call is short, a home visit takes its time.
    for (const c of contacts.filter((x) => x.kind === 'phone')) expect(c.minutes).toBeLessThanOrEqual(30);
    for (const c of contacts.filter((x) => x.kind === 'home_visit')) expect(c.minutes).toBeGreaterThanOrEqual(40);
  });

  it('are at least as many as the step needs, even when it is done within days', () => {
    const done = OPENED + 2 * DAY;
    for (const seed of ['a', 'b', 'c', 'd']) {
      const contacts = contactsWhile(RHYTHM, seededRandom(seed), OPENED, done);
      expect(contacts.length).toBeGreaterThanOrEqual(2);
      for (const c of contacts) expect(c.at > OPENED && c.at < done).toBe(true);
    }
  });

  it('are the same for the same stream, and other for another', () => {
    const done = OPENED + 60 * DAY;
    expect(contactsWhile(RHYTHM, seededRandom('x'), OPENED, done)).toEqual(contactsWhile(RHYTHM, seededRandom('x'), OPENED, done));
    expect(contactsWhile(RHYTHM, seededRandom('y'), OPENED, done)).not.toEqual(contactsWhile(RHYTHM, seededRandom('x'), OPENED, done));
  });
});
