/**
 * The lifecycle of a standard, as pure functions: a draft is submitted for review, approved (published
 * as an immutable version) or rejected; a rejected draft is revised back into a draft; a published
 * version is eventually retired.
 *
 *   draft ──submit──▶ in_review ──approve──▶ published ──retire──▶ retired
 *                         │
 *                         └──reject──▶ rejected ──revise──▶ draft
 *
 * @example
 *   transition('draft', 'submit')       // 'in_review'
 *   transition('published', 'submit')   // throws LifecycleForbiddenError
 */
import { JingzhunError } from '../errors';

export const STANDARD_STATUSES = ['draft', 'in_review', 'published', 'rejected', 'retired'] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];

export const LIFECYCLE_ACTIONS = ['submit', 'approve', 'reject', 'revise', 'retire'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

const TRANSITIONS: Readonly<Record<StandardStatus, Partial<Record<LifecycleAction, StandardStatus>>>> = {
  draft: { submit: 'in_review' },
  in_review: { approve: 'published', reject: 'rejected' },
  rejected: { revise: 'draft' },
  published: { retire: 'retired' },
  retired: {},
};

const STATUS_NAMES: Record<StandardStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'draft' },
  in_review: { zh: '审核中', en: 'in review' },
  published: { zh: '已发布', en: 'published' },
  rejected: { zh: '已退回', en: 'rejected' },
  retired: { zh: '已废止', en: 'retired' },
};

const ACTION_NAMES: Record<LifecycleAction, { zh: string; en: string }> = {
  submit: { zh: '提交审核', en: 'submit' },
  approve: { zh: '批准发布', en: 'approve' },
  reject: { zh: '退回', en: 'reject' },
  revise: { zh: '重新修改', en: 'revise' },
  retire: { zh: '废止', en: 'retire' },
};

/** Thrown when an action is not allowed in a status (e.g. approving a draft that was never submitted). */
export class LifecycleForbiddenError extends JingzhunError {
  readonly code = 'LIFECYCLE_FORBIDDEN';
  constructor(
    readonly from: StandardStatus,
    readonly action: LifecycleAction,
  ) {
    const zh = `${STATUS_NAMES[from].zh}状态下不能${ACTION_NAMES[action].zh}`;
    const en = `cannot ${ACTION_NAMES[action].en} a standard that is ${STATUS_NAMES[from].en}`;
    super(en, { localized: { zh, en } });
  }
}

/** The status after `action`; throws LifecycleForbiddenError when the move is not allowed. */
export function transition(from: StandardStatus, action: LifecycleAction): StandardStatus {
  const to = TRANSITIONS[from]?.[action];
  if (!to) throw new LifecycleForbiddenError(from, action);
  return to;
}

/** The actions allowed in a status, e.g. to show the right buttons. */
export function allowedActions(status: StandardStatus): LifecycleAction[] {
  return Object.keys(TRANSITIONS[status] ?? {}) as LifecycleAction[];
}

/** Whether content in this status may still be edited: only drafts; published versions are immutable. */
export function isEditable(status: StandardStatus): boolean {
  return status === 'draft';
}

export function statusName(status: StandardStatus): { zh: string; en: string } {
  return STATUS_NAMES[status];
}
