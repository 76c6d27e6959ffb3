/**
 * How long one step of a process may take, and how long it takes at least, as the standard states it —
 * a user task's SLA, a timer's wait, the duration parameter either names — and that length in the unit
 * of an indicator's limit. The indicator feasibility lint adds these along the process's paths.
 *
 * Parameters count at the values districts may choose (a variant only moves a value from the city's
 * default in its `tighter` direction, within `[min, max]`): the most a step may take is the city's
 * default, or the max when a district may lengthen it (`tighter: higher`); the least a timer waits is
 * the min a district may shorten it to (`tighter: lower`), or the default.
 *
 * Working days and calendar days are converted by one rule for each direction:
 * - **the most** (what the process allows, for warnings), in ordinary weeks, long holidays aside:
 *   n working days take at most n + 2⌈n/5⌉ calendar days (five working days from a Friday end on the
 *   next Friday, seven days later), and d calendar days hold at most 5⌊d/7⌋ + min(d mod 7, 5) working
 *   days;
 * - **the least** (what the process takes whatever is done, for errors), whatever the calendar: n
 *   working days take at least n calendar days, and d calendar days hold at least
 *   5⌊d/7⌋ + max(0, d mod 7 − 2) working days less 6 for every 60 days begun — the public holidays
 *   with their bridge days take no more (the test holds this against every stretch of the years the
 *   calendar knows).
 * A month is 28 to 31 days, a year 365 or 366, an hour a 24th of a day.
 *
 * @example
 *   const sla = amountOf(5, 'working_days');
 *   mostIn(sla.span, 'days') // 7
 *   leastIn(amountOf(30, 'days').span, 'working_days') // 14
 */
import { isA, many, text, type BpmnElement } from '../bpmn/bpmn-element';
import { isDurationUnit, parseIsoCycle, parseIsoDuration, parseSla, type IsoDuration } from '../bpmn/std-extension';
import type { LocalizedText } from '../schema/localized-text';
import type { DurationUnit } from '../schema/service-standard';

/** The units an indicator's limit is measured in. */
export type LimitUnit = 'working_days' | 'days' | 'hours';

/** A length of time as the process states it, by the parts that convert differently. */
export interface Span {
  years: number;
  months: number;
  days: number;
  seconds: number;
  workingDays: number;
}

/** A length a step may take, with how a person reads it and where it comes from. */
export interface Amount {
  span: Span;
  /** As written: `5 个工作日`, `P3D` read as `3 天`. */
  text: LocalizedText;
  /** The unit it is stated in, when it is one of a limit's (a note converts it when it is another). */
  unit?: LimitUnit | undefined;
  /** The parameter that gives it, and which of its values: the city's default, or a district's min or max. */
  parameter?: { id: string; value: 'default' | 'min' | 'max' } | undefined;
}

/** What a parameter may be, read leniently from the document. */
export interface ParameterRange {
  id: string;
  unit?: DurationUnit | undefined;
  default: number;
  min: number;
  max: number;
  tighter: 'lower' | 'higher';
}

const NONE: Span = { years: 0, months: 0, days: 0, seconds: 0, workingDays: 0 };

const UNIT_WORDS: Record<DurationUnit, { zh: string; en: [string, string] }> = {
  working_days: { zh: '个工作日', en: ['working day', 'working days'] },
  days: { zh: '天', en: ['day', 'days'] },
  hours: { zh: '小时', en: ['hour', 'hours'] },
  months: { zh: '个月', en: ['month', 'months'] },
};

/** A number as shown: whole, or to one decimal. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** `5 个工作日` / `5 working days`. */
export function quantityText(n: number, unit: DurationUnit): LocalizedText {
  const words = UNIT_WORDS[unit];
  const shown = formatNumber(n);
  return { zh: `${shown} ${words.zh}`, en: `${shown} ${shown === '1' ? words.en[0] : words.en[1]}` };
}

/** `n` of `unit` as an amount. */
export function amountOf(n: number, unit: DurationUnit, parameter?: Amount['parameter']): Amount {
  const span: Span = { ...NONE };
  if (unit === 'working_days') span.workingDays = n;
  else if (unit === 'days') span.days = n;
  else if (unit === 'hours') span.seconds = n * 3_600;
  else span.months = n;
  return { span, text: quantityText(n, unit), unit: unit === 'months' ? undefined : unit, parameter };
}

const ISO_PARTS: Array<[keyof IsoDuration, string, string, string]> = [
  ['years', '年', 'year', 'years'],
  ['months', '个月', 'month', 'months'],
  ['weeks', '周', 'week', 'weeks'],
  ['days', '天', 'day', 'days'],
  ['hours', '小时', 'hour', 'hours'],
  ['minutes', '分钟', 'minute', 'minutes'],
  ['seconds', '秒', 'second', 'seconds'],
];

/** An ISO 8601 duration as an amount: `P1Y2M` is 1 year and 2 months. */
export function isoAmount(d: IsoDuration): Amount {
  const parts = ISO_PARTS.filter(([key]) => d[key] > 0);
  const only = parts.length === 1 ? parts[0]![0] : undefined;
  return {
    span: { years: d.years, months: d.months, days: d.weeks * 7 + d.days, seconds: d.hours * 3_600 + d.minutes * 60 + d.seconds, workingDays: 0 },
    text: {
      zh: parts.map(([key, zh]) => `${d[key]} ${zh}`).join(' '),
      en: parts.map(([key, , one, more]) => `${d[key]} ${d[key] === 1 ? one : more}`).join(' '),
    },
    unit: only === 'days' || only === 'weeks' ? 'days' : only === 'hours' ? 'hours' : undefined,
  };
}

