/**
 * Service records (服务记录): the dated contacts a caseworker records on an open case at any time — a
 * home visit, a phone call, an interview at the office, a group session, a volunteer's visit — each with
 * how long it took and what was done. A standard measures them (a `recurrence` or `count` indicator over
 * records of some kinds) and may ask for a number of them before a long step is completed
 * (`std:minRecords` on a user task). This module says what a record is and what its values may be; the
 * engine stores them and the API takes them in. Plain data, free of schema libraries, so that the lint
 * rules the editor runs in the browser can read it; the schemas are in `service-standard.ts`.
 *
 * @example
 *   isServiceRecordKind('home_visit'); // true
 *   SERVICE_RECORD_KIND_NAMES.phone.zh; // 电话联系
 */
import type { LocalizedText } from './localized-text';

/** The kinds of contact, in the order a form lists them. */
export const SERVICE_RECORD_KINDS = ['home_visit', 'phone', 'office', 'group', 'volunteer'] as const;

export type ServiceRecordKind = (typeof SERVICE_RECORD_KINDS)[number];

export const SERVICE_RECORD_KIND_NAMES: Readonly<Record<ServiceRecordKind, LocalizedText>> = {
  home_visit: { zh: '入户探访', en: 'Home visit' },
  phone: { zh: '电话联系', en: 'Phone call' },
  office: { zh: '来访面谈', en: 'Office interview' },
  group: { zh: '小组活动', en: 'Group session' },
  volunteer: { zh: '志愿者探访', en: 'Volunteer visit' },
};

/**
 * The bounds of a record's values. A contact takes at least a minute and at most twelve hours (a
 * day-long group outing); its notes are a paragraph or a few, not a case history. A step may ask for at
 * most `minRecordsMax` records (the shipped standards ask for two).
 */
export const SERVICE_RECORD_LIMITS = {
  durationMinutes: { min: 1, max: 720 },
  notesMaxLength: 2_000,
  minRecordsMax: 50,
} as const;

export function isServiceRecordKind(value: unknown): value is ServiceRecordKind {
  return typeof value === 'string' && (SERVICE_RECORD_KINDS as readonly string[]).includes(value);
}

/** The kinds names in one language, joined as a list: `入户探访、电话联系` / `Home visit, Phone call`. */
export function recordKindsText(kinds: readonly ServiceRecordKind[] | undefined): LocalizedText {
  const names = (kinds?.length ? kinds : SERVICE_RECORD_KINDS).map((kind) => SERVICE_RECORD_KIND_NAMES[kind] ?? { zh: kind, en: kind });
  return { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
}
