/**
 * The event log: every transition of a case appended to `case_events`, and the daily rollups per
 * (version, district, element, Beijing day) appended in the same transaction as deltas (one row per key
 * and command, summed by readers, folded by `compactRollups`), so concurrent commands never wait on a
 * shared counter row.
 *
 * @example
 *   const log = new EventBatch(caseInfo, now, actor);
 *   log.add('task_completed', { elementId: 'assess', taskId });
 *   log.rollup('assess', { completed: 1, durationMs: 3600_000 });
 *   await log.write(tx);
 */
import { beijingDate } from '@jingzhun/standards';
import type { Queryable } from '../store';
import type { CaseEventKind } from './types';

export interface CaseInfo {
  id: string;
  code: string;
  version: number;
  district: string;
  organisation: string | null;
}

interface PendingEvent {
  caseId: string;
  code: string;
  version: number;
  district: string;
  organisation: string | null;
  kind: CaseEventKind;
  elementId: string | null;
  elementType: string | null;
  taskId: string | null;
  actor: string | null;
  at: Date;
  durationMs: number | null;
  data: Record<string, unknown> | null;
}

interface RollupDelta {
  entered?: number;
  completed?: number;
  cancelled?: number;
  late?: number;
  durationMs?: number;
}

export interface EventOptions {
  elementId?: string | null;
  elementType?: string | null;
  taskId?: string | null;
  actor?: string | null;
  durationMs?: number | null;
  data?: Record<string, unknown> | null;
}

export class EventBatch {
  private readonly events: PendingEvent[] = [];
  private readonly rollups = new Map<string, { code: string; version: number; district: string; elementId: string; day: string } & Required<RollupDelta>>();

  constructor(
    private readonly at: Date,
    private readonly actor: string | null,
  ) {}

  get size(): number {
    return this.events.length;
  }

  add(info: CaseInfo, kind: CaseEventKind, options: EventOptions = {}): void {
    this.events.push({
      caseId: info.id,
      code: info.code,
      version: info.version,
      district: info.district,
      organisation: info.organisation,
      kind,
      elementId: options.elementId ?? null,
      elementType: options.elementType ?? null,
      taskId: options.taskId ?? null,
      actor: options.actor === undefined ? this.actor : options.actor,
      at: this.at,
      durationMs: options.durationMs ?? null,
      data: options.data ?? null,
    });
  }

  rollup(info: CaseInfo, elementId: string, delta: RollupDelta): void {
    const day = beijingDate(this.at);
    const key = `${info.code}\u0000${info.version}\u0000${info.district}\u0000${elementId}\u0000${day}`;
    let row = this.rollups.get(key);
    if (!row) {
      row = { code: info.code, version: info.version, district: info.district, elementId, day, entered: 0, completed: 0, cancelled: 0, late: 0, durationMs: 0 };
      this.rollups.set(key, row);
    }
    row.entered += delta.entered ?? 0;
    row.completed += delta.completed ?? 0;
    row.cancelled += delta.cancelled ?? 0;
    row.late += delta.late ?? 0;
    row.durationMs += delta.durationMs ?? 0;
  }

  /** Takes over what `other` collected (a step that succeeded inside a larger batch). */
  absorb(other: EventBatch): void {
    this.events.push(...other.events);
    for (const [key, row] of other.rollups) {
      const mine = this.rollups.get(key);
      if (!mine) {
        this.rollups.set(key, { ...row });
        continue;
      }
      mine.entered += row.entered;
      mine.completed += row.completed;
      mine.cancelled += row.cancelled;
      mine.late += row.late;
      mine.durationMs += row.durationMs;
    }
    other.events.length = 0;
    other.rollups.clear();
  }

  /** Appends the events and the rollup deltas in one statement. */
  async write(q: Queryable): Promise<void> {
    const e = this.events;
    const r = [...this.rollups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
    if (!e.length && !r.length) return;
    const params: unknown[] = [];
    let events = '';
    if (e.length) {
      params.push(
        e.map((x) => x.caseId),
        e.map((x) => x.code),
        e.map((x) => x.version),
        e.map((x) => x.district),
        e.map((x) => x.organisation),
        e.map((x) => x.kind),
        e.map((x) => x.elementId),
        e.map((x) => x.elementType),
        e.map((x) => x.taskId),
        e.map((x) => x.actor),
        e.map((x) => x.at.toISOString()),
        e.map((x) => (x.durationMs === null ? null : Math.round(x.durationMs))),
        e.map((x) => (x.data === null ? null : JSON.stringify(x.data))),
      );
      events = `INSERT INTO case_events (case_id, code, version, district, organisation, kind, element_id, element_type, task_id, actor, at, duration_ms, data)
        SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::timestamptz[], $12::bigint[], $13::jsonb[])`;
    }
    let sql = events;
    if (r.length) {
      const n = params.length;
      params.push(
        r.map((x) => x.code),
        r.map((x) => x.version),
        r.map((x) => x.district),
        r.map((x) => x.elementId),
        r.map((x) => x.day),
        r.map((x) => x.entered),
        r.map((x) => x.completed),
        r.map((x) => x.cancelled),
        r.map((x) => x.late),
        r.map((x) => Math.round(x.durationMs)),
      );
      const p = (i: number) => `$${n + i}`;
      const rollups = `INSERT INTO element_rollups (code, version, district, element_id, day, entered, completed, cancelled, late, duration_ms_sum)
        SELECT * FROM unnest(${p(1)}::text[], ${p(2)}::int[], ${p(3)}::text[], ${p(4)}::text[], ${p(5)}::date[], ${p(6)}::int[], ${p(7)}::int[], ${p(8)}::int[], ${p(9)}::int[], ${p(10)}::bigint[])`;
      sql = events ? `WITH appended AS (${events} RETURNING 1) ${rollups}` : rollups;
    }
    await q.query(sql, params);
    this.events.length = 0;
    this.rollups.clear();
  }
}

/**
 * Folds the rollup deltas into one row per (version, district, element, day). Rows appended by
 * commands meanwhile are not seen by the delete and stay as they are; two compactions at once each
 * fold only the rows they deleted. Returns the rows removed.
 */
export async function compactRollups(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ removed: number }>(
    `WITH gone AS (DELETE FROM element_rollups RETURNING *),
       folded AS (
         INSERT INTO element_rollups (code, version, district, element_id, day, entered, completed, cancelled, late, duration_ms_sum)
         SELECT code, version, district, element_id, day, sum(entered), sum(completed), sum(cancelled), sum(late), sum(duration_ms_sum)
         FROM gone GROUP BY code, version, district, element_id, day
         RETURNING 1)
     SELECT (SELECT count(*) FROM gone) - (SELECT count(*) FROM folded) AS removed`,
  );
  return rows[0]?.removed ?? 0;
}
