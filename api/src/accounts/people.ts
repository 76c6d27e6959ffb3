/**
 * Responses name people by user id; a `people` directory beside them says who each id is, so screens
 * show "东城区社工" rather than `usr_…`, without copying names into the domain tables. An actor that is
 * no account but a role in a place (the engine's `placeActor`, as the case-history simulator acts) is
 * named by its role and place: `org-dc-hexie.worker` is 东城区和协社会工作事务所社工.
 */
import type { Static } from '@sinclair/typebox';
import { actorPlace, type ActorPlace, type Queryable } from '@jingzhun/engine';
import { findDistrict, type LocalizedText } from '@jingzhun/standards';
import type { PeopleSchema } from '../schemas/common';

export type People = Static<typeof PeopleSchema>;

const CITY_SUPERVISOR: LocalizedText = { zh: '督导评估人员', en: 'Supervisor' };

/** A role in a district (its social-work station or civil-affairs office), worded as the demo accounts are. */
const IN_DISTRICT = {
  caseworker: (d: LocalizedText) => ({ zh: `${d.zh}社工`, en: `${d.en} caseworker` }),
  professional_supervisor: (d: LocalizedText) => ({ zh: `${d.zh}社工站督导`, en: `${d.en} station’s professional supervisor` }),
  district_operator: (d: LocalizedText) => ({ zh: `${d.zh}民政局经办人`, en: `${d.en} operator` }),
};

/** A role in a contracted organisation. */
const IN_ORGANISATION = {
  caseworker: (o: LocalizedText) => ({ zh: `${o.zh}社工`, en: `Caseworker of ${o.en}` }),
  professional_supervisor: (o: LocalizedText) => ({ zh: `${o.zh}督导`, en: `Professional supervisor of ${o.en}` }),
  district_operator: (o: LocalizedText) => ({ zh: `${o.zh}经办人`, en: `Operator of ${o.en}` }),
};

/** The people behind `ids`; an id that is neither an account nor names a known place is left out. */
export async function peopleOf(db: Queryable, ids: Iterable<string | null | undefined>): Promise<People> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id.length > 0))];
  if (!wanted.length) return {};
  const { rows } = await db.query<{ id: string; username: string; display_name: LocalizedText }>(
    'SELECT id, username, display_name FROM users WHERE id = ANY($1::text[])',
    [wanted],
  );
  const people: People = Object.fromEntries(rows.map((r) => [r.id, { username: r.username, displayName: r.display_name }]));
  const others = wanted.filter((id) => !people[id]);
  return others.length ? { ...people, ...(await actorsWithoutAccount(db, others)) } : people;
}

async function actorsWithoutAccount(db: Queryable, ids: readonly string[]): Promise<People> {
  const places: Array<[string, ActorPlace]> = [];
  for (const id of ids) {
    const place = actorPlace(id);
    if (place) places.push([id, place]);
  }
  const organisationIds = [...new Set(places.flatMap(([, p]) => (p.role !== 'supervisor' && !findDistrict(p.place) ? [p.place] : [])))];
  const organisations = new Map<string, LocalizedText>();
  if (organisationIds.length) {
    const { rows } = await db.query<{ id: string; name: LocalizedText }>('SELECT id, name FROM organisations WHERE id = ANY($1::text[])', [organisationIds]);
    for (const r of rows) organisations.set(r.id, r.name);
  }
  const people: People = {};
  for (const [id, p] of places) {
    if (p.role === 'supervisor') {
      people[id] = { username: id, displayName: CITY_SUPERVISOR };
      continue;
    }
    const district = findDistrict(p.place);
    const organisation = organisations.get(p.place);
    if (district) people[id] = { username: id, displayName: IN_DISTRICT[p.role](district.name) };
    else if (organisation) people[id] = { username: id, displayName: IN_ORGANISATION[p.role](organisation) };
  }
  return people;
}
