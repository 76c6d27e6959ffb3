/**
 * The caseworkers (社工) of a district, as an operator spreads the district's work among them: each
 * with their contracted organisation, if any — an organisation's caseworker sees that organisation's
 * cases only, the district's station's caseworkers every case of the district.
 *
 * @example
 *   const team = await districtCaseworkers(store, 'dongcheng');
 *   team[0]; // { id: 'usr_…', username: 'dongcheng.worker', displayName: { zh: '东城区社工', … }, organisation: null }
 */
import type { Queryable } from '@jingzhun/engine';
import type { LocalizedText } from '@jingzhun/standards';

export interface Caseworker {
  id: string;
  username: string;
  displayName: LocalizedText;
  district: string;
  organisation: { id: string; name: LocalizedText } | null;
}

interface CaseworkerRow {
  id: string;
  username: string;
  display_name: LocalizedText;
  district: string;
  organisation_id: string | null;
  organisation_name: LocalizedText | null;
}

const SELECT = `SELECT u.id, u.username, u.display_name, u.district, u.organisation_id, o.name AS organisation_name
  FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
 WHERE u.role = 'caseworker' AND NOT u.disabled`;

function toCaseworker(row: CaseworkerRow): Caseworker {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    district: row.district,
    organisation: row.organisation_id ? { id: row.organisation_id, name: row.organisation_name ?? { zh: row.organisation_id, en: row.organisation_id } } : null,
  };
}

/** The district's caseworkers who may sign in, by username. */
export async function districtCaseworkers(db: Queryable, district: string): Promise<Caseworker[]> {
  const { rows } = await db.query<CaseworkerRow>(`${SELECT} AND u.district = $1 ORDER BY u.username`, [district]);
  return rows.map(toCaseworker);
}

/** The caseworker of that user id who may sign in, if there is one. */
export async function findCaseworker(db: Queryable, id: string): Promise<Caseworker | undefined> {
  const { rows } = await db.query<CaseworkerRow>(`${SELECT} AND u.id = $1`, [id]);
  return rows[0] ? toCaseworker(rows[0]) : undefined;
}
