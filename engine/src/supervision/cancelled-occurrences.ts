/**
 * A cancelled case's indicators: its open occurrences close as cancelled (shown apart from the
 * figures, never in a denominator), counted in the rollups of the days they opened.
 *
 * @example
 *   await cancelOccurrences(tx, caseId, now); // in the cancelling command's transaction
 */
import type { Queryable } from '../store';

export async function cancelOccurrences(q: Queryable, caseId: string, now: Date): Promise<void> {
  await q.query(
    `WITH cancelled AS (
       UPDATE indicator_occurrences SET outcome = 'cancelled', closed_at = $2
        WHERE case_id = $1 AND outcome = 'open'
       RETURNING code, version, district, organisation, indicator, opened_at, simulated)
     INSERT INTO indicator_rollups (code, version, district, organisation, indicator, day, simulated, cancelled)
     SELECT code, version, district, COALESCE(organisation, ''), indicator, ((opened_at AT TIME ZONE 'UTC') + interval '8 hours')::date, simulated, count(*)::int
       FROM cancelled GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    [caseId, now],
  );
}
