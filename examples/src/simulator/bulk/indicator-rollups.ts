/**
 * The indicator rollups of bulk history: what each closed occurrence a copy writes adds to the daily
 * rollup of its indicator (version, district, organisation, Beijing day of the opening), summed in
 * memory and written once at the end, labelled `simulated`. The engine adds the same when it closes an
 * occurrence (met or breached by the case's and by the city's limit, void, cancelled; an answer's
 * value and whether it met its condition); open occurrences add nothing, they are judged when read.
 *
 * @example
 *   const sums = new IndicatorRollups();
 *   sums.add(occurrence, state); // for every occurrence written
 *   await sums.write(tx);
 */
import type { Queryable } from '@jingzhun/engine';
import type { OccurrenceState, PreparedOccurrence } from './event-sinks';

const DAY = 86_400_000;
const BEIJING = 8 * 3600_000;
/** Rows per INSERT statement. */
const CHUNK = 5000;

interface Row {
  code: string;
  version: number;
  district: string;
  organisation: string;
  indicator: string;
  day: string;
  met: number;
  breached: number;
  cityMet: number;
  cityBreached: number;
  void: number;
  cancelled: number;
  ok: number;
  valueSum: number;
  valueN: number;
}

export class IndicatorRollups {
  private readonly rows = new Map<string, Row>();
  /** Each template occurrence's rollups, by Beijing day number. */
  private readonly byOccurrence = new Map<PreparedOccurrence, Map<number, Row>>();

  get size(): number {
    return this.rows.size;
  }

  add(o: PreparedOccurrence, s: OccurrenceState): void {
    if (s.outcome === 'open') return;
    const dayNumber = Math.floor((s.opened + BEIJING) / DAY);
    let days = this.byOccurrence.get(o);
    if (!days) this.byOccurrence.set(o, (days = new Map()));
    let row = days.get(dayNumber);
    if (!row) {
      // Occurrences of the same indicator in other templates share the row of their key.
      const organisation = o.organisation ?? '';
      const day = new Date(dayNumber * DAY).toISOString().slice(0, 10);
      const key = JSON.stringify([o.code, o.version, o.district, organisation, o.indicator, day]);
      row = this.rows.get(key);
      if (!row) {
        row = { code: o.code, version: o.version, district: o.district, organisation, indicator: o.indicator, day, met: 0, breached: 0, cityMet: 0, cityBreached: 0, void: 0, cancelled: 0, ok: 0, valueSum: 0, valueN: 0 };
        this.rows.set(key, row);
      }
      days.set(dayNumber, row);
    }
    if (s.outcome === 'met') row.met += 1;
    else if (s.outcome === 'breached') row.breached += 1;
    else if (s.outcome === 'void') row.void += 1;
    else if (s.outcome === 'cancelled') row.cancelled += 1;
    if (s.cityOutcome === 'met') row.cityMet += 1;
    else if (s.cityOutcome === 'breached') row.cityBreached += 1;
    if (s.ok === true) row.ok += 1;
    row.valueSum += s.value ?? 0;
    if (s.value !== null || s.ok !== null) row.valueN += 1;
  }

  /** Writes the sums, one row per key, as simulated rollups. */
  async write(q: Queryable): Promise<void> {
    const rows = [...this.rows.values()];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const column = <T>(pick: (r: Row) => T) => chunk.map(pick);
      await q.query(
        `INSERT INTO indicator_rollups (code, version, district, organisation, indicator, day, met, breached, city_met, city_breached, void, cancelled, ok, value_sum, value_n, simulated)
         SELECT *, true FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::date[], $7::int[], $8::int[], $9::int[], $10::int[],
           $11::int[], $12::int[], $13::int[], $14::float8[], $15::int[])`,
        [
          column((r) => r.code),
          column((r) => r.version),
          column((r) => r.district),
          column((r) => r.organisation),
          column((r) => r.indicator),
          column((r) => r.day),
          column((r) => r.met),
          column((r) => r.breached),
          column((r) => r.cityMet),
          column((r) => r.cityBreached),
          column((r) => r.void),
          column((r) => r.cancelled),
          column((r) => r.ok),
          column((r) => r.valueSum),
          column((r) => r.valueN),
        ],
      );
    }
  }
}
