import type { User, UserRole } from '../api';

export interface NavItem {
  /** i18n key of the label. */
  label: string;
  path: string;
  testId: string;
}

const STANDARDS: NavItem = { label: 'nav.standards', path: '/standards', testId: 'nav-standards' };
const REVIEWS: NavItem = { label: 'nav.reviews', path: '/standards?status=in_review', testId: 'nav-reviews' };
const DEPLOYMENTS: NavItem = { label: 'nav.deployments', path: '/district', testId: 'nav-deployments' };
const INBOX: NavItem = { label: 'nav.inbox', path: '/inbox', testId: 'nav-inbox' };
const CASES: NavItem = { label: 'nav.cases', path: '/cases', testId: 'nav-cases' };
const START_CASE: NavItem = { label: 'nav.startCase', path: '/cases/new', testId: 'nav-start-case' };
const WORKLOAD: NavItem = { label: 'nav.workload', path: '/workload', testId: 'nav-workload' };
const SUPERVISION: NavItem = { label: 'nav.supervision', path: '/supervision', testId: 'nav-supervision' };
const NOTICES: NavItem = { label: 'nav.notices', path: '/supervision/notices', testId: 'nav-notices' };

const BY_ROLE: Record<UserRole, NavItem[]> = {
  standards_officer: [STANDARDS],
  reviewer: [REVIEWS, STANDARDS],
  district_operator: [INBOX, START_CASE, CASES, WORKLOAD, DEPLOYMENTS, SUPERVISION],
  caseworker: [INBOX, CASES],
  professional_supervisor: [INBOX, CASES, SUPERVISION],
  // A standard may give the city's supervisor tasks (a project evaluation's): they are in the inbox.
  supervisor: [SUPERVISION, NOTICES, INBOX, STANDARDS, CASES],
  admin: [STANDARDS, REVIEWS, CASES, SUPERVISION, NOTICES],
};

type Person = Pick<User, 'role'> & Partial<Pick<User, 'organisation'>>;

/**
 * The screens a person works with, the first being where they land after signing in. A contracted
 * organisation's caseworker also reads the organisation's figures. A professional supervisor (机构督导)
 * works the approvals and reviews in the inbox, like a caseworker, and reads the figures of the
 * district or organisation they supervise: their approvals are what its indicators measure.
 */
export function navigationFor(person: UserRole | Person): NavItem[] {
  const { role, organisation } = typeof person === 'string' ? { role: person, organisation: null } : person;
  const items = BY_ROLE[role] ?? [STANDARDS];
  return role === 'caseworker' && organisation ? [...items, SUPERVISION] : items;
}

export function landingPath(role: UserRole): string {
  return navigationFor(role)[0]!.path;
}

/**
 * The navigation item the page belongs to: one with a query only on exactly its address, else the
 * one whose path is the longest prefix of the page's path (`/supervision/notices` before `/supervision`).
 */
export function activeItem(items: readonly NavItem[], path: string, here: string): NavItem | undefined {
  const exact = items.find((item) => item.path.includes('?') && here === item.path);
  if (exact) return exact;
  return items
    .filter((item) => !item.path.includes('?') && (path === item.path || path.startsWith(item.path + '/')))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

export function canAuthor(role: UserRole): boolean {
  return role === 'standards_officer' || role === 'admin';
}

export function canReview(role: UserRole): boolean {
  return role === 'reviewer' || role === 'admin';
}

export function worksCases(role: UserRole): boolean {
  return role === 'district_operator' || role === 'caseworker';
}

/** Who reads supervision's figures: city roles, district operators and 机构督导, a contracted organisation's people. */
export function readsSupervision(person: Person): boolean {
  return ['admin', 'supervisor', 'district_operator', 'professional_supervisor'].includes(person.role) || (person.role === 'caseworker' && !!person.organisation);
}

/** Who sends 督办 notices, and closes or returns them. */
export function sendsNotices(role: UserRole): boolean {
  return role === 'admin' || role === 'supervisor';
}

/** Who spreads a district's casework among its caseworkers: the district's operator. */
export function spreadsWork(role: UserRole): boolean {
  return role === 'district_operator';
}

/** Who answers 督办 notices: the district's operator. */
export function repliesToNotices(role: UserRole): boolean {
  return role === 'district_operator';
}
