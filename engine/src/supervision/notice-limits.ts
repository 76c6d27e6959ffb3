/**
 * The bounds and statuses of 督办 notices, in a module of their own (`@jingzhun/engine/notice-limits`)
 * so the API's schemas — which the web app's types are derived from — take them without the engine.
 */

/** The bounds of what a notice holds; the migration's checks and the API's schemas say the same. */
export const NOTICE_LIMITS = {
  message: 2000,
  findings: 4000,
  actions: 4000,
  indicator: 100,
  dueWorkingDays: { min: 1, max: 30 },
} as const;

export const NOTICE_STATUSES = ['open', 'replied', 'closed'] as const;
/** `open`: waiting for the district (also after a return); `replied`: waiting for the supervisor. */
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
