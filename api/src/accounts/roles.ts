/**
 * Who may do what. Roles come from the policy's actors: city standards officers and reviewers, district
 * operators and caseworkers, the professional supervisors (机构督导) of a district's station or a
 * contracted organisation, the city's supervisors/evaluators (督导评估), and administrators.
 */
export const ROLES = ['admin', 'standards_officer', 'reviewer', 'district_operator', 'caseworker', 'professional_supervisor', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/** The roles that work in one district: an account of theirs cannot exist without its district. */
export const DISTRICT_ROLES = ['district_operator', 'caseworker', 'professional_supervisor'] as const satisfies readonly Role[];

export function worksInDistrict(role: Role): boolean {
  return (DISTRICT_ROLES as readonly Role[]).includes(role);
}

export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  standards_officer: { zh: '标准制定人员', en: 'Standards officer' },
  reviewer: { zh: '审核人', en: 'Reviewer' },
  district_operator: { zh: '区级经办人员', en: 'District operator' },
  caseworker: { zh: '社工', en: 'Caseworker' },
  professional_supervisor: { zh: '机构督导', en: 'Professional supervisor' },
  supervisor: { zh: '督导评估人员', en: 'Supervisor' },
};

/** A signed-in person as the API sees them. */
export interface User {
  id: string;
  username: string;
  displayName: { zh: string; en: string };
  role: Role;
  /** District code, or null for city-wide users. */
  district: string | null;
  /** Contracted organisation id, or null. */
  organisation: string | null;
}

/** Every action the API guards, and the roles allowed to take it. One table, read by the routes. */
export const PERMISSIONS = {
  'standards.read': ['admin', 'standards_officer', 'reviewer', 'district_operator', 'caseworker', 'professional_supervisor', 'supervisor'],
  'standards.write': ['admin', 'standards_officer'],
  'standards.review': ['reviewer'],
  'standards.retire': ['admin', 'standards_officer'],
  'standards.deploy': ['admin', 'standards_officer'],
  'variants.write': ['admin', 'district_operator'],
  'deployments.read': ['admin', 'standards_officer', 'reviewer', 'district_operator', 'caseworker', 'professional_supervisor', 'supervisor'],
  'cases.read': ['admin', 'district_operator', 'caseworker', 'professional_supervisor', 'supervisor'],
  'cases.start': ['admin', 'district_operator', 'caseworker'],
  'cases.cancel': ['admin', 'district_operator'],
  'messages.send': ['admin', 'district_operator', 'caseworker'],
  // Service records (服务记录): those who are in touch with the client, in the case's district.
  'records.write': ['admin', 'district_operator', 'caseworker', 'professional_supervisor'],
  'tasks.read': ['admin', 'district_operator', 'caseworker', 'professional_supervisor', 'supervisor'],
  // Each works only the tasks a standard assigns to their role (the routes pass it on as `workAs`).
  'tasks.work': ['admin', 'district_operator', 'caseworker', 'professional_supervisor', 'supervisor'],
  // The district's operator spreads its casework: reads how much each caseworker holds and hands tasks on.
  'workload.read': ['district_operator'],
  'tasks.assign': ['district_operator'],
  'incidents.retry': ['admin', 'district_operator'],
  'audit.read': ['admin', 'supervisor'],
  // Supervision's figures: caseworkers only when they work for a contracted organisation (the route checks);
  // a professional supervisor those of the team they answer for, since their approvals and reviews are
  // what the indicators measure.
  'supervision.read': ['admin', 'supervisor', 'district_operator', 'caseworker', 'professional_supervisor'],
  'notices.read': ['admin', 'supervisor', 'district_operator'],
  'notices.send': ['admin', 'supervisor'],
  'notices.reply': ['district_operator'],
  'users.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(user: Pick<User, 'role'>, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}

/**
 * What part of the city's data a user sees: district users their district, organisation users their
 * organisation's cases, city roles everything. Passed down to every store query.
 */
export interface Scope {
  district?: string;
  organisation?: string;
}

export function scopeOf(user: User): Scope {
  const scope: Scope = {};
  if (user.district) scope.district = user.district;
  if (user.organisation) scope.organisation = user.organisation;
  return scope;
}
