/**
 * A case's timeline in sentences: each entry the API records said as a person would write it in the
 * case file — 任务“入户评估”由 东城区社工 完成, 转介至 困境儿童和留守儿童关爱服务（个案 …） — with people
 * by name, steps by their names on the diagram and referred cases by their standard and case number.
 * An entry that only repeats another (a task's step entered beside the task created, a gateway
 * passed) is left out; a kind this app does not know yet is said in a general sentence.
 *
 * @example
 *   const entries = timelineSentences(file.timeline, { people: file.people, names, referrals: file.referrals, lang, t });
 *   entries[0].text; // '东城区社工 新建个案'
 */
import type { CaseEvent, CaseReferral, LocalizedText, People } from '../api';
import { localized, type Language } from '../i18n';
import { formatDate, formatDateTime, personName } from '../shell/format';

/** The app's translations, as `t` of react-i18next or i18next's `getFixedT`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface TimelineContext {
  people: People | undefined;
  /** The names of the process's elements, by id. */
  names: Readonly<Record<string, LocalizedText>>;
  referrals: readonly CaseReferral[];
  lang: Language;
  t: Translate;
}

export interface TimelineEntry {
  id: number;
  at: string;
  text: string;
  /** The case the sentence speaks of (a referred or referring case), for a link to it. */
  caseId?: string;
}

/**
 * Elements whose entering and leaving another entry already says: a task's (task created, completed),
 * a referral's, a service's, a timer's or message's catch, a start (the case started), and gateways
 * (the path they chose shows on the diagram).
 */
const SAID_ELSEWHERE = new Set([
  'bpmn:UserTask',
  'bpmn:CallActivity',
  'bpmn:ServiceTask',
  'bpmn:IntermediateCatchEvent',
  'bpmn:BoundaryEvent',
  'bpmn:StartEvent',
  'bpmn:ExclusiveGateway',
  'bpmn:ParallelGateway',
  'bpmn:EventBasedGateway',
  'bpmn:InclusiveGateway',
]);

/** Whether the timeline says an entry: not when another entry says the same. */
function told(e: CaseEvent): boolean {
  if (e.kind !== 'element_entered' && e.kind !== 'element_left') return true;
  if (e.elementType && SAID_ELSEWHERE.has(e.elementType)) return false;
  // An end is reached, not left.
  return !(e.kind === 'element_left' && e.elementType === 'bpmn:EndEvent');
}

const text = (data: CaseEvent['data'], key: string): string | undefined => (typeof data?.[key] === 'string' ? data[key] : undefined);

/** The timeline's entries that say something, each as a sentence, in the order they happened. */
export function timelineSentences(events: readonly CaseEvent[], ctx: TimelineContext): TimelineEntry[] {
  return events.filter(told).map((e) => ({ id: e.id, at: e.at, ...sentence(e, ctx) }));
}

type Said = { text: string; caseId?: string };

/** What the sentence of an entry is made of: the entry, and the words around it. */
interface Telling {
  e: CaseEvent;
  t: Translate;
  lang: Language;
  /** `timeline.<key>` with the step, the task, who acted, and `values`. */
  say(key: string, values?: Record<string, unknown>): string;
  /** The standard and number of a referred (or referring) case. */
  referral(caseId: string | undefined): { standard: string; caseKey: string };
  /** Who a user id in the entry's data is. */
  person(id: string | undefined): string;
}

