/**
 * Years of the official working-day calendar published after this release (the State Council announces
 * each year's holidays and make-up working days in the autumn before), read from a JSON file named by
 * `CALENDAR_FILE`: `[{ "year": 2027, "holidays": ["2027-01-01", …], "workdays": ["2027-02-06", …],
 * "source": "国办发明电〔2026〕…号" }]`.
 */
import { readFileSync } from 'node:fs';
import { Type } from '@sinclair/typebox';
import { extendCalendar, validateAgainst, type CalendarYear } from '@jingzhun/standards';
import { ConfigError } from '../config';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const CalendarFileSchema = Type.Array(
  Type.Object(
    {
      year: Type.Integer({ minimum: 2000, maximum: 2100 }),
      holidays: Type.Array(IsoDate, { maxItems: 366 }),
      workdays: Type.Array(IsoDate, { maxItems: 366 }),
      source: Type.String({ minLength: 1, maxLength: 500 }),
    },
    { additionalProperties: false },
  ),
  { maxItems: 100 },
);

/** Reads and applies the file; a missing or malformed file is a ConfigError naming CALENDAR_FILE. */
export function loadCalendarFile(file: string): CalendarYear[] {
  let years: unknown;
  try {
    years = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError('CALENDAR_FILE', `cannot read ${file}: ${(error as Error).message}`);
  }
  const problems = validateAgainst(CalendarFileSchema, years);
  if (problems.length) {
    throw new ConfigError('CALENDAR_FILE', `${file}: ${problems.map((p) => `${p.pointer || '/'} ${p.message.en}`).join('; ')}`);
  }
  for (const [index, year] of (years as CalendarYear[]).entries()) {
    try {
      extendCalendar(year);
    } catch (error) {
      throw new ConfigError('CALENDAR_FILE', `${file}: /${index} ${(error as Error).message}`);
    }
  }
  return years as CalendarYear[];
}
