/**
 * Case numbers for cases started without one: the district's prefix, the Beijing year and the district's
 * next sequence number of that year, `DC-2026-000123`. The sequence is a row per district and year
 * (`case_numbers`), counted up in the start's own transaction: its lock orders two starts at once, on
 * PostgreSQL and PGlite alike, and a start that fails takes nothing. A number some case of the district
 * was given by hand already is passed over, so a generated number is the district's only case of it.
 *
 * @example
 *   const caseKey = await nextCaseNumber(ctx.q, 'dongcheng', ctx.now); // 'DC-2026-000001'
 */
import { beijingDate, findDistrict } from '@jingzhun/standards';
import { DistrictUnknownError } from '../errors';
import type { Queryable } from '../store';

/** Digits of the sequence number: a district of Beijing opens far fewer than a million cases a year. */
const DIGITS = 6;

function caseNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(DIGITS, '0')}`;
}

export async function nextCaseNumber(q: Queryable, district: string, now: Date): Promise<string> {
  const prefix = findDistrict(district)?.casePrefix;
  if (!prefix) throw new DistrictUnknownError([district]);
  const year = Number(beijingDate(now).slice(0, 4));
  for (;;) {
    const { rows } = await q.query<{ last: number }>(
      `INSERT INTO case_numbers (district, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (district, year) DO UPDATE SET last = case_numbers.last + 1
       RETURNING last`,
      [district, year],
    );
    const key = caseNumber(prefix, year, rows[0]!.last);
    const taken = await q.query('SELECT 1 FROM cases WHERE case_key = $1 AND district = $2', [key, district]);
    if (!taken.rows.length) return key;
  }
}
