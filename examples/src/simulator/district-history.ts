/**
 * One district's case history, driven through the engine's runtime with a clock the simulation moves:
 * cases arrive (in office hours, or any time for outreach), each open task is done after a time drawn
 * from the district's profile against the task's SLA, a message from outside may come while a task is
 * open (`runtime.correlateMessage`), timers fire when the clock reaches them (`runtime.runDue`), and
 * referred cases are worked like any other. Whatever is not done by the end stays open. A discrete-event simulation: nothing waits for real time, and the same seed gives the
 * same history.
 *
 * @example
 *   const history = await simulateDistrict({ runtime, clock, store, district: 'dongcheng', from, to, cases: 200, seed: '2017', … });
 */
import { beijingDate, DISTRICTS, type ServiceStandard } from '@jingzhun/standards';
import type { Queryable, Runtime } from '@jingzhun/engine';
import type { ExampleCaseData, ExampleWalkthrough } from '../standards/load';
import type { DistrictPlaces } from '../geography/places';
import { seededRandom, type Random } from '../random/seeded-random';
import type { ActorDirectory } from './actors';
import { CASE_BEHAVIOURS, PROJECT_EVALUATION } from './behaviours';
import { contactsWhile, type PlannedContact } from './contacts';
import type { Answer, CaseBehaviour, CasePlan } from './case-behaviour';
import { districtProfile, type DistrictProfile } from './district-profiles';
import { EventQueue } from './event-queue';
import { datedAnswer } from './form-dates';
import { nextOfficeTime, randomMoment } from './office-hours';
import type { MovableClock } from './simulation-clock';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface Organisation {
  id: string;
  name: string;
}

export interface DistrictHistoryInput {
  runtime: Runtime;
  clock: MovableClock;
  /** The store the runtime writes, read to find each case's new tasks and timers. */
  store: Queryable;
  district: string;
  from: number;
  to: number;
  /** Service cases arriving in the district (projects of its organisations come on top). */
  cases: number;
  seed: string;
  organisations: Organisation[];
  places: DistrictPlaces;
  actors: ActorDirectory;
  /** Put before every case key (keeps runs with different seeds apart). */
  keyPrefix: string;
  caseData: ReadonlyMap<string, ExampleCaseData>;
  standards: ReadonlyMap<string, ServiceStandard>;
  signal?: AbortSignal | undefined;
  /** Called as each top-level case starts. */
  onCaseStarted?: () => void;
}

export interface DistrictHistory {
  district: string;
  /** Top-level cases started (service cases and projects). */
  cases: number;
  /** Cases started by referral from another case. */
  referred: number;
  tasksCompleted: number;
  timerRuns: number;
  /** Messages that came from outside (risk reports). */
  messages: number;
  cancelled: number;
  /** Tasks still open at the end. */
  openTasks: number;
}

/** Thrown when a simulated case cannot go on: a form no walkthrough answers, an answer its form refuses. */
export class SimulationError extends Error {
  readonly code = 'SIMULATION_FAILED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SimulationError';
  }
}

/** Thrown when the run was asked to stop (the server shutting down). */
export class SimulationAbortedError extends Error {
  readonly code = 'SIMULATION_ABORTED';
  constructor() {
    super('the simulation was stopped');
    this.name = 'SimulationAbortedError';
  }
}

interface Arrival {
  at: number;
  code: string;
  sequence: number;
  organisation: Organisation | null;
}

interface SimCase {
  id: string;
  /** Stable name of the case in this run (its sequence, and the chain of referrals). */
  label: string;
  behaviour: CaseBehaviour;
  walkthrough: ExampleWalkthrough;
  walkthroughName: string;
  plan: CasePlan;
  rng: Random;
  organisation: string | null;
  answered: Map<string, number>;
  memory: Record<string, unknown>;
}

interface OpenTask {
  id: string;
  caseId: string;
  elementId: string;
  formId: string | null;
  assignTo: string | null;
}

