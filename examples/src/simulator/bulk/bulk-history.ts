/**
 * Bulk mode, for benchmark volumes (millions of events): a few cases per district are played through
 * the engine as templates (case-templates.ts), then copies of them, at other weeks of the period and
 * under new ids, are written straight into the event log with multi-row INSERTs, with their rollups.
 * Everything is labelled: a simulation run of mode `bulk`, every case in simulated_cases and the
 * rollups' share in simulated_rollups. Bulk cases have events and rollups only — no case file, tasks
 * or timers — so they weigh on supervision's queries and never reach anyone's inbox.
 *
 * @example
 *   await simulateBulk({ target, cases: 200_000, months: 12, seed: '1', until, scratch, logger });
 */
import { beijingDate } from '@jingzhun/standards';
import type { Queryable } from '@jingzhun/engine';
import { seededRandom, type Random } from '../../random/seeded-random';
import { userActors } from '../actors';
import { districtProfile } from '../district-profiles';
import { addRollups } from '../history-copy';
import { deployedExamples, planSimulation, type SimulationOptions, type SimulationResult } from '../simulate';
import { caseTemplates, type CaseFamily } from './case-templates';

const WEEK = 7 * 86_400_000;
/** Events per INSERT statement. */
const BATCH = 10_000;
/** INSERTs in flight at once (the store's pool serves them on separate connections). */
const IN_FLIGHT = 3;

export interface BulkOptions extends Omit<SimulationOptions, 'onCase' | 'onDistrict' | 'skipDistricts' | 'runId'> {
  /** Cases per district played through the engine as templates (default 6). */
  templatesPerDistrict?: number | undefined;
  onProgress?: (progress: { cases: number; events: number; phase: string }) => void;
}

export interface BulkResult extends SimulationResult {
  /** Seconds spent playing the templates through the engine. */
  templateSeconds: number;
  /** Seconds spent writing the bulk rows. */
  writeSeconds: number;
}

