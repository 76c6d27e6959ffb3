/**
 * What must hold of every case between two commands, read straight from the store: a running case
 * waits somewhere (a task, a timer, a message, a referred case), its position, its open tasks, its
 * timer jobs and bpmn-engine's stored state agree, and no incident is open; a case that ended keeps no
 * task, job or state. Model-based tests check it after every step they take.
 *
 * @example
 *   const problems = await caseViolations(store, models, [caseId]);
 *   if (problems.length) throw new Error(describeViolations(problems));
 */
import type { ProcessModel } from '../bpmn/process-model';
import type { Queryable } from '../store';
import { waitingIn, type Position } from '../runtime/case-run';

export interface Violation {
  caseId: string;
  caseKey: string;
  code: string;
  elementId: string | null;
  message: string;
}

/** The compiled process of a version, as the runtime runs it. */
export type ModelOf = (code: string, version: number) => Promise<ProcessModel>;

interface CaseRow {
  id: string;
  case_key: string;
  code: string;
  version: number;
  status: string;
  incident: boolean;
  state: Buffer | null;
  position: Position;
}

/** Elements that only wait while something else does: they are never the only thing a case waits at. */
const PASSIVE = new Set(['bpmn:SubProcess', 'bpmn:ParallelGateway', 'bpmn:EventBasedGateway', 'bpmn:BoundaryEvent']);

const sameSet = (a: Iterable<string>, b: Iterable<string>) => {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

/** Every way the cases `caseIds` break the invariants (empty when none does). */
export async function caseViolations(q: Queryable, modelOf: ModelOf, caseIds: readonly string[]): Promise<Violation[]> {
  if (!caseIds.length) return [];
  const [cases, tasks, jobs, incidents, children, occurrences] = await Promise.all([
    q.query<CaseRow>('SELECT id, case_key, code, version, status, incident, state, position FROM cases WHERE id = ANY($1::uuid[])', [caseIds]),
    q.query<{ id: string; case_id: string; execution_id: string; element_id: string }>(
      `SELECT id, case_id, execution_id, element_id FROM tasks WHERE case_id = ANY($1::uuid[]) AND status = 'open'`,
      [caseIds],
    ),
    q.query<{ case_id: string; execution_id: string; element_id: string }>('SELECT case_id, execution_id, element_id FROM jobs WHERE case_id = ANY($1::uuid[])', [caseIds]),
    q.query<{ case_id: string; element_id: string | null; cause: string; message: string }>(
      `SELECT case_id, element_id, cause, message FROM incidents WHERE case_id = ANY($1::uuid[]) AND status = 'open'`,
      [caseIds],
    ),
    q.query<{ parent_case_id: string; parent_execution_id: string; status: string }>(
      'SELECT parent_case_id, parent_execution_id, status FROM cases WHERE parent_case_id = ANY($1::uuid[])',
      [caseIds],
    ),
    q.query<{ case_id: string; indicator: string; seq: number }>(
      `SELECT case_id, indicator, seq FROM indicator_occurrences WHERE case_id = ANY($1::uuid[]) AND outcome = 'open'`,
      [caseIds],
    ),
  ]);
  const found: Violation[] = [];
  for (const c of cases.rows) {
    const say = (elementId: string | null, message: string) => found.push({ caseId: c.id, caseKey: c.case_key, code: c.code, elementId, message });
    const openTasks = tasks.rows.filter((t) => t.case_id === c.id);
    const caseJobs = jobs.rows.filter((j) => j.case_id === c.id);
    for (const i of incidents.rows.filter((x) => x.case_id === c.id)) say(i.element_id, `incident ${i.cause}: ${i.message}`);
    if (c.incident && !incidents.rows.some((x) => x.case_id === c.id)) say(null, 'marked as having an incident, but none is open');

    // The indicators' open occurrences in the store are those the case's position carries.
    const openFacts = occurrences.rows.filter((o) => o.case_id === c.id).map((o) => `${o.indicator}#${o.seq}`);
    const carried = c.status === 'running' ? Object.entries(c.position.indicators?.open ?? {}).map(([id, o]) => `${id}#${o.seq}`) : [];
    if (!sameSet(openFacts, carried)) say(null, `open indicator occurrences [${openFacts.join(', ')}] but the position carries [${carried.join(', ')}]`);

    if (c.status !== 'running') {
      if (openTasks.length) say(openTasks[0]!.element_id, `${c.status}, yet ${openTasks.length} task(s) still open`);
      if (caseJobs.length) say(caseJobs[0]!.element_id, `${c.status}, yet ${caseJobs.length} timer job(s) left`);
      if (c.position.active.length) say(c.position.active[0]!.elementId, `${c.status}, yet its position has active elements`);
      if (c.state) say(null, `${c.status}, yet its engine state was kept`);
      continue;
    }
    if (c.incident) continue;
    const model = await modelOf(c.code, c.version);
    const active = c.position.active;
    if (!active.length) say(null, 'running, but waits at nothing');
    if (!c.state) {
      say(null, 'running, but has no engine state');
      continue;
    }
    // The stored state and the position say the same about where the case waits.
    const waiting = waitingIn(model, c.state);
    if (!sameSet(waiting.keys(), active.map((a) => a.executionId))) {
      say(null, `the engine waits at [${[...waiting.values()].sort().join(', ')}] but the position says [${active.map((a) => a.elementId).sort().join(', ')}]`);
    }
    // Something it waits at can move it on; passive elements only wait alongside.
    if (active.length && active.every((a) => PASSIVE.has(model.elements.get(a.elementId)?.type ?? ''))) {
      say(active[0]!.elementId, `waits only at elements that cannot move it on: ${active.map((a) => a.elementId).join(', ')}`);
    }
    for (const a of active) {
      const type = model.elements.get(a.elementId)?.type;
      if (type === 'bpmn:UserTask') {
        const task = openTasks.find((t) => t.execution_id === a.executionId);
        if (!task) say(a.elementId, 'a user task waits, but has no open task');
        else if (a.taskId !== task.id) say(a.elementId, `the position names task ${a.taskId ?? 'none'}, the open task is ${task.id}`);
      }
      if (type === 'bpmn:CallActivity' && !children.rows.some((ch) => ch.parent_execution_id === a.executionId && ch.status === 'running')) {
        say(a.elementId, 'a referral waits, but no referred case runs');
      }
    }
    for (const t of openTasks) {
      if (!active.some((a) => a.executionId === t.execution_id)) say(t.element_id, 'an open task whose element the case has left');
    }
    if (!sameSet(caseJobs.map((j) => j.execution_id), c.position.timers.map((t) => t.executionId))) {
      say(caseJobs[0]?.element_id ?? c.position.timers[0]?.elementId ?? null, `timer jobs [${caseJobs.map((j) => j.element_id).join(', ')}] and armed timers [${c.position.timers.map((t) => t.elementId).join(', ')}] differ`);
    }
    for (const j of caseJobs) {
      if (!active.some((a) => a.elementId === j.element_id)) say(j.element_id, 'a timer job of an element the case is not in');
    }
  }
  return found;
}

/** One line per violation, naming the case and the element. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `case ${v.caseKey} (${v.code}, ${v.caseId})${v.elementId ? ` at ${v.elementId}` : ''}: ${v.message}`).join('\n');
}