interface DiscoveryRow {
  kind: 'case' | 'task' | 'job';
  id: string;
  case_id: string;
  parent: string | null;
  /** The standard's code for a case row. */
  element_id: string | null;
  form_id: string | null;
  assign_to: string | null;
  at: Date | null;
  due_at: Date | null;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Agenda =
  | { kind: 'arrive'; arrival: Arrival }
  | { kind: 'complete'; task: OpenTask }
  | { kind: 'timers'; caseId: string }
  | { kind: 'message'; caseId: string; name: string }
  | { kind: 'record'; caseId: string; assignTo: string | null; contact: PlannedContact }
  | { kind: 'cancel'; caseId: string };

/** A message finds nothing waiting when what it would interrupt was done or cancelled first. */
const IGNORABLE = new Set(['TASK_NOT_OPEN', 'TASK_NOT_FOUND', 'CASE_NOT_RUNNING', 'CASE_CONFLICT', 'MESSAGE_NOT_CORRELATED']);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Splits `total` over `weights` in whole numbers that add up (largest remainder). */
export function apportion(total: number, weights: ReadonlyArray<readonly [string, number]>): Map<string, number> {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  const raw = weights.map(([key, w]) => ({ key, exact: (total * w) / sum }));
  const out = new Map(raw.map((r) => [r.key, Math.floor(r.exact)]));
  let left = total - [...out.values()].reduce((s, n) => s + n, 0);
  for (const r of [...raw].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || (a.key < b.key ? -1 : 1))) {
    if (left-- <= 0) break;
    out.set(r.key, (out.get(r.key) ?? 0) + 1);
  }
  return out;
}