/** A random (version 4 shaped) UUID from the seeded source, so bulk ids are the same for a seed. */
export function seededUuid(rng: Random): string {
  const hex = (n: number) => (Math.floor(rng.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0').slice(0, n);
  const a = hex(8);
  const b = hex(8);
  const c = hex(8);
  const d = hex(8);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16)}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

class EventColumns {
  caseId: string[] = [];
  code: string[] = [];
  version: number[] = [];
  district: string[] = [];
  organisation: Array<string | null> = [];
  kind: string[] = [];
  elementId: Array<string | null> = [];
  elementType: Array<string | null> = [];
  taskId: Array<string | null> = [];
  actor: Array<string | null> = [];
  at: string[] = [];
  durationMs: Array<number | null> = [];
  data: Array<string | null> = [];
  cases: Array<{ id: string; district: string }> = [];

  get size(): number {
    return this.kind.length;
  }
}

async function insertEvents(q: Queryable, c: EventColumns, runId: number): Promise<void> {
  await q.query(
    `WITH labelled AS (
       INSERT INTO simulated_cases (case_id, run_id, district) SELECT id, $14, district FROM unnest($15::uuid[], $16::text[]) AS s(id, district) RETURNING 1)
     INSERT INTO case_events (case_id, code, version, district, organisation, kind, element_id, element_type, task_id, actor, at, duration_ms, data)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::timestamptz[], $12::bigint[], $13::jsonb[])`,
    [
      c.caseId,
      c.code,
      c.version,
      c.district,
      c.organisation,
      c.kind,
      c.elementId,
      c.elementType,
      c.taskId,
      c.actor,
      c.at,
      c.durationMs,
      c.data,
      runId,
      c.cases.map((x) => x.id),
      c.cases.map((x) => x.district),
    ],
  );
}

interface Rollup {
  code: string;
  version: number;
  district: string;
  element_id: string;
  day: string;
  entered: number;
  completed: number;
  cancelled: number;
  late: number;
  duration_ms_sum: number;
}

export async function simulateBulk(options: BulkOptions): Promise<BulkResult> {
  const { target, logger } = options;
  const plan = await planSimulation(target, options);
  const { versions, deployments } = await deployedExamples(target, plan.districts, logger);
  const setup = {
    scratch: options.scratch,
    versions,
    deployments,
    seed: options.seed,
    from: plan.from.getTime(),
    to: plan.to.getTime(),
    keyPrefix: options.keyPrefix ?? '',
    actorIds: [...(await userActors(target))],
  };
  options.onProgress?.({ cases: 0, events: 0, phase: 'templates' });
  const t0 = performance.now();
  const library = await caseTemplates(setup, plan.districts, options.templatesPerDistrict ?? 6, logger, options.workers ?? 1, options.signal);
  const templateSeconds = (performance.now() - t0) / 1000;

  const { rows } = await target.query<{ id: string }>(
    `INSERT INTO simulation_runs (mode, seed, settings, period_from, period_to) VALUES ('bulk', $1, $2, $3, $4) RETURNING id`,
    [options.seed, JSON.stringify({ cases: options.cases, months: options.months, districts: plan.districts, keyPrefix: options.keyPrefix ?? '' }), plan.from, plan.to],
  );
  const runId = Number(rows[0]!.id);
  const result: BulkResult = { runId, from: plan.from, to: plan.to, cases: 0, referred: 0, events: 0, tasksCompleted: 0, openTasks: 0, districts: [], templateSeconds, writeSeconds: 0 };
  const rollups = new Map<string, Rollup>();
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let columns = new EventColumns();
  const t1 = performance.now();

  const flush = async () => {
    if (!columns.size) return;
    const batch = columns;
    columns = new EventColumns();
    while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    if (failure) throw failure;
    const write = insertEvents(target, batch, runId)
      .then(() => {
        result.events += batch.size;
        options.onProgress?.({ cases: result.cases, events: result.events, phase: batch.district[0] ?? '' });
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
  };

  const rollup = (code: string, version: number, district: string, elementId: string, at: number, delta: Partial<Rollup>) => {
    const day = beijingDate(new Date(at));
    const key = `${code}|${version}|${district}|${elementId}|${day}`;
    let row = rollups.get(key);
    if (!row) {
      row = { code, version, district, element_id: elementId, day, entered: 0, completed: 0, cancelled: 0, late: 0, duration_ms_sum: 0 };
      rollups.set(key, row);
    }
    row.entered += delta.entered ?? 0;
    row.completed += delta.completed ?? 0;
    row.cancelled += delta.cancelled ?? 0;
    row.late += delta.late ?? 0;
    row.duration_ms_sum += delta.duration_ms_sum ?? 0;
  };

  /** Writes one copy of a family, started `shift` ms later than the template, as new cases. */
  const emit = (family: CaseFamily, shift: number, rng: Random, sequence: number, abbr: string) => {
    const end = plan.to.getTime();
    const ids = family.members.map(() => seededUuid(rng));
    const taskIds = Array.from({ length: family.tasks }, () => seededUuid(rng));
    const keys = family.members.map((_, i) => `${options.keyPrefix ?? ''}B${runId}-${abbr}-${sequence}${i ? `/${i}` : ''}`);
    const started = new Set<number>();
    for (const e of family.events) {
      const at = family.start + shift + e.offset;
      if (at >= end) continue;
      const member = family.members[e.member]!;
      const district = family.district;
      if (e.kind === 'case_started') started.add(e.member);
      let data = e.data;
      if (e.dueOffset !== null || e.caseKey || e.ref) {
        data = { ...e.data };
        if (e.dueOffset !== null) data['dueAt'] = new Date(family.start + shift + e.dueOffset).toISOString();
        if (e.caseKey) data['caseKey'] = keys[e.member];
        if (e.ref) data[e.ref.key] = ids[e.ref.member];
      }
      columns.caseId.push(ids[e.member]!);
      columns.code.push(member.code);
      columns.version.push(member.version);
      columns.district.push(district);
      columns.organisation.push(member.organisation);
      columns.kind.push(e.kind);
      columns.elementId.push(e.elementId);
      columns.elementType.push(e.elementType);
      columns.taskId.push(e.task >= 0 ? taskIds[e.task]! : null);
      columns.actor.push(e.actor);
      columns.at.push(new Date(at).toISOString());
      columns.durationMs.push(e.durationMs);
      columns.data.push(data === null ? null : JSON.stringify(data));
      if (e.elementId) {
        if (e.kind === 'element_entered') rollup(member.code, member.version, district, e.elementId, at, { entered: 1 });
        else if (e.kind === 'element_left') {
          const completed = e.data?.['outcome'] === 'completed';
          rollup(member.code, member.version, district, e.elementId, at, completed ? { completed: 1, duration_ms_sum: Math.round(e.durationMs ?? 0) } : { cancelled: 1 });
        } else if (e.kind === 'task_completed' && e.data?.['late'] === true) rollup(member.code, member.version, district, e.elementId, at, { late: 1 });
        if (e.kind === 'task_completed') result.tasksCompleted += 1;
      }
    }
    for (const i of started) {
      columns.cases.push({ id: ids[i]!, district: family.district });
      if (i === 0) result.cases += 1;
      else result.referred += 1;
    }
  };

  try {
    for (const district of plan.districts) {
      const families = library.get(district) ?? [];
      const count = plan.perDistrict.get(district) ?? 0;
      if (!families.length || !count) continue;
      const rng = seededRandom(`${options.seed}/bulk/${district}`);
      const abbr = districtProfile(district).abbr;
      for (let i = 0; i < count; i++) {
        if (options.signal?.aborted) break;
        const family = rng.pick(families);
        // Whole weeks keep each event on its weekday and hour, inside office hours where it was.
        const lo = Math.ceil((plan.from.getTime() - family.start) / WEEK);
        const hi = Math.floor((plan.to.getTime() - 1 - family.start) / WEEK);
        emit(family, rng.int(lo, Math.max(lo, hi)) * WEEK, rng, i + 1, abbr);
        if (columns.size >= BATCH) await flush();
      }
    }
    await flush();
    await Promise.all(inFlight);
    if (failure) throw failure;
    const rollupRows = [...rollups.values()];
    await target.transaction(async (tx) => {
      await addRollups(tx, ['code', 'version', 'district', 'element_id', 'day', 'entered', 'completed', 'cancelled', 'late', 'duration_ms_sum'], rollupRows, runId);
      await tx.query(`UPDATE simulation_runs SET cases = $2, events = $3, finished_at = ${options.signal?.aborted ? 'NULL' : 'now()'} WHERE id = $1`, [
        runId,
        result.cases + result.referred,
        result.events,
      ]);
    });
  } finally {
    await Promise.allSettled(inFlight);
  }
  result.writeSeconds = (performance.now() - t1) / 1000;
  return result;
}
