/**
 * Moves a district's simulated history from the scratch store it was made in to the platform's store,
 * in one transaction, labelled with its simulation run: cases with their state, tasks and timer jobs,
 * incidents, notifications, referrals and service records as they are, events appended in their order,
 * rollups added to the platform's (and recorded per run in simulated_rollups, so supervision can
 * subtract them), and the indicators' occurrences and rollups labelled `simulated`.
 *
 * Why a scratch store: the history's clock runs in the past, and a server's timer worker on the same
 * store would fire every simulated timer at today's time. Made apart and copied whole, the history
 * arrives finished; only timers still ahead of the real clock travel with it.
 *
 * @example
 *   const rows = await readHistory(scratch);
 *   await writeHistory(target, rows, runId);
 */
import type { Queryable, Store } from '@jingzhun/engine';

/** Tables of the runtime that hold a case's history, in an order that satisfies their foreign keys. */
const CASE_TABLES = ['cases', 'tasks', 'jobs', 'incidents', 'notifications', 'referrals', 'service_records'] as const;
/** The indicators' facts: copied with `simulated` set, so supervision can show or leave them out. */
const FACT_TABLES = ['indicator_occurrences', 'indicator_rollups'] as const;
const CHUNK = 2000;

async function columnsOf(q: Queryable, table: string): Promise<string[]> {
  const { rows } = await q.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'NO' AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => `"${r.column_name}"`);
}

async function rowsOf(q: Queryable, table: string, order: string, simulated = false): Promise<unknown[]> {
  const row = simulated ? `to_jsonb(t) || '{"simulated": true}'::jsonb` : 'to_jsonb(t)';
  const { rows } = await q.query<{ row: unknown }>(`SELECT ${row} AS row FROM ${table} t ORDER BY ${order}`);
  return rows.map((r) => r.row);
}

async function insertRows(tx: Queryable, table: string, columns: string[], rows: unknown[], suffix = ''): Promise<void> {
  const list = columns.join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO ${table} AS r (${list})
       SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) WITH ORDINALITY AS x ORDER BY x.ordinality${suffix}`,
      [JSON.stringify(rows.slice(i, i + CHUNK))],
    );
  }
}

/** A district's history as rows of the runtime's tables, ready to travel (between threads too). */
export interface HistoryRows {
  tables: Array<{ table: string; columns: string[]; rows: unknown[] }>;
  facts: Array<{ table: string; columns: string[]; rows: unknown[] }>;
  events: { columns: string[]; rows: unknown[] };
  rollups: { columns: string[]; rows: unknown[] };
  cases: Array<{ id: string; district: string }>;
}

/** Reads everything the scratch store holds: one district's history. */
export async function readHistory(scratch: Queryable): Promise<HistoryRows> {
  const tables: HistoryRows['tables'] = [];
  for (const table of CASE_TABLES) {
    // Parents before the cases they referred, so each case's parent is there when it arrives.
    const order = table === 'cases' ? '(parent_case_id IS NOT NULL), started_at, id' : table === 'service_records' ? 'recorded_at, id' : 'created_at, id';
    tables.push({ table, columns: await columnsOf(scratch, table), rows: await rowsOf(scratch, table, order) });
  }
  const cases = (tables[0]!.rows as Array<{ id: string; district: string }>).map((c) => ({ id: c.id, district: c.district }));
  const facts: HistoryRows['facts'] = [];
  for (const table of FACT_TABLES) {
    facts.push({ table, columns: await columnsOf(scratch, table), rows: await rowsOf(scratch, table, table === 'indicator_rollups' ? 'id' : 'case_id, indicator, seq', true) });
  }
  return {
    tables,
    facts,
    events: { columns: await columnsOf(scratch, 'case_events'), rows: await rowsOf(scratch, 'case_events', 'id') },
    rollups: { columns: await columnsOf(scratch, 'element_rollups'), rows: await rowsOf(scratch, 'element_rollups', 'code, version, district, element_id, day') },
    cases,
  };
}

/**
 * Writes a district's history into the platform's store in one transaction, labelled with the run;
 * `alongside` joins the transaction (to record that the district is done, together with its data).
 */
export async function writeHistory(
  target: Store,
  history: HistoryRows,
  runId: number,
  alongside?: (tx: Queryable) => Promise<void>,
): Promise<{ cases: number; events: number }> {
  await target.transaction(async (tx) => {
    for (const { table, columns, rows } of [...history.tables, ...history.facts]) await insertRows(tx, table, columns, rows);
    await insertRows(tx, 'case_events', history.events.columns, history.events.rows);
    await addRollups(tx, history.rollups.columns, history.rollups.rows, runId);
    for (let i = 0; i < history.cases.length; i += CHUNK) {
      const chunk = history.cases.slice(i, i + CHUNK);
      await tx.query(
        `INSERT INTO simulated_cases (case_id, run_id, district) SELECT id, $1, district FROM unnest($2::uuid[], $3::text[]) AS c(id, district)`,
        [runId, chunk.map((c) => c.id), chunk.map((c) => c.district)],
      );
    }
    await tx.query('UPDATE simulation_runs SET cases = cases + $2, events = events + $3 WHERE id = $1', [runId, history.cases.length, history.events.rows.length]);
    await alongside?.(tx);
  });
  return { cases: history.cases.length, events: history.events.rows.length };
}

/**
 * Adds rollup rows to the platform's (as deltas where the engine appends them, else summed into the
 * one row per key) and records the run's share in simulated_rollups.
 */
export async function addRollups(tx: Queryable, columns: string[], rows: unknown[], runId: number): Promise<void> {
  const keyed = await tx.query(
    `SELECT 1 FROM information_schema.table_constraints WHERE table_schema = current_schema() AND table_name = 'element_rollups' AND constraint_type = 'PRIMARY KEY'`,
  );
  const sums = `entered = r.entered + EXCLUDED.entered, completed = r.completed + EXCLUDED.completed,
    cancelled = r.cancelled + EXCLUDED.cancelled, late = r.late + EXCLUDED.late, duration_ms_sum = r.duration_ms_sum + EXCLUDED.duration_ms_sum`;
  await insertRows(tx, 'element_rollups', columns, rows, keyed.rows.length ? ` ON CONFLICT (code, version, district, element_id, day) DO UPDATE SET ${sums}` : '');
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO simulated_rollups AS r (run_id, code, version, district, element_id, day, entered, completed, cancelled, late, duration_ms_sum)
       SELECT $1, code, version, district, element_id, day, sum(entered), sum(completed), sum(cancelled), sum(late), sum(duration_ms_sum)
         FROM jsonb_populate_recordset(NULL::element_rollups, $2::jsonb)
        GROUP BY code, version, district, element_id, day
       ON CONFLICT (run_id, code, version, district, element_id, day) DO UPDATE SET ${sums}`,
      [runId, JSON.stringify(rows.slice(i, i + CHUNK))],
    );
  }
}

/** Empties the scratch store's case history for the next district (TRUNCATE: the event log refuses DELETE). */
export async function clearHistory(scratch: Queryable): Promise<void> {
  await scratch.query(`TRUNCATE ${['case_events', 'element_rollups', ...CASE_TABLES, ...FACT_TABLES].join(', ')} CASCADE`);
}
