import type { UserRole } from '../api';

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

const BY_ROLE: Record<UserRole, NavItem[]> = {
  standards_officer: [STANDARDS],
  reviewer: [REVIEWS, STANDARDS],
  district_operator: [INBOX, START_CASE, CASES, DEPLOYMENTS],
  caseworker: [INBOX, CASES],
  supervisor: [STANDARDS, CASES],
  admin: [STANDARDS, REVIEWS, CASES],
};

/** The screens a role works with, the first being where it lands after signing in. */
export function navigationFor(role: UserRole): NavItem[] {
  return BY_ROLE[role] ?? [STANDARDS];
}

export function landingPath(role: UserRole): string {
  return navigationFor(role)[0]!.path;
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
