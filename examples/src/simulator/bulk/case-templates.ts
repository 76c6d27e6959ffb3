/**
 * Case templates for bulk mode: a small sample of cases per district played through the engine (the
 * engine mode, in scratch stores), kept as each case's event rows and indicator occurrences relative
 * to its start. Bulk mode replays them at other times under new ids, so its rows are the engine's own
 * kind of rows, with each district's pace, at a volume the engine could not produce in minutes.
 *
 * @example
 *   const library = await caseTemplates(setup, plan, logger, 2);
 *   library.get('chaoyang') // the families of cases (a case and those it referred) sampled there
 */
import type { Logger } from '@jingzhun/engine';
import { openDistrictRunners, type DistrictJob, type RunnerSetup } from '../district-runner';
import type { HistoryRows } from '../history-copy';

export interface TemplateEvent {
  /** Index of the case in its family (0: the case that came in). */
  member: number;
  kind: string;
  elementId: string | null;
  elementType: string | null;
  /** Index of the task in the family's tasks, or -1. */
  task: number;
  actor: string | null;
  /** Milliseconds after the family's start. */
  offset: number;
  durationMs: number | null;
  /** The event's data without what changes from copy to copy (ids, keys, due times). */
  data: Record<string, unknown> | null;
  /** A due time in the data, as milliseconds after the family's start. */
  dueOffset: number | null;
  /** A service record's contact time in the data, as milliseconds after the family's start. */
  occurredOffset: number | null;
  /** The data names the case key of its member. */
  caseKey: boolean;
  /** The data names another member of the family (a referral): which key and which member. */
  ref: { key: 'childCaseId' | 'parentCaseId'; member: number } | null;
}

export interface TemplateMember {
  code: string;
  version: number;
  organisation: string | null;
  /** Index of the member that referred this one, or -1. */
  parent: number;
}

/**
 * One occurrence of an indicator in a member's case as the engine left it at the end of the period
 * (indicator_occurrences), its times as milliseconds after the family's start.
 */
export interface TemplateOccurrence {
  member: number;
  indicator: string;
  seq: number;
  kind: string;
  opened: number;
  closed: number | null;
  deadline: number | null;
  cityDeadline: number | null;
  last: number | null;
  outcome: 'open' | 'met' | 'breached' | 'void' | 'cancelled';
  cityOutcome: 'met' | 'breached' | null;
  value: number | null;
  ok: boolean | null;
}

/** A case and the cases it referred, as they happened. */
export interface CaseFamily {
  district: string;
  /** When the case came in (ms). */
  start: number;
  members: TemplateMember[];
  tasks: number;
  events: TemplateEvent[];
  /** The indicators' occurrences of its cases, in the order of their key (case, indicator, seq). */
  occurrences: TemplateOccurrence[];
}

interface CaseRow {
  id: string;
  code: string;
  version: number;
  district: string;
  organisation: string | null;
  parent_case_id: string | null;
  started_at: string;
}

interface EventRow {
  case_id: string;
  kind: string;
  element_id: string | null;
  element_type: string | null;
  task_id: string | null;
  actor: string | null;
  at: string;
  duration_ms: number | null;
  data: Record<string, unknown> | null;
}

interface OccurrenceRow {
  case_id: string;
  indicator: string;
  seq: number;
  kind: string;
  opened_at: string;
  closed_at: string | null;
  deadline_at: string | null;
  city_deadline_at: string | null;
  last_at: string | null;
  outcome: TemplateOccurrence['outcome'];
  city_outcome: TemplateOccurrence['cityOutcome'];
  value: number | null;
  ok: boolean | null;
}

