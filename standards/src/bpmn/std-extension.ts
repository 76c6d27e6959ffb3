/**
 * The `std:` BPMN extension: the attributes a standard's process carries. The editor (bpmn-js) and the
 * engine (bpmn-engine) load the same descriptor, `std-moddle.json`.
 *
 * - `std:code` on the process: the standard's code;
 * - `std:nameEn` on any element: its English name (`name` is Chinese);
 * - on user tasks: `std:role` (a role id of the standard), `std:form` (a form id), `std:sla` (a number of
 *   working days, or an ISO 8601 duration such as `PT24H`) or `std:slaParameter` (a parameter id),
 *   `std:contents` (space-separated content ids delivered by the task), and `std:minRecords` (how many
 *   service records must be made while the task is open before it may be completed), optionally with
 *   `std:minRecordKinds` (space-separated record kinds that count; any kind when absent);
 * - `std:service` on service tasks: the name of a built-in service;
 * - `std:durationParameter` on timer definitions: the parameter giving the timer's duration.
 *
 * The time values a process carries (timer durations, dates and cycles, SLAs, duration parameters) are
 * read here too, with the range each must keep (`TIME_BOUNDS`); the lint rules report what falls outside.
 *
 * @example
 *   import BpmnModdle from 'bpmn-moddle';
 *   const moddle = new BpmnModdle({ std: stdModdleDescriptor });
 */
import type { DurationUnit } from '../schema/service-standard';
import { isServiceRecordKind, SERVICE_RECORD_KINDS, SERVICE_RECORD_LIMITS, type ServiceRecordKind } from '../schema/service-record';
import descriptor from './std-moddle.json';

export const STD_NAMESPACE_URI = descriptor.uri;
export const STD_PREFIX = descriptor.prefix;
export const stdModdleDescriptor = descriptor;

/** An SLA as written in `std:sla`: working days, or an ISO 8601 duration. */
export type Sla = { kind: 'working_days'; days: number } | { kind: 'duration'; iso: string };

const ISO_DURATION = /^P(?!$)(?:(\d{1,9})Y)?(?:(\d{1,9})M)?(?:(\d{1,9})W)?(?:(\d{1,9})D)?(?:T(?=\d)(?:(\d{1,9})H)?(?:(\d{1,9})M)?(?:(\d{1,9})S)?)?$/;

/** Reads `std:sla`; undefined when it is neither a whole number of working days nor an ISO duration. */
export function parseSla(value: string): Sla | undefined {
  const trimmed = value.trim();
  if (/^\d{1,4}$/.test(trimmed)) return { kind: 'working_days', days: Number(trimmed) };
  if (ISO_DURATION.test(trimmed)) return { kind: 'duration', iso: trimmed };
  return undefined;
}

export function isIsoDuration(value: string): boolean {
  return ISO_DURATION.test(value.trim());
}

/** An ISO 8601 duration's parts as written: `P1Y2M` is 1 year and 2 months, not 14 months. */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Reads an ISO 8601 duration of whole numbers (`P30D`, `PT24H`, `P1Y2M`); undefined when it is none. */
export function parseIsoDuration(value: string): IsoDuration | undefined {
  const m = ISO_DURATION.exec(value.trim());
  if (!m) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [
    number, number, number, number, number, number, number,
  ];
  return { years, months, weeks, days, hours, minutes, seconds };
}

const DAY_S = 86_400;

/**
 * What one unit of a duration parameter is worth when compared with the bounds below: a month is 30
 * days, and a working day is 365/250 of a day (about 250 working days make a year), so that "a year"
 * is the same bound whichever unit it is written in.
 */
export const UNIT_SECONDS: Readonly<Record<DurationUnit, number>> = {
  hours: 3_600,
  days: DAY_S,
  working_days: (DAY_S * 365) / 250,
  months: 30 * DAY_S,
};

export function isDurationUnit(value: unknown): value is DurationUnit {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(UNIT_SECONDS, value);
}

/** A duration's nominal length in seconds (a year 365 days, a month 30): for comparing with the bounds. */
export function nominalSeconds(d: IsoDuration): number {
  return ((d.years * 365 + d.months * 30 + d.weeks * 7 + d.days) * 24 + d.hours) * 3_600 + d.minutes * 60 + d.seconds;
}

