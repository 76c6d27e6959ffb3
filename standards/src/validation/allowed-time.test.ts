import { isWorkingDay, PACKAGED_YEARS } from '../calendar/working-days';
import { parseIsoDuration } from '../bpmn/std-extension';
import { amountOf, isoAmount, leastIn, leastWorkingDays, mostCalendarDays, mostIn, mostWorkingDays, parameterRanges } from './allowed-time';

/** Whether each day from the first of `from` to the last of `to` is a working day, by `isWorking`. */
function days(from: number, to: number, isWorking: (iso: string) => boolean): boolean[] {
  const found: boolean[] = [];
  for (let t = Date.UTC(from, 0, 1); t <= Date.UTC(to, 11, 31); t += 86_400_000) found.push(isWorking(new Date(t).toISOString().slice(0, 10)));
  return found;
}

/** For each length `d` up to `longest`, the fewest and the most working days `d` days in a row held. */
function windows(working: boolean[], longest: number): { fewest: number[]; most: number[] } {
  const before = [0];
  for (const w of working) before.push(before[before.length - 1]! + (w ? 1 : 0));
  const fewest: number[] = [];
  const most: number[] = [];
  for (let d = 1; d <= longest; d += 1) {
    let lo = Infinity;
    let hi = 0;
    for (let s = 0; s + d <= working.length; s += 1) {
      const n = before[s + d]! - before[s]!;
      if (n < lo) lo = n;
      if (n > hi) hi = n;
    }
    fewest[d] = lo;
    most[d] = hi;
  }
  return { fewest, most };
}

/** For each `n` up to `longest`, the most calendar days from a working day to the `n`-th working day after it. */
function longestSpans(working: boolean[], longest: number): number[] {
  const at = working.flatMap((w, i) => (w ? [i] : []));
  const spans: number[] = [];
  for (let n = 1; n <= longest; n += 1) {
    let most = 0;
    for (let k = 0; k + n < at.length; k += 1) most = Math.max(most, at[k + n]! - at[k]!);
    spans[n] = most;
  }
  return spans;
}

describe('allowed time', () => {
  describe('in ordinary weeks (the most a step may take)', () => {
    const weekly = days(2030, 2032, (iso) => ![0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay()));

    it('n working days take at most n + 2⌈n/5⌉ calendar days: five from a Friday end seven days later', () => {
      expect([1, 2, 5, 6, 10, 30].map(mostCalendarDays)).toEqual([3, 4, 7, 10, 14, 42]);
      const spans = longestSpans(weekly, 60);
      for (let n = 1; n <= 60; n += 1) expect({ n, days: mostCalendarDays(n) }).toEqual({ n, days: spans[n] });
    });

    it('d calendar days hold at most 5⌊d/7⌋ + min(d mod 7, 5) working days', () => {
      expect([1, 6, 7, 30, 35].map(mostWorkingDays)).toEqual([1, 5, 5, 22, 25]);
      const { most } = windows(weekly, 120);
      for (let d = 1; d <= 120; d += 1) expect({ d, workingDays: mostWorkingDays(d) }).toEqual({ d, workingDays: most[d] });
    });
  });

  describe('whatever the calendar (the least a step takes)', () => {
    it('d calendar days hold at least the weekly count less 6 working days for every 60 days begun, in every stretch of the years the calendar knows', () => {
      expect([5, 10, 30, 60, 90, 365].map(leastWorkingDays)).toEqual([0, 0, 14, 36, 52, 218]);
      const official = days(PACKAGED_YEARS.from, PACKAGED_YEARS.to, isWorkingDay);
      const { fewest } = windows(official, 800);
      for (let d = 1; d <= 800; d += 1) expect({ d, atMost: leastWorkingDays(d) <= fewest[d]! }).toEqual({ d, atMost: true });
    });

    it('n working days take at least n calendar days', () => {
      expect(leastIn(amountOf(5, 'working_days').span, 'days')).toBe(5);
      expect(leastIn(amountOf(5, 'working_days').span, 'hours')).toBe(120);
    });
  });

  it('converts each unit into a limit’s unit, months at 28 to 31 days and years at 365 or 366', () => {
    expect(mostIn(amountOf(5, 'working_days').span, 'days')).toBe(7);
    expect(mostIn(amountOf(36, 'hours').span, 'days')).toBe(1.5);
    expect(mostIn(amountOf(2, 'days').span, 'hours')).toBe(48);
    expect(mostIn(amountOf(36, 'hours').span, 'working_days')).toBe(2);
    expect([mostIn(amountOf(1, 'months').span, 'days'), leastIn(amountOf(1, 'months').span, 'days')]).toEqual([31, 28]);
    const year = isoAmount(parseIsoDuration('P1Y2W')!);
    expect(year.text).toEqual({ zh: '1 年 2 周', en: '1 year 2 weeks' });
    expect([mostIn(year.span, 'days'), leastIn(year.span, 'days')]).toEqual([380, 379]);
  });

  it('reads the parameters of a document leniently', () => {
    const ranges = parameterRanges({ parameters: [{ id: 'a', default: 5, min: 2, max: 5, tighter: 'lower', unit: 'days' }, { id: 'b', default: 'x' }, { id: 'c', default: 3 }, null] });
    expect([...ranges.values()]).toEqual([
      { id: 'a', unit: 'days', default: 5, min: 2, max: 5, tighter: 'lower' },
      { id: 'c', unit: undefined, default: 3, min: 3, max: 3, tighter: 'lower' },
    ]);
  });
});