/** Groups a district's history rows into families of cases with their events, ids made into indexes. */
export function familiesOf(rows: HistoryRows): CaseFamily[] {
  const cases = rows.tables.find((t) => t.table === 'cases')?.rows as CaseRow[];
  const occurrences = (rows.facts.find((t) => t.table === 'indicator_occurrences')?.rows ?? []) as OccurrenceRow[];
  const byId = new Map(cases.map((c) => [c.id, c]));
  const rootOf = (c: CaseRow): CaseRow => (c.parent_case_id && byId.has(c.parent_case_id) ? rootOf(byId.get(c.parent_case_id)!) : c);
  const families = new Map<string, { rows: CaseRow[]; events: EventRow[]; occurrences: OccurrenceRow[] }>();
  for (const c of cases) {
    const root = rootOf(c);
    const family = families.get(root.id) ?? { rows: [], events: [], occurrences: [] };
    family.rows.push(c);
    families.set(root.id, family);
  }
  for (const e of rows.events.rows as EventRow[]) {
    const c = byId.get(e.case_id);
    if (c) families.get(rootOf(c).id)?.events.push(e);
  }
  for (const o of occurrences) {
    const c = byId.get(o.case_id);
    if (c) families.get(rootOf(c).id)?.occurrences.push(o);
  }
  const out: CaseFamily[] = [];
  for (const [rootId, family] of families) {
    const members = [byId.get(rootId)!, ...family.rows.filter((c) => c.id !== rootId)];
    const index = new Map(members.map((c, i) => [c.id, i]));
    const start = Date.parse(members[0]!.started_at);
    const tasks = new Map<string, number>();
    const offset = (at: string | null) => (at === null ? null : Date.parse(at) - start);
    const taskIndex = (id: string | null) => {
      if (!id) return -1;
      if (!tasks.has(id)) tasks.set(id, tasks.size);
      return tasks.get(id)!;
    };
    out.push({
      district: members[0]!.district,
      start,
      members: members.map((c) => ({
        code: c.code,
        version: c.version,
        organisation: c.organisation,
        parent: c.parent_case_id ? (index.get(c.parent_case_id) ?? -1) : -1,
      })),
      events: family.events.map((e) => {
        // A service record's id names a row bulk cases do not have; its contact time moves with the copy.
        const { dueAt, occurredAt, recordId: _recordId, caseKey, childCaseId, parentCaseId, ...rest } = e.data ?? {};
        const refId = typeof childCaseId === 'string' ? childCaseId : typeof parentCaseId === 'string' ? parentCaseId : undefined;
        return {
          member: index.get(e.case_id)!,
          kind: e.kind,
          elementId: e.element_id,
          elementType: e.element_type,
          task: taskIndex(e.task_id),
          actor: e.actor,
          offset: Date.parse(e.at) - start,
          durationMs: e.duration_ms,
          data: e.data ? rest : null,
          dueOffset: typeof dueAt === 'string' ? Date.parse(dueAt) - start : null,
          occurredOffset: typeof occurredAt === 'string' ? Date.parse(occurredAt) - start : null,
          caseKey: caseKey !== undefined,
          ref: refId !== undefined && index.has(refId) ? { key: childCaseId !== undefined ? 'childCaseId' : 'parentCaseId', member: index.get(refId)! } : null,
        };
      }),
      occurrences: family.occurrences.map((o) => ({
        member: index.get(o.case_id)!,
        indicator: o.indicator,
        seq: o.seq,
        kind: o.kind,
        opened: offset(o.opened_at)!,
        closed: offset(o.closed_at),
        deadline: offset(o.deadline_at),
        cityDeadline: offset(o.city_deadline_at),
        last: offset(o.last_at),
        outcome: o.outcome,
        cityOutcome: o.city_outcome,
        value: o.value,
        ok: o.ok,
      })),
      tasks: tasks.size,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Plays `perDistrict` cases in each district through the engine and returns them as families. */
export async function caseTemplates(
  setup: RunnerSetup,
  districts: readonly string[],
  perDistrict: number,
  logger: Logger,
  workers: number,
  signal?: AbortSignal,
): Promise<Map<string, CaseFamily[]>> {
  const jobs: DistrictJob[] = districts.map((district) => ({ district, cases: perDistrict, organisations: [] }));
  const runners = await openDistrictRunners({ ...setup, keyPrefix: `${setup.keyPrefix}T-` }, logger, Math.max(1, Math.min(workers, jobs.length)));
  const library = new Map<string, CaseFamily[]>();
  try {
    await Promise.all(
      runners.map(async (runner) => {
        for (let job = jobs.shift(); job; job = jobs.shift()) {
          const { rows } = await runner.run(job, () => {}, signal);
          library.set(job.district, familiesOf(rows));
        }
      }),
    );
  } finally {
    await Promise.allSettled(runners.map((r) => r.close()));
  }
  return library;
}