/**
 * The range of what a standard's process may say about time, checked at validation so that a case
 * never computes a due time it cannot store, nor fires a timer without pause:
 * - a timer waits more than nothing and at most ten years (the longest wait of the shipped standards is
 *   90 days; ten years covers a child followed until adulthood);
 * - an SLA, the time one task may take, is more than nothing and at most a year (250 working days; the
 *   longest of the shipped standards is 60 working days);
 * - a repeating timer fires at most every hour (visits and reminders are days apart; an hour still
 *   allows an hourly escalation on the day of an emergency), a stated number of times (`R12/P1M`, at
 *   most 1,000), and all its rounds lie within the ten years of a timer;
 * - a timer's date lies in this century, with its time zone written (a date without one would be read
 *   in the server's zone).
 */
export const TIME_BOUNDS = {
  timerMax: { iso: 'P10Y', seconds: 10 * 365 * DAY_S },
  slaMax: { iso: 'P1Y', seconds: 365 * DAY_S, workingDays: 250 },
  cycleMinPeriod: { iso: 'PT1H', seconds: 3_600 },
  cycleMaxRepetitions: 1_000,
  dateFrom: '2000-01-01T00:00:00Z',
  dateBefore: '2100-01-01T00:00:00Z',
} as const;

/** Why a value is refused, in both languages; composed by the lint rules with the element it belongs to. */
export interface TimeProblem {
  zh: string;
  en: string;
}

/** What is wrong with a timer's `timeDuration`; undefined when it may run. */
export function timerDurationProblem(value: string): TimeProblem | undefined {
  const v = value.trim();
  const d = parseIsoDuration(v);
  if (!d) {
    return v.includes('${')
      ? { zh: `时长 “${v}” 是表达式，平台不支持；请写 ISO 8601 时长（如 P30D）或引用时长参数`, en: `duration "${v}" is an expression, which the platform does not run; write an ISO 8601 duration (e.g. P30D) or name a duration parameter` }
      : { zh: `时长 “${v}” 不是 ISO 8601 时长（如 P30D、PT24H）`, en: `"${v}" is not an ISO 8601 duration (e.g. P30D, PT24H)` };
  }
  return lengthProblem(v, nominalSeconds(d), TIME_BOUNDS.timerMax, { zh: '时长', en: 'duration' });
}

function lengthProblem(value: string, seconds: number, max: { iso: string; seconds: number }, what: TimeProblem): TimeProblem | undefined {
  if (seconds <= 0) return { zh: `${what.zh} “${value}” 必须大于零`, en: `${what.en} "${value}" must be longer than zero` };
  if (seconds > max.seconds) return { zh: `${what.zh} “${value}” 超过上限 ${max.iso}`, en: `${what.en} "${value}" is longer than the limit of ${max.iso}` };
  return undefined;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ZONE = /(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO 8601 date-time such as `2025-01-01T09:00:00+08:00` (a time zone is checked separately). */
export function isIsoDateTime(value: string): boolean {
  const v = value.trim();
  return ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));
}

/** What is wrong with a timer's `timeDate`; undefined when it may run. */
export function timerDateProblem(value: string): TimeProblem | undefined {
  const v = value.trim();
  if (!isIsoDateTime(v)) return { zh: `日期 “${v}” 不是 ISO 8601 日期时间（如 2025-01-01T09:00:00+08:00）`, en: `"${v}" is not an ISO 8601 date-time (e.g. 2025-01-01T09:00:00+08:00)` };
  if (!ZONE.test(v)) return { zh: `日期 “${v}” 没有写明时区（如 +08:00）`, en: `date "${v}" has no time zone (e.g. +08:00)` };
  const t = Date.parse(v);
  if (t < Date.parse(TIME_BOUNDS.dateFrom) || t >= Date.parse(TIME_BOUNDS.dateBefore)) {
    return { zh: `日期 “${v}” 不在 2000 年至 2099 年之间`, en: `date "${v}" is not between the years 2000 and 2099` };
  }
  return undefined;
}

/** A repeating interval as the platform runs it: `R<n>/<period>`, the period counted from when the timer is reached. */
export interface IsoCycle {
  repetitions: number | undefined;
  period: IsoDuration;
}

