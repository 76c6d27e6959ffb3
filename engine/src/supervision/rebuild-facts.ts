/**
 * The indicator facts of cases whose commands did not keep them — history from before the facts
 * existed — made again from the event log: each case's events are replayed, command by command,
 * through the same tracker the commands use, so the occurrences and rollups are those the commands
 * would have written.
 *
 * @example
 *   const { cases } = await rebuildMissingIndicatorFacts(store, versions);
 */
import { beijingDate, isServiceRecordKind, type ServiceRecordKind } from '@jingzhun/standards';
import type { Transition } from '../runtime/case-run';
import type { VersionSystem } from '../runtime/version-system';
import type { Queryable, Store } from '../store';
import { trackIndicators, type IndicatorChanges, type IndicatorState, type OccurrenceWrite } from './indicator-tracker';

interface CaseRow {
  id: string;
  code: string;
  version: number;
  district: string;
  organisation: string | null;
  parameters: Record<string, number>;
  started_at: Date;
  simulated: boolean;
}

interface EventRow {
  case_id: string;
  kind: string;
  element_id: string | null;
  task_id: string | null;
  at: Date;
  data: Record<string, unknown> | null;
}

const BATCH = 200;

/** Replays one case's events (in order) through the tracker; the occurrences as last written, and the rollup deltas. */
async function replay(c: CaseRow, events: EventRow[], versions: VersionSystem, answers: Map<string, { elementId: string; data: Record<string, unknown> }>, q: Queryable) {
  const { version, model } = await versions.compiled(c.code, c.version, q);
  const indicators = version.standard.indicators;
  const occurrences = new Map<string, OccurrenceWrite>();
  const rollups: IndicatorChanges['rollups'] = [];
  if (!indicators.length) return { occurrences: [], rollups };
  let state: IndicatorState | undefined;
  const active = new Map<string, number>();
  // The events of one command share its instant.
  for (let i = 0; i < events.length; ) {
    const at = events[i]!.at.getTime();
    let j = i;
    while (j < events.length && events[j]!.at.getTime() === at) j += 1;
    const group = events.slice(i, j);
    i = j;
    const transitions: Transition[] = [];
    let answer: { elementId: string; data: Record<string, unknown> } | undefined;
    const records: { kind: ServiceRecordKind; occurredAt: Date }[] = [];
    for (const e of group) {
      if (e.kind === 'element_entered' && e.element_id) {
        transitions.push({ kind: 'entered', elementId: e.element_id, elementType: '', executionId: '' });
        active.set(e.element_id, (active.get(e.element_id) ?? 0) + 1);
      } else if (e.kind === 'element_left' && e.element_id) {
        const outcome = e.data?.['outcome'] === 'completed' ? 'completed' : 'cancelled';
        transitions.push({ kind: 'left', elementId: e.element_id, elementType: '', executionId: '', outcome, durationMs: 0 });
        const n = (active.get(e.element_id) ?? 1) - 1;
        if (n > 0) active.set(e.element_id, n);
        else active.delete(e.element_id);
      } else if (e.kind === 'task_completed' && e.task_id) {
        answer = answers.get(e.task_id);
      } else if (e.kind === 'record_added' && isServiceRecordKind(e.data?.['kind']) && typeof e.data?.['occurredAt'] === 'string') {
        records.push({ kind: e.data['kind'], occurredAt: new Date(e.data['occurredAt']) });
      }
    }
    if (group.some((e) => e.kind === 'case_cancelled')) {
      // Cancelling runs nothing: what was open closes as cancelled, counted on its opening day.
      for (const [key, o] of occurrences) {
        if (o.outcome !== 'open') continue;
        occurrences.set(key, { ...o, outcome: 'cancelled', closedAt: new Date(at).toISOString() });
        rollups.push({ indicator: o.indicator, day: beijingDate(new Date(o.openedAt)), met: 0, breached: 0, cityMet: 0, cityBreached: 0, void: 0, cancelled: 1, ok: 0, valueSum: 0, valueN: 0 });
      }
      break;
    }
    const tracked = trackIndicators({
      indicators,
      model,
      parameters: c.parameters,
      definitions: version.standard.parameters,
      state,
      isNew: group.some((e) => e.kind === 'case_started'),
      startedAt: c.started_at,
      now: new Date(at),
      transitions,
      answer,
      records,
      ended: group.some((e) => e.kind === 'case_completed'),
      active: [...active.keys()],
    });
    state = tracked.state;
    for (const o of tracked.occurrences) occurrences.set(`${o.indicator}\u0000${o.seq}`, o);
    rollups.push(...tracked.rollups);
  }
  return { occurrences: [...occurrences.values()], rollups };
}

