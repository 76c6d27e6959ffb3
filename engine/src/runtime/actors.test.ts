import { actorPlace, placeActor } from './actors';

describe('who acts in a place without an account', () => {
  it('names a role in an organisation, else in the district', () => {
    expect(placeActor('caseworker', 'dongcheng', 'org-dc-hexie')).toBe('org-dc-hexie.worker');
    expect(placeActor('professional_supervisor', 'chaoyang', null)).toBe('chaoyang.supervisor');
    expect(placeActor('district_operator', 'haidian', 'org-hd-qiming')).toBe('haidian.operator');
    expect(placeActor(null, 'haidian', null)).toBe('haidian.operator');
    expect(placeActor('supervisor', 'haidian', 'org-hd-qiming')).toBe('supervisor');
  });

  it('reads the role and the place back from every name it makes', () => {
    for (const role of ['caseworker', 'professional_supervisor', 'district_operator'] as const) {
      expect(actorPlace(placeActor(role, 'dongcheng', null))).toEqual({ role, place: 'dongcheng' });
    }
    expect(actorPlace(placeActor('caseworker', 'dongcheng', 'org-dc-hexie'))).toEqual({ role: 'caseworker', place: 'org-dc-hexie' });
    expect(actorPlace('supervisor')).toEqual({ role: 'supervisor' });
  });

  it('reads no place in an account’s id or the platform’s own name', () => {
    expect(actorPlace('0b5c2a4e-6f1d-4c1a-9f5e-2d7c8b9a0e11')).toBeUndefined();
    expect(actorPlace('system')).toBeUndefined();
    expect(actorPlace('.worker')).toBeUndefined();
    expect(actorPlace('dongcheng.manager')).toBeUndefined();
  });
});
