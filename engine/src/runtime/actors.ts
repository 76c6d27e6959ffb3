/**
 * Who an event's actor is. An actor is an account's id, or, for work done where no account acts (the
 * case-history simulator's districts and organisations), a role in a place: a district's or a
 * contracted organisation's caseworker, professional supervisor (机构督导) or operator
 * (`chaoyang.worker`, `org-dc-hexie.supervisor`, `haidian.operator`), or the city's `supervisor`.
 * One grammar, written by whoever acts in a place and read by whoever names the actor to a person.
 *
 * @example
 *   placeActor('caseworker', 'dongcheng', 'org-dc-hexie'); // 'org-dc-hexie.worker'
 *   actorPlace('org-dc-hexie.worker'); // { role: 'caseworker', place: 'org-dc-hexie' }
 */
const SUFFIX = { caseworker: 'worker', professional_supervisor: 'supervisor', district_operator: 'operator' } as const;
type PlaceRole = keyof typeof SUFFIX;

/** A role in a place, as an actor read back: the place is a district's code or an organisation's id. */
export type ActorPlace = { role: 'supervisor' } | { role: PlaceRole; place: string };

/**
 * The actor of `role` (a case role) in an organisation, else in its district; any other role, or none,
 * acts as the district's operator.
 */
export function placeActor(role: string | null, district: string, organisation: string | null): string {
  switch (role) {
    case 'supervisor':
      return 'supervisor';
    case 'caseworker':
    case 'professional_supervisor':
      return `${organisation ?? district}.${SUFFIX[role]}`;
    default:
      return `${district}.${SUFFIX.district_operator}`;
  }
}

/** The role and place an actor names, or undefined when it names none (an account's id, `system`). */
export function actorPlace(actor: string): ActorPlace | undefined {
  if (actor === 'supervisor') return { role: 'supervisor' };
  const dot = actor.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const place = actor.slice(0, dot);
  const suffix = actor.slice(dot + 1);
  const role = (Object.keys(SUFFIX) as PlaceRole[]).find((r) => SUFFIX[r] === suffix);
  return role ? { role, place } : undefined;
}
