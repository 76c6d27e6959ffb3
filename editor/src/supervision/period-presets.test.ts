import { beijingToday, firstChoice, periodFromQuery, periodOptions, periodQuery, rangeProblem } from './period-presets';

describe('the periods a supervisor chooses from', () => {
  it('counts today in Beijing: late evening in UTC is already tomorrow', () => {
    expect(beijingToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(beijingToday(new Date('2026-12-07T04:00:00Z'))).toBe('2026-12-07');
  });

  it('lists years, quarters and months newest first, across the turn of the year', () => {
    expect(periodOptions('year', '2026-02-10').map((o) => o.value)).toEqual(['2026', '2025', '2024', '2023', '2022']);
    expect(periodOptions('quarter', '2026-02-10').slice(0, 3)).toEqual([
      { value: '2026-Q1', year: 2026, quarter: 1 },
      { value: '2025-Q4', year: 2025, quarter: 4 },
      { value: '2025-Q3', year: 2025, quarter: 3 },
    ]);
    expect(periodOptions('month', '2026-02-10').slice(0, 3).map((o) => o.value)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(periodOptions('quarter', '2026-12-07')[0]!.value).toBe('2026-Q4');
    expect(periodOptions('ytd', '2026-12-07')).toEqual([]);
  });

  it('starts each kind with its newest period, and a range with this year so far', () => {
    expect(firstChoice('month', '2026-12-07')).toEqual({ kind: 'month', period: '2026-12' });
    expect(firstChoice('custom', '2026-12-07')).toEqual({ kind: 'custom', from: '2026-01-01', to: '2026-12-07' });
    expect(firstChoice('ytd', '2026-12-07')).toEqual({ kind: 'ytd' });
  });

  it('reads a choice back from the address, and says nothing for this year so far', () => {
    const choices = [{ kind: 'quarter', period: '2026-Q3' }, { kind: 'month', period: '2026-06' }, { kind: 'year', period: '2025' }, { kind: 'custom', from: '2026-08-01', to: '2026-11-30' }] as const;
    for (const choice of choices) expect(periodFromQuery(new URLSearchParams(periodQuery(choice)))).toEqual(choice);
    expect(periodQuery({ kind: 'ytd' })).toEqual({});
    expect(periodFromQuery(new URLSearchParams(''))).toEqual({ kind: 'ytd' });
  });

  it('takes an unreadable address for this year so far', () => {
    expect(periodFromQuery(new URLSearchParams('period=2026-13'))).toEqual({ kind: 'ytd' });
    expect(periodFromQuery(new URLSearchParams('from=2026-01-01'))).toEqual({ kind: 'ytd' });
  });

  it('refuses a range the API would refuse, saying why', () => {
    expect(rangeProblem('2026-08-01', '2026-11-30')).toBeNull();
    expect(rangeProblem('2026-11-30', '2026-08-01')).toBe('reversed');
    expect(rangeProblem('2020-01-01', '2026-01-01')).toBe('tooLong');
    expect(rangeProblem('2026-08-01', '')).toBe('incomplete');
  });
});
