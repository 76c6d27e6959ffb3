import { seededRandom } from '../../random/seeded-random';
import { isoInstant } from './iso-instant';

describe('isoInstant', () => {
  it('writes what Date#toISOString writes, across days, years and before 1970', () => {
    const rng = seededRandom('iso');
    const instants = [0, -1, Date.parse('2024-02-29T23:59:59.999Z'), Date.parse('2026-12-31T16:00:00.000Z')];
    for (let i = 0; i < 2000; i++) instants.push(Math.floor((rng.next() - 0.3) * 4e12));
    for (const ms of instants) expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
  });
});
