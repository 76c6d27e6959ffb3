/**
 * The command cycle shared by every part of the runtime: run bpmn-elements over a case (case-run) and
 * write everything the run did — the case's next revision, tasks, timer jobs, service effects, events
 * and rollups — inside the caller's transaction. Referrals start child cases here and a child's end
 * resumes its parent, in the same transaction. A failing step becomes an incident, never a crash.
 */
import { randomUUID } from 'node:crypto';
import { beijingDate, datesAfter, validateAgainst } from '@jingzhun/standards';
import { CaseConflictError, CaseDataInvalidError, CaseKeyTakenError, EngineError } from '../errors';
import type { Queryable } from '../store';
import { EMPTY_POSITION, runCase, type Position, type RunAction, type RunFailure, type Transition } from './case-run';
import { trackIndicators, type IndicatorChanges } from '../supervision/indicator-tracker';
import { nextCaseNumber } from './case-numbers';
import { loadCase, saveCase, type CaseRecord } from './case-record';
import type { DeploymentSystem } from './deployment-system';
import { effectiveParameters } from './deployment-system';
import { taskDueAt } from './due-dates';
import { writeCase, type CaseWrite } from './case-writes';
import type { CaseInfo, EventBatch } from './event-log';
import type { RuntimeResources } from './types';
import type { CompiledVersion, VersionSystem } from './version-system';

/** What an incident applies again when retried. */
export type IncidentCommand = RunAction | { kind: 'call'; elementId: string; executionId: string; code: string };

/** Thrown when a run fails and the caller asked to handle the failure itself (timer retries). */
export class RunFailedError extends Error {
  readonly code = 'RUN_FAILED';
  constructor(readonly failure: RunFailure) {
    super(`${failure.cause}: ${failure.message}`);
    this.name = 'RunFailedError';
  }
}

/** The resources of one command: its transaction, its "now", who acts and the events it appends. */
export interface CommandContext {
  q: Queryable;
  /** Where to read before the command has written anything (outside a transaction not yet needed); `q` when absent. */
  reads?: Queryable;
  /**
   * Takes a run's writes as the command's last statement, written with its events; false when the
   * command cannot (it has one already). Absent inside referrals, whose writes are read back at once.
   */
  defer?: ((write: CaseWrite) => boolean) | undefined;
  now: Date;
  actor: string | null;
  events: EventBatch;
  /** How deep in a chain of referrals this command is. */
  depth: number;
  /** Attempts an incident raised by this command counts (a retry carries the count on). */
  incidentAttempts?: number;
}

export interface StartInput {
  id?: string;
  code: string;
  version: number;
  district: string;
  organisation: string | null;
  /** The case's number; the district's next one when absent. */
  caseKey?: string | undefined;
  data: Record<string, unknown>;
  variant: Record<string, number>;
  parent?: { caseId: string; elementId: string; executionId: string };
}

export interface RunOptions {
  variables?: Record<string, unknown>;
  /** `incident` (default) records a failing step on the case; `throw` leaves it to the caller. */
  onFailure?: 'incident' | 'throw';
  incidentCommand?: IncidentCommand;
  isNew?: boolean;
  /** Timer jobs (by execution id) to delete with the run's own, e.g. the jobs being fired. */
  deleteJobs?: string[];
  /** The task a completion takes, in the same statement as the case. */
  takeTask?: CaseWrite['takeTask'];
}

/**
 * Steps (events of the run) one command may take before the model is judged a runaway loop. An
 * element entered takes three to five (entered, ended, left, the flow taken). Over 2,353 commands of
 * the model-based tests (the shipped standards and generated processes), the median took 9, the 99th
 * percentile 74 and the longest 127: the limit is eight times that.
 */
export const MAX_STEPS = 1_000;
/** How deep referrals may nest (a standard referring to one that refers back would never end). */
export const MAX_REFERRAL_DEPTH = 8;

export function infoOf(record: CaseRecord): CaseInfo {
  return { id: record.id, code: record.code, version: record.version, district: record.district, organisation: record.organisation };
}

export function detailsOf(problems: { pointer?: string | undefined; message: { zh: string; en: string } }[]) {
  return problems.map((p) => ({ ...(p.pointer !== undefined ? { pointer: p.pointer } : {}), message: p.message }));
}

