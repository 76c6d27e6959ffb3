/**
 * Folds the indicator rollups' deltas into one row per key (version, district, organisation,
 * indicator, Beijing day, simulated or not). Every command that closes an occurrence appends a delta,
 * so that concurrent commands never wait on a shared row; folded now and then by the worker, as the
 * element rollups are, a period's figure sums at most one row per key and day, however many cases
 * closed that day. Rows appended meanwhile are not seen by the delete and stay as they are; two folds
 * at once each fold only the rows they deleted. Only keys with more than one row are rewritten.
 *
 * @example
 *   const removed = await foldIndicatorRollups(store); // rows removed
 */
import type { Queryable } from '../store';

const KEY = 'code, version, district, organisation, indicator, day, simulated';

export async function foldIndicatorRollups(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ removed: number }>(
    `WITH keys AS (SELECT ${KEY} FROM indicator_rollups GROUP BY ${KEY} HAVING count(*) > 1),
       gone AS (
         DELETE FROM indicator_rollups r USING keys k
          WHERE (r.code, r.version, r.district, r.organisation, r.indicator, r.day, r.simulated)
              = (k.code, k.version, k.district, k.organisation, k.indicator, k.day, k.simulated)
         RETURNING r.*),
       folded AS (
         INSERT INTO indicator_rollups (${KEY}, met, breached, city_met, city_breached, void, cancelled, ok, value_sum, value_n)
         SELECT ${KEY}, sum(met), sum(breached), sum(city_met), sum(city_breached), sum(void), sum(cancelled), sum(ok), sum(value_sum), sum(value_n)
           FROM gone GROUP BY ${KEY}
         RETURNING 1)
     SELECT ((SELECT count(*) FROM gone) - (SELECT count(*) FROM folded))::int AS removed`,
  );
  return rows[0]?.removed ?? 0;
}
