/**
 * Bulk mode, for benchmark volumes (millions of events): a few cases per district are played through
 * the engine as templates (case-templates.ts), then copies of them, at other weeks of the period and
 * under new ids, are written straight into the event log (COPY into PostgreSQL, else multi-row
 * INSERTs), with their rollups and their indicators' facts: each template occurrence shifted like its
 * events, and the closed ones summed into indicator rollups by the engine's rule (the Beijing day of
 * the opening), so indicators over bulk history read as if the cases had been played. An occurrence
 * that a copy would close after the period's end is written open, as the case stands then.
 * Everything is labelled: a simulation run of mode `bulk`, every case in simulated_cases, the
 * rollups' share in simulated_rollups, and the occurrences and indicator rollups `simulated`. Bulk
 * cases have events, rollups and indicator facts only — no case file, tasks or timers — so they weigh
 * on supervision's queries and never reach anyone's inbox.
 *
 * @example
 *   await simulateBulk({ target, cases: 200_000, months: 12, seed: '1', until, scratch, logger });
 */
import { availableParallelism } from 'node:os';
import { DISTRICTS } from '@jingzhun/standards';
import { seededRandom, type Random } from '../../random/seeded-random';
import { apportion } from '../district-history';
import { districtProfile } from '../district-profiles';
import { addRollups } from '../history-copy';
import { planSimulation, recordSimulationRun, runnerSetup, type SimulationOptions, type SimulationResult } from '../simulate';
import { caseTemplates, type CaseFamily } from './case-templates';
import { isoInstant } from './iso-instant';
import { copySink, EventColumns, insertSink, prepareEvent, prepareOccurrence, type EventSink, type OccurrenceState, type PreparedEvent, type PreparedOccurrence } from './event-sinks';
import { IndicatorRollups } from './indicator-rollups';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const BEIJING = 8 * 3600_000;
/** Events per batch (one COPY or INSERT, one transaction). */
const BATCH = 40_000;
/**
 * Batches in flight at once, each on a connection of its own: one per core. More than that only makes
 * the COPYs contend (on two cores, three in flight wrote 90–100k events/s, two 114k).
 */
const IN_FLIGHT = Math.max(2, availableParallelism());

