/**
 * Responses name people by user id; a `people` directory beside them says who each id is, so screens
 * show "东城区社工" rather than `usr_…`, without copying names into the domain tables.
 */
import type { Static } from '@sinclair/typebox';
import type { Queryable } from '@jingzhun/engine';
import type { PeopleSchema } from '../schemas/common';

export type People = Static<typeof PeopleSchema>;

/** The people behind `ids` (ids that are not users, e.g. `system`, are left out). */
export async function peopleOf(db: Queryable, ids: Iterable<string | null | undefined>): Promise<People> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id.length > 0))];
  if (!wanted.length) return {};
  const { rows } = await db.query<{ id: string; username: string; display_name: { zh: string; en: string } }>(
    'SELECT id, username, display_name FROM users WHERE id = ANY($1::text[])',
    [wanted],
  );
  return Object.fromEntries(rows.map((r) => [r.id, { username: r.username, displayName: r.display_name }]));
}
