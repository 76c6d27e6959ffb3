/**
 * A model-based test of the runtime: plays a case of a deployed standard along a random path — tasks
 * completed with random valid answers in any order (after the service records a step needs, made while
 * it is open), timers fired at their due times, messages sent
 * to whatever waits for one, referred cases worked like any other, the case now and then cancelled
 * midway — and checks the case invariants after every step. The path is drawn with fast-check, so a
 * failure names its seed and replays exactly.
 *
 * @example
 *   const explorer = new PathExplorer({ runtime, store, clock, district: 'dongcheng' });
 *   await fc.assert(fc.asyncProperty(fc.gen(), (g) => explorer.play(g, 'BJ-SW-HOMELESS')), { seed: 7, numRuns: 50 });
 */
import fc from 'fast-check';
import { beijingDate, SERVICE_RECORD_KINDS, type StandardVersion } from '@jingzhun/standards';
import { compileProcess, type ProcessModel } from '../bpmn/process-model';
import type { Runtime } from '../runtime/create-runtime';
import type { Queryable } from '../store';
import { caseViolations, describeViolations } from './case-invariants';
import { dataFor } from './schema-data';
import type { ManualClock } from './standard-fixtures';

const HOUR = 3_600_000;

export interface ExplorerOptions {
  runtime: Runtime;
  store: Queryable;
  clock: ManualClock;
  district: string;
  /** Steps a path may take before its case is cancelled (loops may go round for long). */
  maxMoves?: number;
  /** Chance, in percent, that a step cancels the case instead. */
  cancelPercent?: number;
  /** Put before every case key. */
  keyPrefix?: string;
}

/** What one path did: its steps in words, where its cases went and how they ended. */
export interface PathRecord {
  code: string;
  steps: string[];
  /** Sequence flows taken, by standard code. */
  flows: Map<string, Set<string>>;
  /** How the case ended: completed, or cancelled (midway or after the most steps a path may take). */
  status: string;
  /** Cases the path played: the case and the cases it referred to. */
  cases: number;
}

/** Thrown when a path breaks an invariant or a command fails; the message names the case, the element and the path. */
export class PathFailure extends Error {
  readonly code = 'PATH_FAILED';
  constructor(message: string, readonly steps: readonly string[]) {
    super(`${message}\n  path:\n    ${steps.join('\n    ')}`);
    this.name = 'PathFailure';
  }
}

type Move =
  | { kind: 'complete'; taskId: string; caseId: string; caseKey: string; elementId: string; formId: string | null; code: string; version: number }
  | { kind: 'timers'; at: Date; elementId: string; caseKey: string }
  | { kind: 'message'; caseKey: string; code: string; message: string; elementId: string };

interface FamilyRow {
  id: string;
  case_key: string;
  code: string;
  version: number;
  status: string;
  position: { active: { elementId: string }[]; flows: string[] };
}

type Gen = fc.GeneratorValue;

export class PathExplorer {
  private readonly versions = new Map<string, Promise<{ version: StandardVersion; model: ProcessModel }>>();
  private sequence = 0;
  readonly maxMoves: number;
  readonly cancelPercent: number;

  constructor(private readonly options: ExplorerOptions) {
    this.maxMoves = options.maxMoves ?? 80;
    this.cancelPercent = options.cancelPercent ?? 1;
  }

  /** The published version and its compiled process, read once. */
  private compiled(code: string, version: number) {
    const key = `${code}@${version}`;
    let entry = this.versions.get(key);
    if (!entry) {
      entry = this.options.runtime.getVersion(code, version).then(async (v) => ({ version: v, model: await compileProcess(v.standard) }));
      this.versions.set(key, entry);
    }
    return entry;
  }

  readonly modelOf = async (code: string, version: number) => (await this.compiled(code, version)).model;