interface ChildCall {
  elementId: string;
  executionId: string;
  code: string;
  childId: string;
}

/** A run turned into writes: what the case's statement writes, and what has to follow it. */
export type RunPlan =
  | { kind: 'failed'; failure: RunFailure; variables: Record<string, unknown> }
  | { kind: 'planned'; write: CaseWrite; saved: CaseRecord; cancelTasks: string[]; calls: ChildCall[] };

/** A run whose writes are its own case's only: one statement writes all of it. */
export function isSimple(plan: Extract<RunPlan, { kind: 'planned' }>): boolean {
  return !plan.cancelTasks.length && !plan.calls.length && !(plan.saved.status === 'completed' && plan.saved.parentCaseId);
}

/** Marks a task completed before a failing run is recorded; a task taken meanwhile is a conflict. */
async function takeTask(q: Queryable, take: NonNullable<CaseWrite['takeTask']>, caseId: string, now: Date): Promise<void> {
  const taken = await q.query(
    `UPDATE tasks SET status = 'completed', data = $2, completed_at = $3, completed_by = $4, assignee = COALESCE(assignee, $4)
     WHERE id = $1 AND status = 'open'`,
    [take.id, JSON.stringify(take.data), now, take.actor],
  );
  if (taken.rowCount === 0) throw new CaseConflictError(caseId);
}

export class CaseCommands {
  constructor(
    private readonly resources: RuntimeResources,
    readonly versions: VersionSystem,
    readonly deployments: DeploymentSystem,
  ) {}

  /** Validates the starting data, then creates the case and runs it to its first wait states. */
  async start(ctx: CommandContext, input: StartInput): Promise<CaseRecord> {
    const compiled = await this.versions.compiled(input.code, input.version, ctx.reads ?? ctx.q);
    const eligibility = compiled.version.standard.population.eligibility;
    const problems = [...validateAgainst(eligibility, input.data, '', 'CASE_DATA_INVALID'), ...datesAfter(eligibility, input.data, beijingDate(ctx.now))];
    if (problems.length) throw new CaseDataInvalidError(detailsOf(problems));
    const caseKey = input.caseKey ?? (await nextCaseNumber(ctx.q, input.district, ctx.now));
    const record: CaseRecord = {
      id: input.id ?? randomUUID(),
      caseKey,
      code: input.code,
      version: input.version,
      district: input.district,
      organisation: input.organisation,
      status: 'running',
      incident: false,
      revision: 0,
      state: null,
      variables: input.data,
      parameters: effectiveParameters(compiled.version.standard, input.variant),
      position: EMPTY_POSITION,
      parentCaseId: input.parent?.caseId ?? null,
      parentElementId: input.parent?.elementId ?? null,
      parentExecutionId: input.parent?.executionId ?? null,
      startedAt: ctx.now,
      startedBy: ctx.actor ?? 'system',
      endedAt: null,
      cancelReason: null,
    };
    ctx.events.add(infoOf(record), 'case_started', { data: { caseKey, ...(input.parent ? { parentCaseId: input.parent.caseId } : {}) } });
    try {
      return await this.run(ctx, record, compiled, { kind: 'start' }, { isNew: true });
    } catch (error) {
      // The unique (code, district, case_key) decides, also between two starts at once; the command is void.
      if ((error as { code?: unknown }).code === '23505') throw new CaseKeyTakenError(input.code, input.district, caseKey);
      throw error;
    }
  }

  /**
   * Runs one action over a case and writes the outcome; returns the case as saved. A run that only
   * moves its own case (no task cancelled, no referral started, no parent to resume) is handed to the
   * command as its last statement when the command takes one (`ctx.defer`); anything else is written
   * at once.
   */
  async run(ctx: CommandContext, record: CaseRecord, compiled: CompiledVersion, action: RunAction, options: RunOptions = {}): Promise<CaseRecord> {
    const plan = await this.plan(ctx, record, compiled, action, options);
    if (plan.kind === 'failed') {
      if (options.onFailure === 'throw') throw new RunFailedError(plan.failure);
      if (options.takeTask) await takeTask(ctx.q, options.takeTask, record.id, ctx.now);
      const saved = await saveCase(ctx.q, { ...record, variables: plan.variables, incident: true }, options.isNew ?? false, ctx.now);
      await this.raiseIncident(ctx, saved, plan.failure, options.incidentCommand ?? action);
      return saved;
    }
    if (isSimple(plan) && ctx.defer?.(plan.write)) return plan.saved;
    return this.execute(ctx, plan);
  }

