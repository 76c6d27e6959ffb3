/**
 * Who acts in simulated cases: one name per district and role (`chaoyang.worker`, `chaoyang.operator`,
 * the station's 机构督导 `chaoyang.supervisor`), one per contracted organisation for its caseworkers and
 * its 机构督导 (`org-dc-yangguang.worker`, `org-dc-yangguang.supervisor`) and the city's `supervisor`, in
 * the engine's grammar of a role in a place (`placeActor`), which the API names to a person — or, where
 * the store has a user in that place (the demo accounts), that user's id, so their task lists and case
 * files show their own work.
 *
 * @example
 *   const actors = actorDirectory(await userActors(store));
 *   actors.actorFor('caseworker', 'dongcheng', 'org-dc-yangguang');
 */
import { placeActor, type Queryable } from '@jingzhun/engine';

export interface ActorDirectory {
  actorFor(role: string | null, district: string, organisation: string | null): string;
}

/** `ids` maps directory names to user ids; names without a user act under their own name. */
export function actorDirectory(ids: ReadonlyMap<string, string> = new Map()): ActorDirectory {
  return {
    actorFor(role, district, organisation) {
      const key = placeActor(role, district, organisation);
      return ids.get(key) ?? key;
    },
  };
}

/** The store's users by the directory name of the place they work in (first created wins). */
export async function userActors(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; role: string; district: string | null; organisation_id: string | null }>(
    `SELECT id, role, district, organisation_id FROM users WHERE NOT disabled AND role IN ('caseworker', 'district_operator', 'professional_supervisor', 'supervisor') ORDER BY created_at, username`,
  );
  const ids = new Map<string, string>();
  for (const row of rows) {
    const key = placeActor(row.role, row.district ?? '', row.organisation_id);
    if (!ids.has(key)) ids.set(key, row.id);
  }
  return ids;
}