  /** Plays one case of `code` along the path `g` draws; throws PathFailure when anything goes wrong. */
  async play(g: Gen, code: string): Promise<PathRecord> {
    const { runtime, store, district } = this.options;
    const steps: string[] = [];
    const fail = (message: string): never => {
      throw new PathFailure(message, steps);
    };
    const deployment = (await runtime.listDeployments({ district, code }))[0] ?? fail(`${code} is not deployed in ${district}`);
    const { version } = await this.compiled(code, deployment.version);
    const caseKey = `${this.options.keyPrefix ?? 'PATH-'}${++this.sequence}`;
    const data = g(() => dataFor(version.standard.population.eligibility, beijingDate(this.options.clock.now())));
    steps.push(`start ${code} as ${caseKey} with ${JSON.stringify(data)}`);
    const started = await runtime.startCase({ code, district, caseKey, data, actor: 'path-explorer' }).catch((e: Error) => fail(`start failed: ${e.message}`));
    const rootId = started.id;

    const family = async () =>
      (
        await store.query<FamilyRow>(
          `WITH RECURSIVE family AS (
             SELECT id FROM cases WHERE id = $1
             UNION ALL SELECT c.id FROM cases c JOIN family f ON c.parent_case_id = f.id)
           SELECT c.id, c.case_key, c.code, c.version, c.status, c.position FROM cases c JOIN family USING (id) ORDER BY c.started_at, c.case_key`,
          [rootId],
        )
      ).rows;
    const check = async (after: string) => {
      const ids = (await family()).map((c) => c.id);
      const violations = await caseViolations(store, this.modelOf, ids);
      if (violations.length) {
        // What the broken case did, in the event log's words, to read beside the path.
        const { rows } = await store.query<{ kind: string; element_id: string | null }>(
          'SELECT kind, element_id FROM case_events WHERE case_id = $1 ORDER BY id',
          [violations[0]!.caseId],
        );
        fail(`after ${after}:\n${describeViolations(violations)}\n  its events: ${rows.map((e) => (e.element_id ? `${e.kind}:${e.element_id}` : e.kind)).join(' ')}`);
      }
    };
    await check('the start');

    for (let move = 0; ; move++) {
      const cases = await family();
      const root = cases.find((c) => c.id === rootId)!;
      if (root.status !== 'running') break;
      if (move >= this.maxMoves) {
        steps.push(`cancel ${caseKey} (${this.maxMoves} steps taken)`);
        await runtime.cancelCase({ caseId: rootId, reason: 'path long enough', actor: 'path-explorer' });
        await check('cancelling a long path');
        break;
      }
      if (g(fc.integer, { min: 0, max: 99 }) < this.cancelPercent) {
        steps.push(`cancel ${caseKey}`);
        await runtime.cancelCase({ caseId: rootId, reason: 'cancelled midway', actor: 'path-explorer' });
        await check('cancelling midway');
        break;
      }
      const moves = await this.moves(cases);
      if (!moves.length) fail(`the case ${caseKey} is running, yet nothing can move it on`);
      const next = moves[g(fc.integer, { min: 0, max: moves.length - 1 })]!;
      let label: string;
      try {
        label = await this.take(g, next, moves);
      } catch (error) {
        const e = error as Error & { code?: unknown };
        return fail(`${next.kind} at ${next.elementId} of ${next.caseKey} failed: ${String(e.code ?? '')} ${e.message}`);
      }
      steps.push(label);
      await check(label);
    }
    const done = await family();
    const record: PathRecord = { code, steps, flows: new Map(), status: done[0]?.status ?? 'unknown', cases: done.length };
    for (const c of done) {
      const flows = record.flows.get(c.code) ?? new Set<string>();
      for (const f of c.position.flows) flows.add(f);
      record.flows.set(c.code, flows);
    }
    return record;
  }

