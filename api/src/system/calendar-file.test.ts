import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addWorkingDays, isWorkingDay } from '@jingzhun/standards';
import { ConfigError } from '../config';
import { loadCalendarFile } from './calendar-file';

function file(content: string): string {
  const name = path.join(mkdtempSync(path.join(tmpdir(), 'jingzhun-calendar-')), 'calendar.json');
  writeFileSync(name, content);
  return name;
}

describe('the calendar file', () => {
  it('adds a year published after the release: its holidays are days off, its make-up Saturdays working days', () => {
    expect(isWorkingDay('2035-10-02')).toBe(true); // a Tuesday, unknown year: weekdays work
    loadCalendarFile(file(JSON.stringify([{ year: 2035, holidays: ['2035-10-01', '2035-10-02'], workdays: ['2035-09-29'], source: 'test notice' }])));
    expect(isWorkingDay('2035-10-02')).toBe(false);
    expect(isWorkingDay('2035-09-29')).toBe(true); // a Saturday made a working day
    expect(addWorkingDays('2035-09-28', 1)).toBe('2035-09-29');
  });

  it('names the setting when the file is unreadable or malformed', () => {
    expect(() => loadCalendarFile('/no/such/calendar.json')).toThrow(ConfigError);
    expect(() => loadCalendarFile(file('{"year": 2035}'))).toThrow(/^CALENDAR_FILE: /);
    expect(() => loadCalendarFile(file(JSON.stringify([{ year: 2035, holidays: ['1 Oct'], workdays: [], source: 'x' }])))).toThrow(/holidays\/0/);
    // Shaped like a date but not one: named, and nothing of that year applied.
    expect(() => loadCalendarFile(file(JSON.stringify([{ year: 2036, holidays: ['2036-01-02', '2036-02-30'], workdays: [], source: 'x' }])))).toThrow(
      /^CALENDAR_FILE: .*\/0 not a date: 2036-02-30/,
    );
    expect(isWorkingDay('2036-01-02')).toBe(true);
  });
});
