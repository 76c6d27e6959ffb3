/**
 * The contracted social-work organisations (社会工作服务机构) that deliver services in districts. A case
 * may be handed to one; it must exist and work in the case's district.
 *
 * @example
 *   const org = await findOrganisation(store, 'org-dc-yangguang'); // { id, district: 'dongcheng' }
 */
import type { Queryable } from '@jingzhun/engine';

export interface Organisation {
  id: string;
  name: { zh: string; en: string };
  /** The district it works in, or null when it works citywide. */
  district: string | null;
}

export async function findOrganisation(db: Queryable, id: string): Promise<Organisation | undefined> {
  const { rows } = await db.query<Organisation>('SELECT id, name, district FROM organisations WHERE id = $1', [id]);
  return rows[0];
}