export interface BulkOptions extends Omit<SimulationOptions, 'onCase' | 'onDistrict' | 'skipDistricts' | 'runId'> {
  /** Cases per district played through the engine as templates (default 6). */
  templatesPerDistrict?: number | undefined;
  /** Write about this many events instead of `cases` cases (shared by the districts as their population). */
  events?: number | undefined;
  /** The target's PostgreSQL server, for COPY (else multi-row INSERTs through the store). */
  databaseUrl?: string | undefined;
  /** Where the event rows go, when not the target (measurements of the generator alone). */
  sink?: EventSink | undefined;
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
  const hex = () => (Math.floor(rng.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
  const [a, b, c, d] = [hex(), hex(), hex(), hex()];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16)}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

/**
 * Case ids that grow with each case a district's bulk run writes (a fixed head, then a counter), so
 * the event log's index by case gets appended to rather than split all over: several times faster
 * than random ids at millions of events.
 */
export function caseIdSource(rng: Random): () => string {
  const head = (Math.floor(rng.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
  let n = 0;
  return () => {
    const count = (n++).toString(16).padStart(12, '0');
    const tail = (Math.floor(rng.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
    return `${head}-${count.slice(0, 4)}-${count.slice(4, 8)}-${count.slice(8, 12)}-0000${tail}`;
  };
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
  const setup = await runnerSetup(options, plan);
  options.onProgress?.({ cases: 0, events: 0, phase: 'templates' });
  const t0 = performance.now();
  const library = await caseTemplates(setup, plan.districts, options.templatesPerDistrict ?? 6, logger, options.workers ?? 1, options.signal);
  const templateSeconds = (performance.now() - t0) / 1000;

  const runId = await recordSimulationRun('bulk', options, plan);
  const result: BulkResult = { runId, from: plan.from, to: plan.to, cases: 0, referred: 0, events: 0, tasksCompleted: 0, openTasks: 0, districts: [], templateSeconds, writeSeconds: 0 };
  const rollups = new Map<string, Rollup>();
  const indicatorRollups = new IndicatorRollups();
  const inFlight = new Set<Promise<void>>();
  let pending = 0;
  const inFlightEvents = () => pending;
  let failure: unknown;
  let columns = new EventColumns();
  const sink: EventSink =
    options.sink ?? (target.kind === 'postgres' && options.databaseUrl ? await copySink(options.databaseUrl, target, IN_FLIGHT) : insertSink(target));
  const t1 = performance.now();

  const flush = async () => {
    if (!columns.size) return;
    const batch = columns;
    columns = new EventColumns();
    while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    if (failure) throw failure;
    pending += batch.size;
    const write = sink
      .write(batch, runId)
      .then(
        () => {
          pending -= batch.size;
          result.events += batch.size;
          options.onProgress?.({ cases: result.cases, events: result.events, phase: batch.events[0]?.district ?? '' });
        },
        (error: unknown) => {
          pending -= batch.size;
          failure ??= error;
        },
      )
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
  };

  /** A family's events made ready once: their fixed columns, data and rollup keys. */
  const prepared = new Map<CaseFamily, Array<{ event: PreparedEvent; data: string | null | undefined; open: string; rollup: string | null }>>();
  const prepare = (family: CaseFamily) => {
    let list = prepared.get(family);
    if (list) return list;
    list = family.events.map((e) => {
      const member = family.members[e.member]!;
      const event = prepareEvent({
        code: member.code,
        version: member.version,
        district: family.district,
        organisation: member.organisation,
        kind: e.kind,
        elementId: e.elementId,
        elementType: e.elementType,
        actor: e.actor,
        durationMs: e.durationMs,
      });
      const dynamic = e.dueOffset !== null || e.occurredOffset !== null || e.caseKey || e.ref !== null;
      const counted = e.elementId !== null && (e.kind === 'element_entered' || e.kind === 'element_left' || (e.kind === 'task_completed' && e.data?.['late'] === true));
      // The fixed part of changing data, its closing brace left off, so a copy only appends its own values.
      const fixed = JSON.stringify(e.data ?? {});
      return {
        event,
        data: dynamic ? undefined : e.data === null ? null : fixed,
        open: fixed === '{}' ? '{' : `${fixed.slice(0, -1)},`,
        rollup: counted ? `${member.code}|${member.version}|${family.district}|${e.elementId}|` : null,
      };
    });
    prepared.set(family, list);
    return list;
  };

  /** A family's occurrences made ready once: their fixed columns. */
  const preparedOccurrences = new Map<CaseFamily, PreparedOccurrence[]>();
  const prepareOccurrences = (family: CaseFamily) => {
    let list = preparedOccurrences.get(family);
    if (list) return list;
    list = family.occurrences.map((o) => {
      const member = family.members[o.member]!;
      return prepareOccurrence({
        indicator: o.indicator,
        seq: o.seq,
        code: member.code,
        version: member.version,
        district: family.district,
        organisation: member.organisation,
        kind: o.kind,
      });
    });
    preparedOccurrences.set(family, list);
    return list;
  };

  /** Counts an event into the rollup of its (version, district, element, Beijing day). */
  const rollup = (prefix: string, at: number, e: CaseFamily['events'][number], member: CaseFamily['members'][number], district: string) => {
    const dayNumber = Math.floor((at + BEIJING) / DAY);
    const key = prefix + dayNumber;
    let row = rollups.get(key);
    if (!row) {
      const day = new Date(dayNumber * DAY).toISOString().slice(0, 10);
      row = { code: member.code, version: member.version, district, element_id: e.elementId!, day, entered: 0, completed: 0, cancelled: 0, late: 0, duration_ms_sum: 0 };
      rollups.set(key, row);
    }
    if (e.kind === 'element_entered') row.entered += 1;
    else if (e.kind === 'task_completed') row.late += 1;
    else if (e.data?.['outcome'] === 'completed') {
      row.completed += 1;
      row.duration_ms_sum += Math.round(e.durationMs ?? 0);
    } else row.cancelled += 1;
  };

  /** Writes one copy of a family, started `shift` ms later than the template, as new cases. */
  const emit = (family: CaseFamily, shift: number, rng: Random, nextCaseId: () => string, sequence: number, abbr: string) => {
    const end = plan.to.getTime();
    const ready = prepare(family);
    const ids = family.members.map(() => nextCaseId());
    const taskIds = Array.from({ length: family.tasks }, () => seededUuid(rng));
    const keys = family.members.map((_, i) => `${options.keyPrefix ?? ''}B${runId}-${abbr}-${sequence}${i ? `/${i}` : ''}`);
    const started = new Set<number>();
    for (let n = 0; n < family.events.length; n++) {
      const e = family.events[n]!;
      const at = family.start + shift + e.offset;
      if (at >= end) continue;
      const { event, data: fixed, open, rollup: prefix } = ready[n]!;
      if (e.kind === 'case_started') started.add(e.member);
      let data = fixed;
      if (data === undefined) {
        // Keys, ids and ISO times need no JSON escaping.
        data = open;
        if (e.dueOffset !== null) data += `"dueAt":"${isoInstant(family.start + shift + e.dueOffset)}",`;
        if (e.occurredOffset !== null) data += `"occurredAt":"${isoInstant(family.start + shift + e.occurredOffset)}",`;
        if (e.caseKey) data += `"caseKey":"${keys[e.member]}",`;
        if (e.ref) data += `"${e.ref.key}":"${ids[e.ref.member]}",`;
        data = `${data.slice(0, -1)}}`;
      }
      columns.push(event, ids[e.member]!, e.task >= 0 ? taskIds[e.task]! : null, at, data);
      if (prefix) rollup(prefix, at, e, family.members[e.member]!, family.district);
      if (e.kind === 'task_completed') result.tasksCompleted += 1;
    }
    const occurrences = prepareOccurrences(family);
    const base = family.start + shift;
    const shifted = (offset: number | null) => (offset === null ? null : base + offset);
    for (let n = 0; n < family.occurrences.length; n++) {
      const o = family.occurrences[n]!;
      const opened = base + o.opened;
      // Opened by an event after the end: not written, as that event is not.
      if (opened >= end) continue;
      const occurrence = occurrences[n]!;
      const closed = shifted(o.closed);
      // A recurrence's activity after the end is not known when its copy's history stops: its span's start.
      const last = o.last === null ? null : base + o.last < end ? base + o.last : opened;
      const deadlines = { deadline: shifted(o.deadline), cityDeadline: shifted(o.cityDeadline) };
      const state: OccurrenceState =
        closed === null || closed < end
          ? { opened, closed, ...deadlines, last, outcome: o.outcome, cityOutcome: o.cityOutcome, value: o.value, ok: o.ok }
          : // Closed after the end in the template: still open when the copy's history stops, with its last deadline.
            { opened, closed: null, ...deadlines, last, outcome: 'open', cityOutcome: null, value: null, ok: null };
      columns.occurrences.push(occurrence, ids[o.member]!, state);
      indicatorRollups.add(occurrence, state);
    }
    for (const i of started) {
      columns.cases.push({ id: ids[i]!, district: family.district });
      if (i === 0) result.cases += 1;
      else result.referred += 1;
    }
  };

  try {
    const budgets = options.events ? apportion(options.events, plan.districts.map((d) => [d, DISTRICTS.find((x) => x.code === d)!.population] as const)) : undefined;
    for (const district of plan.districts) {
      const families = library.get(district) ?? [];
      const count = budgets ? Number.POSITIVE_INFINITY : (plan.perDistrict.get(district) ?? 0);
      if (!families.length || !count) continue;
      const rng = seededRandom(`${options.seed}/bulk/${district}`);
      const nextCaseId = caseIdSource(seededRandom(`${options.seed}/bulk/${district}/ids/${runId}`));
      const abbr = districtProfile(district).abbr;
      const stopAt = budgets ? result.events + inFlightEvents() + columns.size + (budgets.get(district) ?? 0) : Number.POSITIVE_INFINITY;
      for (let i = 0; i < count; i++) {
        if (options.signal?.aborted) break;
        if (result.events + inFlightEvents() + columns.size >= stopAt) break;
        const family = rng.pick(families);
        // Whole weeks keep each event on its weekday and hour, inside office hours where it was.
        const lo = Math.ceil((plan.from.getTime() - family.start) / WEEK);
        const hi = Math.floor((plan.to.getTime() - 1 - family.start) / WEEK);
        emit(family, rng.int(lo, Math.max(lo, hi)) * WEEK, rng, nextCaseId, i + 1, abbr);
        if (columns.size >= BATCH) await flush();
      }
    }
    await flush();
    await Promise.all(inFlight);
    if (failure) throw failure;
    const rollupRows = [...rollups.values()];
    await target.transaction(async (tx) => {
      await addRollups(tx, ['code', 'version', 'district', 'element_id', 'day', 'entered', 'completed', 'cancelled', 'late', 'duration_ms_sum'], rollupRows, runId);
      await indicatorRollups.write(tx);
      await tx.query(`UPDATE simulation_runs SET cases = $2, events = $3, finished_at = ${options.signal?.aborted ? 'NULL' : 'now()'} WHERE id = $1`, [
        runId,
        result.cases + result.referred,
        result.events,
      ]);
    });
  } finally {
    await Promise.allSettled(inFlight);
    await sink.close();
  }
  result.writeSeconds = (performance.now() - t1) / 1000;
  return result;
}