export async function simulateDistrict(input: DistrictHistoryInput): Promise<DistrictHistory> {
  const { runtime, clock, store, district, to } = input;
  const profile = districtProfile(district);
  const districtName = DISTRICTS.find((d) => d.code === district)?.name ?? { zh: district, en: district };
  const root = seededRandom(`${input.seed}/${district}`);
  const history: DistrictHistory = { district, cases: 0, referred: 0, tasksCompleted: 0, timerRuns: 0, messages: 0, cancelled: 0, openTasks: 0 };
  const agenda = new EventQueue<Agenda>();
  const cases = new Map<string, SimCase>();
  const scheduledTasks = new Set<string>();
  const scheduledJobs = new Set<string>();

  for (const arrival of plannedArrivals(root.fork('arrivals'), profile, input)) agenda.push(arrival.at, { kind: 'arrive', arrival });

  const answersOf = (sim: SimCase, formId: string): readonly Answer[] => {
    const own = sim.walkthrough.answers[formId];
    if (own?.length) return own;
    const data = input.caseData.get(sim.behaviour.code);
    for (const walkthrough of Object.values(data?.walkthroughs ?? {})) {
      const answers = walkthrough.answers[formId];
      if (answers?.length) return answers;
    }
    const fallback = sim.behaviour.defaults?.[formId];
    if (fallback) return [fallback];
    throw new SimulationError(`${sim.behaviour.code}: no walkthrough answers form ${formId}`);
  };

  const walkthroughOf = (code: string, name: string): ExampleWalkthrough => {
    const walkthrough = input.caseData.get(code)?.walkthroughs[name];
    if (!walkthrough) throw new SimulationError(`${code} has no walkthrough ${name}`);
    return walkthrough;
  };

  /** Draws when an open task will be done, from the district's pace against the task's SLA. */
  const doneAt = (sim: SimCase, task: OpenTask, createdAt: number, dueAt: number | null): number => {
    const rng = sim.rng;
    const allowed = dueAt !== null ? Math.max(MINUTE, dueAt - createdAt) : 3 * DAY;
    let share = rng.logNormal(profile.pace, profile.spread);
    if (sim.behaviour.followUps.has(task.elementId) && rng.chance(profile.lateFollowUps)) share = 1.05 + rng.exponential(0.6);
    const at = createdAt + Math.max(10 * MINUTE, Math.round(share * allowed));
    return sim.behaviour.roundTheClock || sim.behaviour.anyHour?.has(task.elementId) ? at : nextOfficeTime(at, rng);
  };

  /**
   * A case stopped by an incident is a fault of the runtime or of the standard, never a path of the
   * history: the run stops there, naming the case and the element.
   */
  const stopOnIncident = async (caseIds: string[]): Promise<void> => {
    const { rows } = await store.query<{ case_key: string; code: string; element_id: string | null; cause: string; message: string }>(
      `SELECT c.case_key, c.code, i.element_id, i.cause, i.message FROM incidents i JOIN cases c ON c.id = i.case_id
        WHERE i.case_id = ANY($1::uuid[]) AND i.status = 'open' ORDER BY i.created_at LIMIT 1`,
      [caseIds],
    );
    const incident = rows[0];
    if (incident) {
      throw new SimulationError(`case ${incident.case_key} (${incident.code}) stopped at ${incident.element_id ?? 'no element'}: ${incident.cause} ${incident.message}`);
    }
  };

  /** Finds the new open tasks and timers of a case and its referral relatives, and plans them. */
  const discover = async (caseId: string): Promise<void> => {
    // One round trip: the case, the cases it referred and the case that referred it; their open tasks and timers.
    const { rows } = await store.query<DiscoveryRow>(
      `WITH related AS (
         SELECT id, parent_case_id, code FROM cases
          WHERE id = $1 OR parent_case_id = $1 OR id = (SELECT parent_case_id FROM cases WHERE id = $1))
       SELECT 'case' AS kind, id, id AS case_id, parent_case_id AS parent, code AS element_id, NULL AS form_id, NULL AS assign_to, NULL::timestamptz AS at, NULL::timestamptz AS due_at FROM related
       UNION ALL
       SELECT 'task', t.id, t.case_id, NULL, t.element_id, t.form_id, t.assign_to, t.created_at, t.due_at FROM tasks t
        WHERE t.case_id IN (SELECT id FROM related) AND t.status = 'open'
       UNION ALL
       SELECT 'job', j.id, j.case_id, NULL, j.element_id, NULL, NULL, j.run_at, NULL FROM jobs j WHERE j.case_id IN (SELECT id FROM related)`,
      [caseId],
    );
    await stopOnIncident(rows.filter((r) => r.kind === 'case').map((r) => r.id));
    for (const row of rows) {
      if (row.kind !== 'case' || cases.has(row.id)) continue;
      const parent = row.parent ? cases.get(row.parent) : undefined;
      const code = row.element_id ?? '';
      const behaviour = CASE_BEHAVIOURS.get(code);
      if (!parent || !behaviour) throw new SimulationError(`case ${row.id} of ${code} came from nowhere`);
      const walkthroughName = parent.walkthrough.referrals?.[code] ?? 'main';
      const label = `${parent.label}>${code}`;
      const rng = seededRandom(`${input.seed}/${district}/${label}`);
      cases.set(row.id, {
        id: row.id,
        label,
        behaviour,
        walkthrough: walkthroughOf(code, walkthroughName),
        walkthroughName,
        plan: behaviour.referredPlan(rng, profile, walkthroughName),
        rng,
        organisation: parent.organisation,
        answered: new Map(),
        memory: {},
      });
      history.referred += 1;
    }
    const fresh = rows
      .filter((r) => r.kind === 'task' && !scheduledTasks.has(r.id))
      .map((row) => ({ row, sim: cases.get(row.case_id)! }))
      .sort((a, b) => compare(a.sim.label, b.sim.label) || compare(a.row.element_id ?? '', b.row.element_id ?? ''));
    for (const { row, sim } of fresh) {
      scheduledTasks.add(row.id);
      const task: OpenTask = { id: row.id, caseId: row.case_id, elementId: row.element_id ?? '', formId: row.form_id, assignTo: row.assign_to };
      const createdAt = row.at!.getTime();
      const done = doneAt(sim, task, createdAt, row.due_at?.getTime() ?? null);
      agenda.push(done, { kind: 'complete', task });
      // A step made of contacts with the client gets them recorded while it is open, before it is done.
      const rhythm = sim.behaviour.contacts?.[task.elementId];
      if (rhythm) {
        const rng = sim.rng.fork(`contacts/${task.elementId}/${sim.answered.get(task.formId ?? '') ?? 0}`);
        // At the district's pace: a steady district's rhythm is the behaviour's, a stretched one's slower.
        const paced = { ...rhythm, meanDays: (rhythm.meanDays * profile.pace) / 0.55 };
        for (const contact of contactsWhile(paced, rng, createdAt, done, !sim.behaviour.roundTheClock)) agenda.push(contact.at, { kind: 'record', caseId: task.caseId, assignTo: task.assignTo, contact });
      }
      // Something from outside may come first, while the task is still open.
      const message = sim.behaviour.messageWhile?.(task.elementId, sim.plan, sim.memory);
      if (message) {
        const after = Math.round(sim.rng.exponential(message.meanDays * DAY));
        if (createdAt + after < done) agenda.push(createdAt + after, { kind: 'message', caseId: task.caseId, name: message.name });
      }
    }
    const jobs = rows.filter((r) => r.kind === 'job' && !scheduledJobs.has(r.id)).sort((a, b) => a.at!.getTime() - b.at!.getTime() || compare(a.element_id ?? '', b.element_id ?? ''));
    for (const job of jobs) {
      scheduledJobs.add(job.id);
      agenda.push(job.at!.getTime(), { kind: 'timers', caseId: job.case_id });
    }
  };

  const start = async (arrival: Arrival): Promise<void> => {
    const behaviour = CASE_BEHAVIOURS.get(arrival.code);
    if (!behaviour) throw new SimulationError(`no case behaviour for ${arrival.code}`);
    const label = String(arrival.sequence);
    const rng = root.fork(`case-${label}`);
    const day = beijingDate(new Date(arrival.at));
    const organisation = arrival.organisation ?? (input.organisations.length && rng.chance(profile.contracted) ? rng.pick(input.organisations) : null);
    const place = behaviour.rural ? input.places.village(rng) : input.places.pick(rng);
    if (!place) throw new SimulationError(`${behaviour.code} serves villages, and ${district} has none`);
    const made = behaviour.newCase({
      rng,
      profile,
      place,
      spot: input.places.outreachSpot(rng),
      day,
      districtName,
      organisation,
      sequence: arrival.sequence,
    });
    const caseKey = `${input.keyPrefix}${profile.abbr}-${behaviour.prefix}-${day.slice(0, 4)}${day.slice(5, 7)}-${String(arrival.sequence).padStart(4, '0')}`;
    const starter = behaviour.code === PROJECT_EVALUATION || behaviour.code === 'BJ-SW-HOMELESS' ? 'district_operator' : 'caseworker';
    const created = await runtime.startCase({
      code: behaviour.code,
      district,
      organisation: organisation?.id ?? null,
      caseKey,
      data: made.data,
      actor: input.actors.actorFor(starter, district, organisation?.id ?? null),
    });
    cases.set(created.id, {
      id: created.id,
      label,
      behaviour,
      walkthrough: walkthroughOf(behaviour.code, made.walkthrough),
      walkthroughName: made.walkthrough,
      plan: made.plan,
      rng,
      organisation: organisation?.id ?? null,
      answered: new Map(),
      memory: {},
    });
    history.cases += 1;
    input.onCaseStarted?.();
    // A few clients move away or withdraw before their case is done.
    if (behaviour.code !== PROJECT_EVALUATION && rng.chance(0.02)) agenda.push(arrival.at + Math.round(rng.exponential(45 * DAY)), { kind: 'cancel', caseId: created.id });
    await discover(created.id);
  };

  const complete = async (task: OpenTask): Promise<void> => {
    const sim = cases.get(task.caseId);
    if (!sim || !task.formId) return;
    const n = sim.answered.get(task.formId) ?? 0;
    const answers = answersOf(sim, task.formId);
    const base = answers[Math.min(n, answers.length - 1)] ?? {};
    const answer = sim.behaviour.answer(task.formId, base, { rng: sim.rng, profile, plan: sim.plan, n, answers, memory: sim.memory });
    const form = input.standards.get(sim.behaviour.code)?.forms[task.formId];
    const data = datedAnswer(form, answer, beijingDate(clock.now()));
    try {
      await runtime.completeTask({ taskId: task.id, data, actor: input.actors.actorFor(task.assignTo, district, sim.organisation) });
    } catch (error) {
      if (IGNORABLE.has(errorCode(error) ?? '')) return;
      throw new SimulationError(`${sim.behaviour.code} ${task.elementId}: ${(error as Error).message}`, { cause: error });
    }
    sim.answered.set(task.formId, n + 1);
    history.tasksCompleted += 1;
    await discover(task.caseId);
  };

  for (;;) {
    const next = agenda.peek();
    if (!next || next.at > to) break;
    agenda.pop();
    if (input.signal?.aborted) throw new SimulationAbortedError();
    clock.set(next.at);
    const item = next.item;
    switch (item.kind) {
      case 'arrive':
        await start(item.arrival);
        break;
      case 'complete':
        await complete(item.task);
        break;
      case 'timers': {
        const counts = await runtime.runDue(new Date(next.at));
        if (counts.retried || counts.incidents) {
          // Nothing else runs at the same time: a timer put back is one that failed.
          const { rows } = await store.query<{ case_key: string; code: string; element_id: string; last_error: string | null }>(
            `SELECT c.case_key, c.code, j.element_id, j.last_error FROM jobs j JOIN cases c ON c.id = j.case_id WHERE j.attempts > 0 ORDER BY j.run_at LIMIT 1`,
          );
          const job = rows[0];
          if (job) throw new SimulationError(`case ${job.case_key} (${job.code}): timer ${job.element_id} failed: ${job.last_error ?? ''}`);
        }
        history.timerRuns += 1;
        await discover(item.caseId);
        break;
      }
      case 'message': {
        const sim = cases.get(item.caseId);
        const { rows } = await store.query<{ case_key: string; code: string }>('SELECT case_key, code FROM cases WHERE id = $1', [item.caseId]);
        const target = rows[0];
        if (!sim || !target) break;
        try {
          await runtime.correlateMessage({ caseKey: target.case_key, code: target.code, messageName: item.name, actor: input.actors.actorFor('district_operator', district, sim.organisation) });
          history.messages += 1;
        } catch (error) {
          if (IGNORABLE.has(errorCode(error) ?? '')) break;
          throw new SimulationError(`${sim.behaviour.code} message ${item.name} to ${target.case_key}: ${(error as Error).message}`, { cause: error });
        }
        await discover(item.caseId);
        break;
      }
      case 'record': {
        const sim = cases.get(item.caseId);
        if (!sim) break;
        const { kind, minutes, notes } = item.contact;
        try {
          await runtime.addRecord({ caseId: item.caseId, kind, occurredAt: new Date(next.at), durationMinutes: minutes, notes, actor: input.actors.actorFor(item.assignTo, district, sim.organisation) });
        } catch (error) {
          if (IGNORABLE.has(errorCode(error) ?? '')) break;
          throw new SimulationError(`${sim.behaviour.code} record ${kind}: ${(error as Error).message}`, { cause: error });
        }
        break;
      }
      case 'cancel':
        try {
          const sim = cases.get(item.caseId);
          await runtime.cancelCase({ caseId: item.caseId, reason: '服务对象迁出本区 / the client moved away', actor: input.actors.actorFor('district_operator', district, sim?.organisation ?? null) });
          history.cancelled += 1;
        } catch (error) {
          if (!IGNORABLE.has(errorCode(error) ?? '')) throw error;
        }
        break;
    }
  }
  const open = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM tasks WHERE district = $1 AND status = 'open'`, [district]);
  history.openTasks = open.rows[0]?.n ?? 0;
  return history;
}

/**
 * The district's arrivals in time order: service cases in the proportions of the district's mix (whole
 * numbers, by largest remainder, so that even a small history has each standard's share; without the
 * standards that serve villages where the district has none) at random moments, and one project per
 * organisation.
 */
function plannedArrivals(rng: Random, profile: DistrictProfile, input: DistrictHistoryInput): Arrival[] {
  const raw: Array<Omit<Arrival, 'sequence'>> = [];
  const villages = input.places.streets.some((s) => s.kind !== 'subdistrict');
  const mix = Object.entries(profile.mix).map(([code, weight]) => [code, CASE_BEHAVIOURS.get(code)?.rural && !villages ? 0 : weight] as const);
  for (const [code, count] of apportion(input.cases, mix)) {
    for (let i = 0; i < count; i++) raw.push({ at: randomMoment(rng, input.from, input.to, code === 'BJ-SW-HOMELESS'), code, organisation: null });
  }
  // Projects are contracted at the start of the period, so a year's evaluation can run its course.
  const projectWindow = Math.min(input.to, input.from + 45 * DAY);
  for (const organisation of input.organisations) {
    raw.push({ at: randomMoment(rng, input.from, projectWindow), code: PROJECT_EVALUATION, organisation });
  }
  return raw
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.at - y.a.at || x.i - y.i)
    .map(({ a }, i) => ({ ...a, sequence: i + 1 }));
}
