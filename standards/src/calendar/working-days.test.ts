import { addWorkingDays, addWorkingDaysAt, beijingDate, extendCalendar, isWorkingDay, isYearKnown, workingDaysBetween } from './working-days';

describe('the official working-day calendar', () => {
  it('knows the 2024 Spring Festival make-up Sundays (调休) were working days', () => {
    expect(isWorkingDay('2024-02-04')).toBe(true);
    expect(isWorkingDay('2024-02-18')).toBe(true);
    expect(isWorkingDay('2024-02-12')).toBe(false); // a Monday inside the holiday
  });

  it('knows the 2024 National Day holiday, 1 to 7 October, and the make-up Saturday 12 October', () => {
    for (let d = 1; d <= 7; d += 1) expect(isWorkingDay(`2024-10-0${d}`)).toBe(false);
    expect(isWorkingDay('2024-10-08')).toBe(true);
    expect(isWorkingDay('2024-10-12')).toBe(true);
    expect(isWorkingDay('2024-09-29')).toBe(true); // Sunday made a working day
  });

  it('treats ordinary weekends as days off and weekdays as working days', () => {
    expect(isWorkingDay('2024-03-09')).toBe(false); // Saturday
    expect(isWorkingDay('2024-03-11')).toBe(true); // Monday
    expect(isWorkingDay('2017-06-05')).toBe(true);
  });

  it('adds working days across a holiday: the day before National Day plus one is 8 October', () => {
    expect(addWorkingDays('2024-09-30', 1)).toBe('2024-10-08');
    expect(addWorkingDays('2024-02-02', 1)).toBe('2024-02-04');
    expect(addWorkingDays('2024-10-03', 0)).toBe('2024-10-08');
    expect(addWorkingDays('2024-03-11', 0)).toBe('2024-03-11');
  });

  it('a 15-working-day SLA from 2024-09-20 ends on 2024-10-16, not 2024-10-11 as weekdays alone would say', () => {
    expect(addWorkingDays('2024-09-20', 15)).toBe('2024-10-16');
  });

  it('counts working days between two dates, negative backwards', () => {
    expect(workingDaysBetween('2024-02-02', '2024-02-05')).toBe(2);
    expect(workingDaysBetween('2024-09-30', '2024-10-08')).toBe(1);
    expect(workingDaysBetween('2024-10-08', '2024-09-30')).toBe(-1);
    expect(workingDaysBetween('2024-03-11', '2024-03-11')).toBe(0);
  });

  it('counts days in Beijing time: 17:00 UTC is already the next day in Beijing', () => {
    expect(beijingDate(new Date('2024-09-30T17:00:00Z'))).toBe('2024-10-01');
    expect(addWorkingDaysAt(new Date('2024-09-30T01:30:00Z'), 1).toISOString()).toBe('2024-10-08T01:30:00.000Z');
  });

  it('refuses what is not a date or not a whole number of days', () => {
    expect(() => beijingDate('2024-13-45x')).toThrow(RangeError);
    expect(() => beijingDate('2023-02-29')).toThrow(RangeError);
    expect(() => extendCalendar({ year: 2032, holidays: ['2032-02-02', '2032-02-30'], workdays: [], source: 'a typo' })).toThrow(RangeError);
    expect(isWorkingDay('2032-02-02')).toBe(true); // nothing of the refused year was applied
    expect(isYearKnown(2032)).toBe(false);
    expect(beijingDate('2024-02-29')).toBe('2024-02-29');
    expect(() => addWorkingDays('2024-01-01', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-01-01', 1.5)).toThrow(RangeError);
  });

  it('can be extended when the State Council publishes a new year', () => {
    expect(isYearKnown(2031)).toBe(false);
    expect(isWorkingDay('2031-10-01')).toBe(true); // a Wednesday, before the year is known
    extendCalendar({ year: 2031, holidays: ['2031-10-01', '2031-10-02'], workdays: ['2031-09-28'], source: 'test notice' });
    expect(isYearKnown(2031)).toBe(true);
    expect(isWorkingDay('2031-10-01')).toBe(false);
    expect(isWorkingDay('2031-09-28')).toBe(true); // a Sunday made a working day
  });
});