/** The most n working days take in calendar days, in ordinary weeks. */
export function mostCalendarDays(workingDays: number): number {
  return workingDays <= 0 ? 0 : workingDays + 2 * Math.ceil(workingDays / 5);
}

/** The most working days d calendar days hold, in ordinary weeks. */
export function mostWorkingDays(calendarDays: number): number {
  const d = Math.ceil(calendarDays - 1e-9);
  if (d <= 0) return 0;
  return 5 * Math.floor(d / 7) + Math.min(d % 7, 5);
}

/** The public holidays and their bridge days take at most this many working days from any 60 days. */
export const HOLIDAY_WORKING_DAYS_PER_60_DAYS = 6;

/** The fewest working days d calendar days hold, whatever the calendar. */
export function leastWorkingDays(calendarDays: number): number {
  const d = Math.floor(calendarDays + 1e-9);
  if (d <= 0) return 0;
  const weekly = 5 * Math.floor(d / 7) + Math.max(0, (d % 7) - 2);
  return Math.max(0, weekly - HOLIDAY_WORKING_DAYS_PER_60_DAYS * Math.ceil(d / 60));
}

/** The most `span` can be, in `unit` (ordinary weeks for working days). */
export function mostIn(span: Span, unit: LimitUnit): number {
  const calendar = span.years * 366 + span.months * 31 + span.days + span.seconds / 86_400;
  if (unit === 'working_days') return span.workingDays + mostWorkingDays(calendar);
  const days = calendar + mostCalendarDays(span.workingDays);
  return unit === 'hours' ? days * 24 : days;
}

/** The least `span` can be, in `unit`, whatever the calendar. */
export function leastIn(span: Span, unit: LimitUnit): number {
  const calendar = span.years * 365 + span.months * 28 + span.days + span.seconds / 86_400;
  if (unit === 'working_days') return span.workingDays + leastWorkingDays(calendar);
  const days = calendar + span.workingDays;
  return unit === 'hours' ? days * 24 : days;
}

/** A duration parameter's value as the most (`most`) or the least (`least`) a district may set it to. */
function parameterAmount(parameter: ParameterRange, bound: 'most' | 'least', defaultUnit: DurationUnit): Amount {
  const value = bound === 'most' ? (parameter.tighter === 'higher' ? 'max' : 'default') : parameter.tighter === 'lower' ? 'min' : 'default';
  return amountOf(parameter[value], parameter.unit ?? defaultUnit, { id: parameter.id, value });
}

/** What a user task may take: its SLA (`std:sla`, or the parameter `std:slaParameter` names); undefined without one. */
export function slaAmount(task: BpmnElement, parameters: ReadonlyMap<string, ParameterRange>): Amount | undefined {
  const named = text(task, 'slaParameter');
  const parameter = named ? parameters.get(named) : undefined;
  // As the engine: a known parameter wins, else the written SLA.
  if (parameter) return parameterAmount(parameter, 'most', 'working_days');
  const written = text(task, 'sla');
  const sla = written ? parseSla(written) : undefined;
  if (sla?.kind === 'working_days') return amountOf(sla.days, 'working_days');
  const iso = sla?.kind === 'duration' ? parseIsoDuration(sla.iso) : undefined;
  return iso ? isoAmount(iso) : undefined;
}

/** A timer's wait, the most and the least; undefined when it waits for a date (no length known). */
export function timerAmounts(definition: BpmnElement, parameters: ReadonlyMap<string, ParameterRange>): { most: Amount; least: Amount } | undefined {
  const named = text(definition, 'durationParameter');
  const parameter = named ? parameters.get(named) : undefined;
  if (parameter) return { most: parameterAmount(parameter, 'most', 'days'), least: parameterAmount(parameter, 'least', 'days') };
  const body = (property: string) => text(definition[property] as BpmnElement | undefined, 'body');
  const duration = body('timeDuration');
  const cycle = body('timeCycle');
  // A cycle's first round comes one period after the timer is reached.
  const iso = duration ? parseIsoDuration(duration) : cycle ? parseIsoCycle(cycle)?.period : undefined;
  if (!iso) return undefined;
  const amount = isoAmount(iso);
  return { most: amount, least: amount };
}

/** The timer definition of an event, if it has one. */
export function timerOf(event: BpmnElement): BpmnElement | undefined {
  return many(event, 'eventDefinitions').find((d) => isA(d, 'bpmn:TimerEventDefinition'));
}

/** The parameters of a possibly invalid document, by id; those without a numeric default are left out. */
export function parameterRanges(doc: Record<string, unknown>): Map<string, ParameterRange> {
  const found = new Map<string, ParameterRange>();
  const list = Array.isArray(doc['parameters']) ? doc['parameters'] : [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const p = item as Record<string, unknown>;
    const id = p['id'];
    const byDefault = p['default'];
    if (typeof id !== 'string' || typeof byDefault !== 'number' || !Number.isFinite(byDefault)) continue;
    const number = (key: string) => (typeof p[key] === 'number' && Number.isFinite(p[key]) ? (p[key] as number) : byDefault);
    found.set(id, {
      id,
      unit: isDurationUnit(p['unit']) ? p['unit'] : undefined,
      default: byDefault,
      min: Math.min(number('min'), byDefault),
      max: Math.max(number('max'), byDefault),
      tighter: p['tighter'] === 'higher' ? 'higher' : 'lower',
    });
  }
  return found;
}
