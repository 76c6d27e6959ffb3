/**
 * The `std:` BPMN extension: the attributes a standard's process carries. The editor (bpmn-js) and the
 * engine (bpmn-engine) load the same descriptor, `std-moddle.json`.
 *
 * - `std:code` on the process: the standard's code;
 * - `std:nameEn` on any element: its English name (`name` is Chinese);
 * - on user tasks: `std:role` (a role id of the standard), `std:form` (a form id), `std:sla` (a number of
 *   working days, or an ISO 8601 duration such as `PT24H`) or `std:slaParameter` (a parameter id), and
 *   `std:contents` (space-separated content ids delivered by the task);
 * - `std:service` on service tasks: the name of a built-in service;
 * - `std:durationParameter` on timer definitions: the parameter giving the timer's duration.
 *
 * @example
 *   import BpmnModdle from 'bpmn-moddle';
 *   const moddle = new BpmnModdle({ std: stdModdleDescriptor });
 */
import descriptor from './std-moddle.json';

export const STD_NAMESPACE_URI = descriptor.uri;
export const STD_PREFIX = descriptor.prefix;
export const stdModdleDescriptor = descriptor;

/** An SLA as written in `std:sla`: working days, or an ISO 8601 duration. */
export type Sla = { kind: 'working_days'; days: number } | { kind: 'duration'; iso: string };

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

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

/** Splits `std:contents` into content ids. */
export function parseContents(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}
