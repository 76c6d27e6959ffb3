/**
 * The event log: every transition of a case appended to `case_events`, and the daily rollups per
 * (version, district, element, Beijing day) appended in the same transaction as deltas (one row per key
 * and command, summed by readers, folded by `compactRollups`), so concurrent commands never wait on a
 * shared counter row.
 *
 * @example
 *   const log = new EventBatch(now, actor);
 *   log.add(caseInfo, 'task_completed', { elementId: 'assess', taskId });
 *   log.rollup(caseInfo, 'assess', { completed: 1, durationMs: 3600_000 });
 *   await log.write(tx); // or log.statementParts(params) inside a statement that writes the case too
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

/** Parameters of one statement, each written with its cast: `p.add(ids, 'uuid[]')` → `$3::uuid[]`. */
export class StatementParams {
  readonly values: unknown[] = [];

  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

interface RollupRow extends Required<RollupDelta> {
  caseId: string;
  code: string;
  version: number;
  district: string;
  elementId: string;
  day: string;
}

export class EventBatch {
  private readonly events: PendingEvent[] = [];
  private readonly rollups = new Map<string, RollupRow>();
  private readonly day: string;

  constructor(
    private readonly at: Date,
    private readonly actor: string | null,
  ) {
    this.day = beijingDate(at);
  }

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
    // Kept per case, so a batch of several cases can write only the rows of the cases it saved.
    const key = `${info.id}\u0000${info.code}\u0000${info.version}\u0000${info.district}\u0000${elementId}`;
    let row = this.rollups.get(key);
    if (!row) {
      row = { caseId: info.id, code: info.code, version: info.version, district: info.district, elementId, day: this.day, entered: 0, completed: 0, cancelled: 0, late: 0, durationMs: 0 };
      this.rollups.set(key, row);
    }
    row.entered += delta.entered ?? 0;
    row.completed += delta.completed ?? 0;
    row.cancelled += delta.cancelled ?? 0;
    row.late += delta.late ?? 0;
    row.durationMs += delta.durationMs ?? 0;
  }

  /** Takes over what `other` collected (a step that succeeded inside a larger batch); `keep` leaves `other` as it was. */
  absorb(other: EventBatch, options: { keep?: boolean } = {}): void {
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
    if (!options.keep) other.clear();
  }

  clear(): void {
    this.events.length = 0;
    this.rollups.clear();
  }

  /**
   * The CTEs (`name AS (…)`) that append the events and the rollup deltas, for a statement that writes
   * more besides. `savedCases`, when given, is a query of case ids: only their rows are written;
   * `returning` makes the appended events readable (as `events`) in the statement's final SELECT.
   */
  statementParts(p: StatementParams, savedCases?: string, options: { returning?: boolean } = {}): string[] {
    const only = (column: string) => (savedCases ? ` WHERE ${column} IN (${savedCases})` : '');
    const parts: string[] = [];
    const e = this.events;
    if (e.length) {
      const columns = [
        p.add(e.map((x) => x.caseId), 'uuid[]'),
        p.add(e.map((x) => x.code), 'text[]'),
        p.add(e.map((x) => x.version), 'int[]'),
        p.add(e.map((x) => x.district), 'text[]'),
        p.add(e.map((x) => x.organisation), 'text[]'),
        p.add(e.map((x) => x.kind), 'text[]'),
        p.add(e.map((x) => x.elementId), 'text[]'),
        p.add(e.map((x) => x.elementType), 'text[]'),
        p.add(e.map((x) => x.taskId), 'uuid[]'),
        p.add(e.map((x) => x.actor), 'text[]'),
        p.add(e.map((x) => x.at.toISOString()), 'timestamptz[]'),
        p.add(e.map((x) => (x.durationMs === null ? null : Math.round(x.durationMs))), 'bigint[]'),
        p.add(e.map((x) => (x.data === null ? null : JSON.stringify(x.data))), 'jsonb[]'),
      ];
      parts.push(`events AS (
        INSERT INTO case_events (case_id, code, version, district, organisation, kind, element_id, element_type, task_id, actor, at, duration_ms, data)
        SELECT * FROM unnest(${columns.join(', ')}) AS e(case_id)${only('e.case_id')}${options.returning ? ' RETURNING *' : ''})`);
    }
    const r = [...this.rollups.values()];
    if (r.length) {
      const columns = [
        p.add(r.map((x) => x.caseId), 'uuid[]'),
        p.add(r.map((x) => x.code), 'text[]'),
        p.add(r.map((x) => x.version), 'int[]'),
        p.add(r.map((x) => x.district), 'text[]'),
        p.add(r.map((x) => x.elementId), 'text[]'),
        p.add(r.map((x) => x.day), 'date[]'),
        p.add(r.map((x) => x.entered), 'int[]'),
        p.add(r.map((x) => x.completed), 'int[]'),
        p.add(r.map((x) => x.cancelled), 'int[]'),
        p.add(r.map((x) => x.late), 'int[]'),
        p.add(r.map((x) => Math.round(x.durationMs)), 'bigint[]'),
      ];
      parts.push(`rollups AS (
        INSERT INTO element_rollups (code, version, district, element_id, day, entered, completed, cancelled, late, duration_ms_sum)
        SELECT code, version, district, element_id, day, sum(entered), sum(completed), sum(cancelled), sum(late), sum(duration_ms)
        FROM unnest(${columns.join(', ')}) AS r(case_id, code, version, district, element_id, day, entered, completed, cancelled, late, duration_ms)${only('r.case_id')}
        GROUP BY code, version, district, element_id, day)`);
    }
    return parts;
  }

  /** Appends the events and the rollup deltas in one statement. */
  async write(q: Queryable): Promise<void> {
    const p = new StatementParams();
    const parts = this.statementParts(p);
    if (!parts.length) return;
    await q.query(`WITH ${parts.join(',\n')} SELECT 1`, p.values);
    this.clear();
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
