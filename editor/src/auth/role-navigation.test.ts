import { canAuthor, canReview, landingPath, navigationFor } from './role-navigation';

describe('navigation by role', () => {
  it('lands a caseworker on the inbox and offers no standards authoring', () => {
    expect(landingPath('caseworker')).toBe('/inbox');
    expect(navigationFor('caseworker').map((n) => n.path)).not.toContain('/standards');
    expect(canAuthor('caseworker')).toBe(false);
  });

  it('lands a reviewer on the drafts waiting for review', () => {
    expect(landingPath('reviewer')).toBe('/standards?status=in_review');
    expect(canReview('reviewer')).toBe(true);
    expect(canAuthor('reviewer')).toBe(false);
  });

  it('gives a district operator the inbox, case start and the deployments', () => {
    expect(navigationFor('district_operator').map((n) => n.testId)).toEqual(['nav-inbox', 'nav-start-case', 'nav-cases', 'nav-deployments']);
  });

  it('lets a standards officer author but not review', () => {
    expect(canAuthor('standards_officer')).toBe(true);
    expect(canReview('standards_officer')).toBe(false);
  });
});