  /** What can move the case family on now: its open tasks, its next timer, the messages it waits for. */
  private async moves(cases: FamilyRow[]): Promise<Move[]> {
    const running = cases.filter((c) => c.status === 'running');
    const ids = running.map((c) => c.id);
    const byId = new Map(running.map((c) => [c.id, c]));
    // Ordered by what the seed can reproduce (times, keys, element ids), never by generated ids.
    const [tasks, jobs] = await Promise.all([
      this.options.store.query<{ id: string; case_id: string; element_id: string; form_id: string | null }>(
        `SELECT id, case_id, element_id, form_id FROM tasks WHERE case_id = ANY($1::uuid[]) AND status = 'open' ORDER BY created_at, case_key, element_id`,
        [ids],
      ),
      this.options.store.query<{ case_id: string; element_id: string; run_at: Date }>(
        `SELECT j.case_id, j.element_id, j.run_at FROM jobs j JOIN cases c ON c.id = j.case_id
          WHERE j.case_id = ANY($1::uuid[]) ORDER BY j.run_at, c.case_key, j.element_id LIMIT 1`,
        [ids],
      ),
    ]);
    const moves: Move[] = [];
    for (const t of tasks.rows) {
      const c = byId.get(t.case_id)!;
      moves.push({ kind: 'complete', taskId: t.id, caseId: t.case_id, caseKey: c.case_key, elementId: t.element_id, formId: t.form_id, code: c.code, version: c.version });
    }
    const job = jobs.rows[0];
    if (job) moves.push({ kind: 'timers', at: job.run_at, elementId: job.element_id, caseKey: byId.get(job.case_id)!.case_key });
    for (const c of running) {
      const model = await this.modelOf(c.code, c.version);
      for (const a of c.position.active) {
        const messageId = model.messageWaits.get(a.elementId);
        if (messageId) moves.push({ kind: 'message', caseKey: c.case_key, code: c.code, message: model.messages.get(messageId) ?? messageId, elementId: a.elementId });
      }
    }
    // One message of a name per case: two elements waiting for the same message are one move.
    return moves.filter((m, i) => m.kind !== 'message' || moves.findIndex((o) => o.kind === 'message' && o.caseKey === m.caseKey && o.message === m.message) === i);
  }

  /** Takes one move; says what it did. */
  private async take(g: Gen, move: Move, all: Move[]): Promise<string> {
    const { runtime, clock } = this.options;
    const nextTimer = all.find((m): m is Extract<Move, { kind: 'timers' }> => m.kind === 'timers');
    switch (move.kind) {
      case 'complete': {
        // Some time passes first, never beyond the next timer: timers fire at their due times.
        const hours = g(fc.integer, { min: 0, max: 120 });
        const until = nextTimer ? nextTimer.at.getTime() : Infinity;
        clock.set(new Date(Math.max(clock.now().getTime(), Math.min(clock.now().getTime() + hours * HOUR, until))));
        const { version, model } = await this.compiled(move.code, move.version);
        // The contacts a step is made of (std:minRecords), as many as it needs or one more, at that time.
        const needs = model.userTasks.get(move.elementId)?.minRecords;
        const kinds = needs?.kinds ?? SERVICE_RECORD_KINDS;
        const records = needs ? Array.from({ length: needs.count + g(fc.integer, { min: 0, max: 1 }) }, () => kinds[g(fc.integer, { min: 0, max: kinds.length - 1 })]!) : [];
        for (const kind of records) {
          await runtime.addRecord({ caseId: move.caseId, kind, occurredAt: clock.now(), durationMinutes: 30, notes: 'path-explorer', actor: 'path-explorer' });
        }
        const form = move.formId ? version.standard.forms[move.formId] : undefined;
        const data = form ? g(() => dataFor(form, beijingDate(clock.now()))) : {};
        await runtime.completeTask({ taskId: move.taskId, data, actor: 'path-explorer' });
        const made = records.length ? ` after records ${records.join(' ')}` : '';
        return `${clock.now().toISOString()} complete ${move.caseKey} ${move.elementId}${made} with ${JSON.stringify(data)}`;
      }
      case 'timers': {
        if (move.at.getTime() > clock.now().getTime()) clock.set(move.at);
        const counts = await runtime.runDue(clock.now());
        return `${clock.now().toISOString()} fire timers (next: ${move.caseKey} ${move.elementId}): ${JSON.stringify(counts)}`;
      }
      case 'message': {
        await runtime.correlateMessage({ caseKey: move.caseKey, code: move.code, messageName: move.message, actor: 'path-explorer' });
        return `${clock.now().toISOString()} message "${move.message}" to ${move.caseKey} (${move.elementId})`;
      }
    }
  }
}