/** One sentence per kind of entry; the compiler keeps it to every kind the API answers. */
const SENTENCES: { [K in CaseEvent['kind']]: (x: Telling) => Said } = {
  case_started: ({ e, say, referral }) => {
    const parent = text(e.data, 'parentCaseId');
    if (parent) return { text: say('case_started_referred', referral(parent)), caseId: parent };
    return { text: say(e.actor ? 'case_started' : 'case_started_anonymous') };
  },
  case_completed: ({ say }) => ({ text: say('case_completed') }),
  case_cancelled: ({ e, say }) => ({ text: say('case_cancelled', { reason: text(e.data, 'reason') ?? '' }) }),
  element_entered: ({ e, say }) => ({ text: say(e.elementType === 'bpmn:EndEvent' ? 'end_reached' : 'element_entered') }),
  element_left: ({ e, say }) => ({ text: say(text(e.data, 'outcome') === 'cancelled' ? 'element_cancelled' : 'element_left') }),
  task_created: ({ e, say, lang }) => {
    const due = text(e.data, 'dueAt');
    return { text: due ? say('task_created_due', { due: formatDateTime(due, lang) }) : say('task_created') };
  },
  task_claimed: ({ say }) => ({ text: say('task_claimed') }),
  task_unclaimed: ({ say }) => ({ text: say('task_unclaimed') }),
  task_reassigned: ({ e, say, person }) => ({ text: say('task_reassigned', { assignee: person(text(e.data, 'assignee')) }) }),
  task_completed: ({ e, say }) => ({ text: say(e.data?.['late'] === true ? 'task_completed_late' : 'task_completed') }),
  task_cancelled: ({ say }) => ({ text: say('task_cancelled') }),
  timer_scheduled: ({ e, say, lang }) => {
    const due = text(e.data, 'dueAt');
    return { text: due ? say('timer_scheduled', { due: formatDate(due, lang) }) : say('timer_scheduled_undated') };
  },
  timer_fired: ({ say }) => ({ text: say('timer_fired') }),
  timer_cancelled: ({ say }) => ({ text: say('timer_cancelled') }),
  message_correlated: ({ e, say }) => ({ text: say('message_correlated', { message: text(e.data, 'message') ?? '' }) }),
  service_called: ({ e, say }) => {
    const service = text(e.data, 'service');
    return { text: say(service === 'notify' ? 'service_notify' : service === 'record-referral' ? 'service_referral' : 'service_called') };
  },
  referral_started: ({ e, say, referral }) => {
    const child = text(e.data, 'childCaseId');
    return { text: say('referral_started', referral(child)), caseId: child };
  },
  referral_completed: ({ e, say, referral }) => {
    const child = text(e.data, 'childCaseId');
    return { text: say(text(e.data, 'status') === 'cancelled' ? 'referral_cancelled' : 'referral_completed', referral(child)), caseId: child };
  },
  incident_raised: ({ say }) => ({ text: say('incident_raised') }),
  incident_resolved: ({ say }) => ({ text: say('incident_resolved') }),
  record_added: ({ e, say, t }) => {
    const kind = text(e.data, 'kind');
    const minutes = e.data?.['durationMinutes'];
    return { text: say('record_added', { kind: kind ? t(`records.kinds.${kind}`) : '', minutes: typeof minutes === 'number' ? minutes : '' }) };
  },
};

/** The kinds of entry the timeline has a sentence for: every kind the API answers. */
export const TOLD_KINDS = Object.keys(SENTENCES) as ReadonlyArray<CaseEvent['kind']>;

function sentence(e: CaseEvent, ctx: TimelineContext): Said {
  const { t, lang } = ctx;
  const step = e.elementId ? localized(ctx.names[e.elementId], lang) || t('timeline.unnamedStep') : t('timeline.unnamedStep');
  const who = e.actor ? personName(ctx.people, e.actor, lang) : t('timeline.platform');
  const say = (key: string, values: Record<string, unknown> = {}) => t(`timeline.${key}`, { step, task: step, who, ...values });
  const referral = (caseId: string | undefined) => {
    const r = ctx.referrals.find((x) => x.caseId === caseId);
    return { standard: r ? localized(r.standard.title, lang) : (text(e.data, 'code') ?? ''), caseKey: r?.caseKey ?? '' };
  };
  // An entry of a kind newer than this app is said in general words, never as its kind.
  const told = Object.hasOwn(SENTENCES, e.kind) ? SENTENCES[e.kind] : undefined;
  const person = (id: string | undefined) => personName(ctx.people, id, lang);
  return told ? told({ e, t, lang, say, referral, person }) : { text: say(e.elementId ? 'other_at_step' : 'other') };
}
