import type { CaseRole } from '@jingzhun/standards';
import { activeItem, canAuthor, canReview, landingPath, navigationFor, readsSupervision, repliesToNotices, sendsNotices, spreadsWork } from './role-navigation';

/** Every role a standard can give tasks to; the compiler keeps the list whole. */
const TASK_ROLES: Record<CaseRole, true> = { caseworker: true, district_operator: true, professional_supervisor: true, supervisor: true };

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

  it('gives a district operator the inbox, case start, the cases, the team’s workload, the deployments and the district’s figures', () => {
    expect(navigationFor('district_operator').map((n) => n.testId)).toEqual(['nav-inbox', 'nav-start-case', 'nav-cases', 'nav-workload', 'nav-deployments', 'nav-supervision']);
    expect(spreadsWork('district_operator')).toBe(true);
    expect(spreadsWork('caseworker')).toBe(false);
    expect(repliesToNotices('district_operator')).toBe(true);
    expect(sendsNotices('district_operator')).toBe(false);
  });

  it('leads everyone a standard can give tasks to, to their inbox', () => {
    for (const role of Object.keys(TASK_ROLES) as CaseRole[]) expect(navigationFor(role).map((n) => n.testId)).toContain('nav-inbox');
    expect(navigationFor('supervisor').map((n) => n.testId)).toEqual(['nav-supervision', 'nav-notices', 'nav-inbox', 'nav-standards', 'nav-cases']);
  });

  it('lets a standards officer author but not review', () => {
    expect(canAuthor('standards_officer')).toBe(true);
    expect(canReview('standards_officer')).toBe(false);
  });

  it('lands a supervisor on supervision, with the notices next', () => {
    expect(landingPath('supervisor')).toBe('/supervision');
    expect(navigationFor('supervisor').map((n) => n.testId).slice(0, 2)).toEqual(['nav-supervision', 'nav-notices']);
    expect(sendsNotices('supervisor')).toBe(true);
    expect(navigationFor('admin').map((n) => n.testId)).toEqual(expect.arrayContaining(['nav-supervision', 'nav-notices']));
  });

  it('shows a contracted organisation’s caseworker its figures, and a district caseworker none', () => {
    expect(navigationFor({ role: 'caseworker', organisation: 'org-dc-yangguang' }).map((n) => n.testId)).toContain('nav-supervision');
    expect(navigationFor({ role: 'caseworker', organisation: null }).map((n) => n.testId)).not.toContain('nav-supervision');
    expect(readsSupervision({ role: 'caseworker', organisation: 'org-dc-yangguang' })).toBe(true);
    expect(readsSupervision({ role: 'caseworker', organisation: null })).toBe(false);
    expect(readsSupervision({ role: 'standards_officer' })).toBe(false);
  });

  it('lands a professional supervisor (机构督导) on the inbox, with the cases and their team’s figures, and no 督办', () => {
    expect(landingPath('professional_supervisor')).toBe('/inbox');
    expect(navigationFor({ role: 'professional_supervisor', organisation: null }).map((n) => n.testId)).toEqual(['nav-inbox', 'nav-cases', 'nav-supervision']);
    expect(readsSupervision({ role: 'professional_supervisor', organisation: 'org-dc-yangguang' })).toBe(true);
    expect(canAuthor('professional_supervisor')).toBe(false);
    expect(sendsNotices('professional_supervisor')).toBe(false);
    expect(repliesToNotices('professional_supervisor')).toBe(false);
  });

  it('marks the most specific item of the page as current', () => {
    const items = navigationFor('supervisor');
    expect(activeItem(items, '/supervision/notices', '/supervision/notices')?.testId).toBe('nav-notices');
    expect(activeItem(items, '/supervision/notices/n1', '/supervision/notices/n1')?.testId).toBe('nav-notices');
    expect(activeItem(items, '/supervision/BJ-SW-ELDER', '/supervision/BJ-SW-ELDER?period=2026')?.testId).toBe('nav-supervision');
    const operator = navigationFor('district_operator');
    expect(activeItem(operator, '/cases/new', '/cases/new')?.testId).toBe('nav-start-case');
    expect(activeItem(operator, '/cases/c1', '/cases/c1')?.testId).toBe('nav-cases');
    const admin = navigationFor('admin');
    expect(activeItem(admin, '/standards', '/standards?status=in_review')?.testId).toBe('nav-reviews');
    expect(activeItem(admin, '/standards', '/standards')?.testId).toBe('nav-standards');
    expect(activeItem(admin, '/inbox', '/inbox')).toBeUndefined();
  });
});