/**
 * Builds the facts of the cases that have none, `BATCH` cases per transaction. Cases written only as
 * bulk events (no case row) are left out; a case whose events meet no indicator gets none again.
 */
export async function rebuildMissingIndicatorFacts(store: Store, versions: VersionSystem): Promise<{ cases: number }> {
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows: cases } = await store.query<CaseRow>(
      `SELECT c.id, c.code, c.version, c.district, c.organisation, c.parameters, c.started_at,
              EXISTS (SELECT 1 FROM simulated_cases s WHERE s.case_id = c.id) AS simulated
         FROM cases c
        WHERE c.id > $1 AND NOT EXISTS (SELECT 1 FROM indicator_occurrences o WHERE o.case_id = c.id)
        ORDER BY c.id LIMIT ${BATCH}`,
      [after],
    );
    if (!cases.length) return { cases: done };
    after = cases[cases.length - 1]!.id;
    const ids = cases.map((c) => c.id);
    await store.transaction(async (tx) => {
      const [events, tasks] = await Promise.all([
        tx.query<EventRow>('SELECT case_id, kind, element_id, task_id, at, data FROM case_events WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, id', [ids]),
        tx.query<{ id: string; element_id: string; data: Record<string, unknown> | null }>(`SELECT id, element_id, data FROM tasks WHERE case_id = ANY($1::uuid[]) AND status = 'completed'`, [ids]),
      ]);
      const answers = new Map(tasks.rows.map((t) => [t.id, { elementId: t.element_id, data: t.data ?? {} }]));
      const occurrences: Array<{ c: CaseRow; o: OccurrenceWrite }> = [];
      const rollups: Array<{ c: CaseRow; r: IndicatorChanges['rollups'][number] }> = [];
      for (const c of cases) {
        const replayed = await replay(c, events.rows.filter((e) => e.case_id === c.id), versions, answers, tx);
        for (const o of replayed.occurrences) occurrences.push({ c, o });
        for (const r of replayed.rollups) rollups.push({ c, r });
      }
      if (occurrences.length) {
        const col = <T>(pick: (x: (typeof occurrences)[number]) => T) => occurrences.map(pick);
        await tx.query(
          `INSERT INTO indicator_occurrences (case_id, indicator, seq, code, version, district, organisation, kind, opened_at, closed_at,
             deadline_at, city_deadline_at, last_at, outcome, city_outcome, value, ok, simulated)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::timestamptz[],
             $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::text[], $15::text[], $16::float8[], $17::boolean[], $18::boolean[])
           ON CONFLICT DO NOTHING`,
          [
            col(({ c }) => c.id),
            col(({ o }) => o.indicator),
            col(({ o }) => o.seq),
            col(({ c }) => c.code),
            col(({ c }) => c.version),
            col(({ c }) => c.district),
            col(({ c }) => c.organisation),
            col(({ o }) => o.kind),
            col(({ o }) => o.openedAt),
            col(({ o }) => o.closedAt),
            col(({ o }) => o.deadlineAt),
            col(({ o }) => o.cityDeadlineAt),
            col(({ o }) => o.lastAt),
            col(({ o }) => o.outcome),
            col(({ o }) => o.cityOutcome),
            col(({ o }) => o.value),
            col(({ o }) => o.ok),
            col(({ c }) => c.simulated),
          ],
        );
      }
      if (rollups.length) {
        const col = <T>(pick: (x: (typeof rollups)[number]) => T) => rollups.map(pick);
        await tx.query(
          `INSERT INTO indicator_rollups (code, version, district, organisation, indicator, day, simulated, met, breached, city_met, city_breached, void, cancelled, ok, value_sum, value_n)
           SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::date[], $7::boolean[], $8::int[], $9::int[], $10::int[], $11::int[],
             $12::int[], $13::int[], $14::int[], $15::float8[], $16::int[])`,
          [
            col(({ c }) => c.code),
            col(({ c }) => c.version),
            col(({ c }) => c.district),
            col(({ c }) => c.organisation ?? ''),
            col(({ r }) => r.indicator),
            col(({ r }) => r.day),
            col(({ c }) => c.simulated),
            col(({ r }) => r.met),
            col(({ r }) => r.breached),
            col(({ r }) => r.cityMet),
            col(({ r }) => r.cityBreached),
            col(({ r }) => r.void),
            col(({ r }) => r.cancelled),
            col(({ r }) => r.ok),
            col(({ r }) => r.valueSum),
            col(({ r }) => r.valueN),
          ],
        );
      }
    });
    done += cases.length;
  }
}