  /** Runs bpmn-elements over the case and turns the outcome into what to write; writes nothing itself. */
  async plan(ctx: CommandContext, record: CaseRecord, compiled: CompiledVersion, action: RunAction, options: RunOptions = {}): Promise<RunPlan> {
    const variables = options.variables ?? record.variables;
    const info = infoOf(record);
    const outcome = runCase({
      caseId: record.id,
      model: compiled.model,
      parameterDefinitions: compiled.version.standard.parameters,
      state: record.state,
      position: record.position,
      variables,
      parameters: record.parameters,
      now: ctx.now,
      action,
      maxSteps: MAX_STEPS,
    });
    if (outcome.status === 'failed') return { kind: 'failed', failure: outcome.failure, variables };
    // Before anything of the run is recorded: a task whose SLA gives no storable due time fails the
    // run as an incident, as a timer's does inside it (validation refuses such SLAs; this is a guard).
    const dueAts = new Map<string, Date | null>();
    for (const t of outcome.transitions) {
      if (t.kind !== 'task') continue;
      const spec = compiled.model.userTasks.get(t.elementId);
      try {
        dueAts.set(t.executionId, spec ? taskDueAt(spec, ctx.now, record.parameters, compiled.version.standard.parameters) : null);
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        return { kind: 'failed', failure: { cause: error.code, message: error.message, elementId: t.elementId }, variables };
      }
    }

    const position: Position = outcome.position;
    const byExecution = new Map(position.active.map((a) => [a.executionId, a]));
    const createdTasks = new Map<string, string>();
    const cancelTasks: string[] = [];
    const calls: ChildCall[] = [];
    const completed = outcome.status === 'completed';
    const indicators = this.trackIndicators(record, compiled, outcome.transitions, ctx.now, completed, position, options);
    const toSave: CaseRecord = {
      ...record,
      variables,
      position: { ...(completed ? { ...position, active: [], timers: [] } : position), ...(indicators ? { indicators: indicators.state } : {}) },
      state: outcome.state,
      status: completed ? 'completed' : 'running',
      endedAt: completed ? ctx.now : null,
    };
    const write: CaseWrite = {
      record: toSave,
      isNew: options.isNew ?? false,
      takeTask: options.takeTask,
      tasks: [],
      jobDeletes: [...(options.deleteJobs ?? [])],
      jobInserts: [],
      notifications: [],
      referrals: [],
      ...(indicators ? { indicators } : {}),
    };

    for (const t of outcome.transitions) {
      switch (t.kind) {
        case 'entered':
          ctx.events.add(info, 'element_entered', { elementId: t.elementId, elementType: t.elementType });
          ctx.events.rollup(info, t.elementId, { entered: 1 });
          break;
        case 'left': {
          ctx.events.add(info, 'element_left', {
            elementId: t.elementId,
            elementType: t.elementType,
            durationMs: t.durationMs,
            data: { outcome: t.outcome },
          });
          ctx.events.rollup(info, t.elementId, t.outcome === 'completed' ? { completed: 1, durationMs: t.durationMs } : { cancelled: 1 });
          const taskId = t.taskId ?? createdTasks.get(t.executionId);
          if (t.outcome === 'cancelled' && taskId) cancelTasks.push(taskId);
          break;
        }
        case 'task': {
          const spec = compiled.model.userTasks.get(t.elementId);
          const id = randomUUID();
          const entry = byExecution.get(t.executionId);
          if (entry) entry.taskId = id;
          createdTasks.set(t.executionId, id);
          const dueAt = dueAts.get(t.executionId) ?? null;
          write.tasks.push({
            id,
            elementId: t.elementId,
            executionId: t.executionId,
            name: spec?.name ?? { zh: t.elementId, en: t.elementId },
            role: spec?.role ?? null,
            assignTo: spec?.assignTo ?? null,
            dueAt,
            formId: spec?.formId ?? null,
          });
          ctx.events.add(info, 'task_created', {
            elementId: t.elementId,
            elementType: 'bpmn:UserTask',
            taskId: id,
            data: { dueAt: dueAt?.toISOString() ?? null, role: spec?.role ?? null },
          });
          break;
        }
        case 'timer-armed':
          write.jobInserts.push({ executionId: t.executionId, elementId: t.elementId, dueAt: t.dueAt });
          ctx.events.add(info, 'timer_scheduled', { elementId: t.elementId, data: { dueAt: t.dueAt } });
          break;
        case 'timer-fired':
          write.jobDeletes.push(t.executionId);
          ctx.events.add(info, 'timer_fired', { elementId: t.elementId, data: { dueAt: t.dueAt } });
          break;
        case 'timer-cancelled':
          write.jobDeletes.push(t.executionId);
          ctx.events.add(info, 'timer_cancelled', { elementId: t.elementId });
          break;
        case 'call': {
          const childId = randomUUID();
          const entry = byExecution.get(t.executionId);
          if (entry) entry.childCaseId = childId;
          calls.push({ elementId: t.elementId, executionId: t.executionId, code: t.code, childId });
          break;
        }
        case 'service': {
          ctx.events.add(info, 'service_called', { elementId: t.elementId, elementType: 'bpmn:ServiceTask', data: { service: t.service } });
          if (t.effect.service === 'notify') {
            write.notifications.push({ id: randomUUID(), elementId: t.elementId, title: t.effect.title, recipientRole: t.effect.recipientRole });
          } else {
            write.referrals.push({ id: randomUUID(), elementId: t.elementId, target: t.effect.target, data: t.effect.data });
          }
          break;
        }
      }
    }
    if (completed) ctx.events.add(info, 'case_completed', { durationMs: ctx.now.getTime() - record.startedAt.getTime() });
    const saved: CaseRecord = { ...toSave, revision: write.isNew ? 1 : record.revision + 1 };
    return { kind: 'planned', write, saved, cancelTasks, calls };
  }

