/**
 * Reads the seven shipped example standards from their folders (the `std` folder format:
 * `standard.json` without `process` and `forms`, `process.bpmn`, `forms/<formId>.schema.json`), with
 * the invented client data and walkthroughs kept beside them for the demo seed, the simulator and tests.
 *
 * @example
 *   import { loadExampleStandards } from '@jingzhun/examples';
 *   for (const standard of loadExampleStandards()) console.log(standard.code, standard.title.zh);
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FORMS_DIR, hasErrors, PROCESS_BPMN, STANDARD_JSON, standardFromFiles, type LocalizedText, type ServiceRecordKind, type ServiceStandard } from '@jingzhun/standards';

/** The folder holding one sub-folder per example standard. */
export const EXAMPLE_STANDARDS_DIR = resolve(__dirname, '../../standards');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function jsonFilesIn(dir: string, suffix = '.json'): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((n) => n.endsWith(suffix)).sort()) {
    out.set(name.slice(0, -suffix.length), readJson(join(dir, name)));
  }
  return out;
}

/** Thrown when an example folder cannot be assembled into a standard document. */
export class ExampleFolderError extends Error {
  readonly code = 'EXAMPLE_FOLDER_INVALID';
  constructor(
    readonly folder: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExampleFolderError';
  }
}

/**
 * One standard folder as a ServiceStandard document, assembled by the standards workspace's file
 * format (read synchronously here: the examples are few and small). Not validated: that is
 * `validateStandard`'s job.
 */
export function readStandardFolderSync(dir: string): ServiceStandard {
  const files: Record<string, string> = {};
  for (const name of [STANDARD_JSON, PROCESS_BPMN]) files[name] = readFileSync(join(dir, name), 'utf8');
  const formsDir = join(dir, FORMS_DIR);
  if (existsSync(formsDir)) {
    for (const name of readdirSync(formsDir).filter((n) => n.endsWith('.json')).sort()) {
      files[`${FORMS_DIR}/${name}`] = readFileSync(join(formsDir, name), 'utf8');
    }
  }
  const { standard, problems } = standardFromFiles(files);
  if (!standard || hasErrors(problems)) {
    throw new ExampleFolderError(dir, `${dir}: ${problems.map((p) => `${p.pointer ?? ''} ${p.message.en}`).join('; ')}`);
  }
  return standard as ServiceStandard;
}

/** The example folders, in a stable order. */
export function exampleStandardFolders(): string[] {
  return readdirSync(EXAMPLE_STANDARDS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(EXAMPLE_STANDARDS_DIR, e.name, 'standard.json')))
    .map((e) => join(EXAMPLE_STANDARDS_DIR, e.name))
    .sort();
}

/** The seven example standards, read from their folders. */
export function loadExampleStandards(): ServiceStandard[] {
  return exampleStandardFolders().map(readStandardFolderSync);
}

/**
 * A message that comes to the case from outside (a risk report between two visits, say), sent once
 * the case has passed a point: `after` is `<form id>#<n>`, right after the n-th answer to that form
 * (counted from 1; `<form id>` alone is the first), before any other task is done or timer fires. It
 * goes to the case by its key and the message's `name` (as `POST /api/messages` takes it), and
 * something in the case must be waiting for it then.
 *
 * @example
 *   { after: 'visit#1', name: '风险报告' }  // the report comes while the second visit is pending
 */
export interface WalkthroughMessage {
  after: string;
  name: string;
  /** Variables the message brings with it. */
  payload?: Record<string, unknown>;
}

/** Where a message's `after` points: the form, and how many answers to it must have been given. */
export function messagePoint(message: WalkthroughMessage): { formId: string; answers: number } {
  const match = /^([A-Za-z][A-Za-z0-9_-]*)(?:#([1-9][0-9]*))?$/.exec(message.after);
  if (!match) throw new Error(`a walkthrough message comes after "${message.after}", which is not <form id>#<n>`);
  return { formId: match[1]!, answers: Number(match[2] ?? 1) };
}

/** The messages of a walkthrough whose point the case has passed, given how often each form was answered, and not yet sent. */
export function messagesDue(walkthrough: ExampleWalkthrough, answered: ReadonlyMap<string, number>, sent: ReadonlySet<number>): Array<[number, WalkthroughMessage]> {
  return (walkthrough.messages ?? [])
    .map((message, i) => [i, message] as [number, WalkthroughMessage])
    .filter(([i, message]) => {
      const { formId, answers } = messagePoint(message);
      return !sent.has(i) && (answered.get(formId) ?? 0) >= answers;
    });
}

/**
 * A contact recorded (服务记录) while a task is open, before it is answered: a step that needs records
 * (`std:minRecords`) can be completed only after them. Its time is when it is played: the case's day.
 */
export interface WalkthroughRecord {
  kind: ServiceRecordKind;
  durationMinutes: number;
  notes: string;
}

/** A case of an example standard from start to end: the answers to each form in the order the tasks come. */
export interface ExampleWalkthrough {
  title: LocalizedText;
  /** The sample the case starts with. */
  sample: string;
  /** Per form id, successive answers; the last one is reused when the task comes round again. */
  answers: Record<string, Array<Record<string, unknown>>>;
  /** Per form id, the service records made each time its task is open, before it is answered. */
  records?: Record<string, WalkthroughRecord[]>;
  /** Per called standard code, the walkthrough the referred case follows (default: `main`). */
  referrals?: Record<string, string>;
  /** Timers (their events' ids) fired as soon as they are set, before any task is done: an overdue stay, say. */
  fireEarly?: string[];
  /** Messages that come from outside, each once, as soon as the case has passed its point. */
  messages?: WalkthroughMessage[];
  /** The end events the case reaches, each once, in the order it first reaches them. */
  ends: string[];
}

/** Invented client data and walkthroughs of one example standard. */
export interface ExampleCaseData {
  code: string;
  /** Client data by sample name, each valid against the standard's eligibility schema. */
  samples: Record<string, Record<string, unknown>>;
  walkthroughs: Record<string, ExampleWalkthrough>;
}

/** The samples and walkthroughs of every example standard, by standard code. */
export function loadExampleCaseData(): Map<string, ExampleCaseData> {
  const out = new Map<string, ExampleCaseData>();
  for (const dir of exampleStandardFolders()) {
    const { code } = readJson(join(dir, 'standard.json')) as { code: string };
    out.set(code, {
      code,
      samples: Object.fromEntries(jsonFilesIn(join(dir, 'samples'))) as ExampleCaseData['samples'],
      walkthroughs: Object.fromEntries(jsonFilesIn(join(dir, 'walkthroughs'))) as ExampleCaseData['walkthroughs'],
    });
  }
  return out;
}