/** Reads `R<n>/<duration>` (`R3/P1W`); undefined for anything else, start or end dates included. */
export function parseIsoCycle(value: string): IsoCycle | undefined {
  const m = /^R(\d{0,9})\/([^/]+)$/.exec(value.trim());
  const period = m ? parseIsoDuration(m[2]!) : undefined;
  if (!m || !period) return undefined;
  return { repetitions: m[1] ? Number(m[1]) : undefined, period };
}

/** What is wrong with a timer's `timeCycle`; undefined when it may run. */
export function timerCycleProblem(value: string): TimeProblem | undefined {
  const v = value.trim();
  const cycle = parseIsoCycle(v);
  if (!cycle) {
    const parts = v.split('/');
    if (/^R\d*$/.test(parts[0] ?? '') && parts.length === 3 && parts.slice(1).some((p) => isIsoDateTime(p))) {
      return {
        zh: `周期 “${v}” 带有开始或结束日期，平台不支持；周期从到达定时器时起算，请写成 R次数/间隔（如 R12/P1M）`,
        en: `cycle "${v}" has a start or end date, which the platform does not run; a cycle counts from when the timer is reached: write R<count>/<period> (e.g. R12/P1M)`,
      };
    }
    return { zh: `周期 “${v}” 不是 ISO 8601 重复间隔（如 R12/P1M）`, en: `"${v}" is not an ISO 8601 repeating interval (e.g. R12/P1M)` };
  }
  const max = TIME_BOUNDS.cycleMaxRepetitions;
  if (cycle.repetitions === undefined) {
    return { zh: `周期 “${v}” 没有写明重复次数（会无限重复）；请写成 R次数/间隔，次数 1–${max}（如 R12/P1M）`, en: `cycle "${v}" does not say how many times it repeats (it would never stop); write R<count>/<period> with a count of 1–${max} (e.g. R12/P1M)` };
  }
  if (cycle.repetitions < 1 || cycle.repetitions > max) {
    return { zh: `周期 “${v}” 的重复次数应为 1–${max}`, en: `cycle "${v}" must repeat 1–${max} times` };
  }
  const seconds = nominalSeconds(cycle.period);
  const min = TIME_BOUNDS.cycleMinPeriod;
  if (seconds < min.seconds) return { zh: `周期 “${v}” 的间隔短于 ${min.iso}（一小时）`, en: `cycle "${v}" repeats more often than every ${min.iso} (one hour)` };
  if (seconds * cycle.repetitions > TIME_BOUNDS.timerMax.seconds) {
    return { zh: `周期 “${v}” 的全部重复超过 ${TIME_BOUNDS.timerMax.iso}`, en: `cycle "${v}" repeats beyond ${TIME_BOUNDS.timerMax.iso} in all` };
  }
  return undefined;
}

/** What is wrong with a task's `std:sla`; undefined when it may run. */
export function slaProblem(value: string): TimeProblem | undefined {
  const v = value.trim();
  const sla = parseSla(v);
  const max = TIME_BOUNDS.slaMax;
  if (!sla) return { zh: `时限 “${v}” 应为工作日天数或 ISO 8601 时长`, en: `SLA "${v}" must be a number of working days or an ISO 8601 duration` };
  if (sla.kind === 'working_days') {
    if (sla.days < 1 || sla.days > max.workingDays) return { zh: `时限 “${v}” 应为 1–${max.workingDays} 个工作日`, en: `SLA "${v}" must be 1–${max.workingDays} working days` };
    return undefined;
  }
  return lengthProblem(v, nominalSeconds(parseIsoDuration(sla.iso)!), max, { zh: '时限', en: 'SLA' });
}

/** How a duration parameter is used: as a task's SLA, a timer's wait, or a repeating timer's period. */
export type DurationUse = 'sla' | 'timer' | 'cycle';

/**
 * What is wrong with the range `[min, max]` of a duration parameter (in `unit`) for `use`; undefined
 * when every value a district may choose can run. A repeating timer's rounds (`repetitions`) must all
 * lie within a timer's longest wait.
 */