  /** What the run did to the version's indicators (none when it has none). */
  private trackIndicators(
    record: CaseRecord,
    compiled: CompiledVersion,
    transitions: readonly Transition[],
    now: Date,
    ended: boolean,
    position: Position,
    options: RunOptions,
  ): IndicatorChanges | undefined {
    const { indicators, parameters } = compiled.version.standard;
    if (!indicators.length) return undefined;
    const take = options.takeTask;
    const answered = take ? transitions.find((t) => t.kind === 'left' && t.taskId === take.id)?.elementId : undefined;
    return trackIndicators({
      indicators,
      model: compiled.model,
      parameters: record.parameters,
      definitions: parameters,
      state: record.position.indicators,
      isNew: options.isNew ?? false,
      startedAt: record.startedAt,
      now,
      transitions,
      answer: take && answered ? { elementId: answered, data: take.data } : undefined,
      ended,
      active: position.active.map((a) => a.elementId),
    });
  }

  /** Writes a planned run now, inside the command's transaction, with what it sets off (cancellations, referrals, the parent). */
  async execute(ctx: CommandContext, plan: Extract<RunPlan, { kind: 'planned' }>): Promise<CaseRecord> {
    await writeCase(ctx.q, plan.write, null, ctx.now);
    let saved = plan.saved;
    if (plan.cancelTasks.length) {
      const { rows } = await ctx.q.query<{ id: string; element_id: string }>(
        `UPDATE tasks SET status = 'cancelled' WHERE id = ANY($1::uuid[]) AND status = 'open' RETURNING id, element_id`,
        [plan.cancelTasks],
      );
      const info = infoOf(saved);
      for (const row of rows) ctx.events.add(info, 'task_cancelled', { elementId: row.element_id, elementType: 'bpmn:UserTask', taskId: row.id });
    }
    const inner: CommandContext = { ...ctx, defer: undefined };
    for (const call of plan.calls) saved = await this.startChild(inner, saved, call);
    if (saved.status === 'completed' && saved.parentCaseId) await this.resumeParent(inner, saved);
    return saved;
  }

