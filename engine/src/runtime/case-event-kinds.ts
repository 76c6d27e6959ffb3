/**
 * Every kind of entry a case's timeline holds, in a module of its own
 * (`@jingzhun/engine/case-event-kinds`) so the API's schemas — which the web app's types are derived
 * from — take them without the engine, and a screen can say each kind in words.
 */
export const CASE_EVENT_KINDS = [
  'case_started',
  'case_completed',
  'case_cancelled',
  'element_entered',
  'element_left',
  'task_created',
  'task_claimed',
  'task_unclaimed',
  'task_reassigned',
  'task_completed',
  'task_cancelled',
  'timer_scheduled',
  'timer_fired',
  'timer_cancelled',
  'message_correlated',
  'service_called',
  'referral_started',
  'referral_completed',
  'incident_raised',
  'incident_resolved',
  'record_added',
] as const;

export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];