export function durationParameterProblem(
  parameter: { id: string; unit?: DurationUnit | undefined; min?: number | undefined; max?: number | undefined },
  use: DurationUse,
  defaultUnit: DurationUnit,
  repetitions = 1,
): TimeProblem | undefined {
  const unit = parameter.unit ?? defaultUnit;
  const { id, min, max } = parameter;
  if (typeof min !== 'number' || typeof max !== 'number') return undefined;
  const shortest = min * UNIT_SECONDS[unit];
  const longest = max * UNIT_SECONDS[unit] * (use === 'cycle' ? repetitions : 1);
  const upper = use === 'sla' ? TIME_BOUNDS.slaMax : TIME_BOUNDS.timerMax;
  if (use === 'cycle' && shortest < TIME_BOUNDS.cycleMinPeriod.seconds) {
    const iso = TIME_BOUNDS.cycleMinPeriod.iso;
    return { zh: `参数 “${id}” 的最小值 ${min} 短于重复定时器的最短间隔 ${iso}（一小时）`, en: `parameter "${id}": its min ${min} is shorter than a repeating timer's shortest period of ${iso} (one hour)` };
  }
  if (shortest <= 0) return { zh: `参数 “${id}” 的最小值 ${min} 必须大于零`, en: `parameter "${id}": its min ${min} must be greater than zero` };
  if (longest > upper.seconds) {
    return { zh: `参数 “${id}” 的最大值 ${max} 超过上限 ${upper.iso}`, en: `parameter "${id}": its max ${max} goes beyond the limit of ${upper.iso}` };
  }
  return undefined;
}

/** Splits `std:contents` into content ids. */
export function parseContents(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

/** What `std:minRecords` asks of a user task: `count` records of `kinds` (any kind when undefined). */
export interface MinRecords {
  count: number;
  kinds: ServiceRecordKind[] | undefined;
}

/** Reads `std:minRecords` and `std:minRecordKinds`; undefined when no count is asked for or it cannot be read. */
export function parseMinRecords(count: string | undefined, kinds: string | undefined): MinRecords | undefined {
  const trimmed = count?.trim();
  if (!trimmed || !/^\d{1,4}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  if (n < 1 || n > SERVICE_RECORD_LIMITS.minRecordsMax) return undefined;
  const listed = parseContents(kinds);
  if (!listed.every(isServiceRecordKind)) return undefined;
  return { count: n, kinds: listed.length ? [...new Set(listed)] : undefined };
}

/**
 * What is wrong with a task's `std:minRecords` and `std:minRecordKinds`: `count` for the number (a
 * whole number of 1–50), `kinds` for a kind that is not one of the record kinds, or kinds without a number.
 */
export function minRecordsProblem(count: string | undefined, kinds: string | undefined): (TimeProblem & { code: 'MIN_RECORDS_INVALID' | 'MIN_RECORDS_KIND_UNKNOWN' }) | undefined {
  const max = SERVICE_RECORD_LIMITS.minRecordsMax;
  const c = count?.trim();
  const listed = parseContents(kinds);
  if (!c) {
    if (!listed.length) return undefined;
    return {
      code: 'MIN_RECORDS_INVALID',
      zh: `写了计入的服务记录类型（std:minRecordKinds），但没有写至少需要几条（std:minRecords）`,
      en: `names the service record kinds that count (std:minRecordKinds) but not how many are needed (std:minRecords)`,
    };
  }
  if (!/^\d{1,4}$/.test(c) || Number(c) < 1 || Number(c) > max) {
    return { code: 'MIN_RECORDS_INVALID', zh: `最少服务记录数 “${c}” 应为 1–${max} 的整数`, en: `the least number of service records "${c}" must be a whole number of 1–${max}` };
  }
  const unknown = listed.filter((kind) => !isServiceRecordKind(kind));
  if (unknown.length) {
    return {
      code: 'MIN_RECORDS_KIND_UNKNOWN',
      zh: `服务记录类型 “${unknown.join(' ')}” 不存在，可用：${SERVICE_RECORD_KINDS.join(' ')}`,
      en: `service record kind "${unknown.join(' ')}" does not exist; use ${SERVICE_RECORD_KINDS.join(', ')}`,
    };
  }
  return undefined;
}