  async raiseIncident(ctx: CommandContext, record: CaseRecord, failure: RunFailure, command: IncidentCommand | null, attempts = ctx.incidentAttempts ?? 1): Promise<string> {
    const id = randomUUID();
    await ctx.q.query(
      `INSERT INTO incidents (id, case_id, element_id, cause, message, command, status, attempts, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8)`,
      [id, record.id, failure.elementId, failure.cause, failure.message, command ? JSON.stringify(command) : null, attempts, ctx.now],
    );
    ctx.events.add(infoOf(record), 'incident_raised', { elementId: failure.elementId, data: { incidentId: id, cause: failure.cause, message: failure.message } });
    this.resources.logger.warn({ caseId: record.id, incidentId: id, ...failure }, 'incident raised');
    return id;
  }

  /** Starts the case a call activity refers to; when that cannot be done the parent gets an incident. */
  async startChild(
    ctx: CommandContext,
    parent: CaseRecord,
    call: { elementId: string; executionId: string; code: string; childId?: string },
  ): Promise<CaseRecord> {
    const childId = call.childId ?? randomUUID();
    const info = infoOf(parent);
    let failure: RunFailure | undefined;
    if (ctx.depth + 1 > MAX_REFERRAL_DEPTH) {
      failure = { cause: 'REFERRAL_TOO_DEEP', message: `referrals nest deeper than ${MAX_REFERRAL_DEPTH}`, elementId: call.elementId };
    } else {
      try {
        const deployment = await this.deployments.find(call.code, parent.district, ctx.q);
        // The referring case's number and the referred standard's code: what a person reads as the case's number.
        const caseKey = await this.freeKey(ctx.q, call.code, parent.district, `${parent.caseKey}/${call.code}`);
        const child = await this.start(
          { ...ctx, depth: ctx.depth + 1 },
          {
            id: childId,
            code: call.code,
            version: deployment.version,
            district: parent.district,
            organisation: parent.organisation,
            caseKey,
            data: parent.variables,
            variant: deployment.variant,
            parent: { caseId: parent.id, elementId: call.elementId, executionId: call.executionId },
          },
        );
        ctx.events.add(info, 'referral_started', { elementId: call.elementId, elementType: 'bpmn:CallActivity', data: { childCaseId: childId, code: call.code } });
        // A child that ran to its end at once has already resumed the parent: read what was saved.
        if (child.status !== 'running') return loadCase(ctx.q, parent.id, {});
        return parent;
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        failure = { cause: error.code, message: error.message, elementId: call.elementId };
      }
    }
    const position: Position = {
      ...parent.position,
      active: parent.position.active.map((a) => (a.executionId === call.executionId ? { ...a, childCaseId: undefined } : a)),
    };
    const saved = await saveCase(ctx.q, { ...parent, position, incident: true }, false, ctx.now);
    await this.raiseIncident(ctx, saved, failure, { kind: 'call', elementId: call.elementId, executionId: call.executionId, code: call.code });
    return saved;
  }

  /** A referred case has ended (or was cancelled): its parent's call activity goes on. */
  async resumeParent(ctx: CommandContext, child: CaseRecord): Promise<void> {
    if (!child.parentCaseId) return;
    const parent = await loadCase(ctx.q, child.parentCaseId, {});
    const waiting = parent.position.active.find((a) => a.childCaseId === child.id);
    if (parent.status !== 'running' || !waiting) return;
    const compiled = await this.versions.compiled(parent.code, parent.version, ctx.q);
    ctx.events.add(infoOf(parent), 'referral_completed', {
      elementId: waiting.elementId,
      elementType: 'bpmn:CallActivity',
      data: { childCaseId: child.id, code: child.code, status: child.status },
    });
    await this.run({ ...ctx, depth: Math.max(0, ctx.depth - 1) }, parent, compiled, { kind: 'call-ended', executionId: waiting.executionId });
  }

  private async freeKey(q: Queryable, code: string, district: string, base: string): Promise<string> {
    const { rows } = await q.query<{ case_key: string }>(
      `SELECT case_key FROM cases WHERE code = $1 AND district = $2 AND (case_key = $3 OR case_key LIKE $4)`,
      [code, district, base, `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}#%`],
    );
    const taken = new Set(rows.map((r) => r.case_key));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}#${n}`)) return `${base}#${n}`;
  }
}
