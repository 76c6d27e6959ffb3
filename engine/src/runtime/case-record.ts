/**
 * A case as stored: the row, read and written by the commands. `revision` is what the command read;
 * saving writes `revision + 1` only where the row still has it, else the command lost a race.
 */
import { CaseConflictError, CaseNotFoundError } from '../errors';
import type { Queryable } from '../store';
import type { Position } from './case-run';
import { byKey, scopeClause } from './scope';
import type { CaseStatus, Scope } from './types';

export interface CaseRecord {
  id: string;
  caseKey: string;
  code: string;
  version: number;
  district: string;
  organisation: string | null;
  status: CaseStatus;
  incident: boolean;
  revision: number;
  state: Buffer | null;
  variables: Record<string, unknown>;
  parameters: Record<string, number>;
  position: Position;
  parentCaseId: string | null;
  parentElementId: string | null;
  parentExecutionId: string | null;
  startedAt: Date;
  startedBy: string;
  endedAt: Date | null;
  cancelReason: string | null;
}

export interface CaseRow {
  id: string;
  case_key: string;
  code: string;
  version: number;
  district: string;
  organisation: string | null;
  status: CaseStatus;
  incident: boolean;
  revision: number;
  state: Uint8Array | null;
  variables: Record<string, unknown>;
  parameters: Record<string, number>;
  position: Position;
  parent_case_id: string | null;
  parent_element_id: string | null;
  parent_execution_id: string | null;
  started_at: Date;
  started_by: string;
  ended_at: Date | null;
  cancel_reason: string | null;
}

export function toRecord(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    caseKey: row.case_key,
    code: row.code,
    version: row.version,
    district: row.district,
    organisation: row.organisation,
    status: row.status,
    incident: row.incident,
    revision: row.revision,
    state: row.state ? Buffer.from(row.state.buffer, row.state.byteOffset, row.state.byteLength) : null,
    variables: row.variables,
    parameters: row.parameters,
    position: row.position,
    parentCaseId: row.parent_case_id,
    parentElementId: row.parent_element_id,
    parentExecutionId: row.parent_execution_id,
    startedAt: row.started_at,
    startedBy: row.started_by,
    endedAt: row.ended_at,
    cancelReason: row.cancel_reason,
  };
}

/**
 * The columns of a case row, named: statements kept prepared must not change their result's shape
 * when a later migration adds a column (PostgreSQL refuses to run such a statement again).
 */
const CASE_COLUMNS = [
  'id',
  'case_key',
  'code',
  'version',
  'district',
  'organisation',
  'status',
  'incident',
  'revision',
  'state',
  'variables',
  'parameters',
  'position',
  'parent_case_id',
  'parent_element_id',
  'parent_execution_id',
  'started_at',
  'started_by',
  'ended_at',
  'cancel_reason',
] as const satisfies ReadonlyArray<keyof CaseRow>;

/**
 * The case columns of table alias `alias` for a select list; with a `prefix`, each is renamed
 * `prefix` + column, for a statement that reads another table's columns of the same names beside them.
 */
export function caseColumns(alias: string, prefix = ''): string {
  return CASE_COLUMNS.map((column) => `${alias}.${column}${prefix ? ` AS ${prefix}${column}` : ''}`).join(', ');
}

/** The case row in a result row whose case columns were read with `caseColumns(alias, prefix)`. */
export function prefixedCaseRow(row: Record<string, unknown>, prefix: string): CaseRow {
  const caseRow: Record<string, unknown> = {};
  for (const column of CASE_COLUMNS) caseRow[column] = row[`${prefix}${column}`];
  return caseRow as unknown as CaseRow;
}

/** A case by id; the scope's conditions are appended. */
export const CASE_BY_ID = `${byKey('cases', 'c')} SELECT ${caseColumns('c')} FROM c WHERE true`;

/** Loads a case inside the scope; CASE_NOT_FOUND when it does not exist there. */
export async function loadCase(q: Queryable, id: string, scope: Scope): Promise<CaseRecord> {
  if (!isUuid(id)) throw new CaseNotFoundError(id);
  const params: unknown[] = [id];
  const { rows } = await q.query<CaseRow>(`${CASE_BY_ID}${scopeClause(scope, params, 'c')}`, params, { prepare: true });
  if (!rows[0]) throw new CaseNotFoundError(id);
  return toRecord(rows[0]);
}

/** Inserts a new case (revision 1) or writes the next revision of an existing one. */
export async function saveCase(q: Queryable, record: CaseRecord, isNew: boolean, now: Date): Promise<CaseRecord> {
  const state = record.state;
  if (isNew) {
    await q.query(
      `INSERT INTO cases (id, case_key, code, version, district, organisation, status, incident, revision, state, variables, parameters,
         position, parent_case_id, parent_element_id, parent_execution_id, started_at, started_by, ended_at, cancel_reason, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
      [
        record.id,
        record.caseKey,
        record.code,
        record.version,
        record.district,
        record.organisation,
        record.status,
        record.incident,
        state,
        JSON.stringify(record.variables),
        JSON.stringify(record.parameters),
        JSON.stringify(record.position),
        record.parentCaseId,
        record.parentElementId,
        record.parentExecutionId,
        record.startedAt,
        record.startedBy,
        record.endedAt,
        record.cancelReason,
        now,
      ],
    );
    return { ...record, revision: 1 };
  }
  const result = await q.query(
    `UPDATE cases SET status = $3, incident = $4, revision = revision + 1, state = $5, variables = $6, position = $7,
       ended_at = $8, cancel_reason = $9, updated_at = $10
     WHERE id = $1 AND revision = $2`,
    [
      record.id,
      record.revision,
      record.status,
      record.incident,
      state,
      JSON.stringify(record.variables),
      JSON.stringify(record.position),
      record.endedAt,
      record.cancelReason,
      now,
    ],
  );
  if (result.rowCount === 0) throw new CaseConflictError(record.id);
  return { ...record, revision: record.revision + 1 };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is simply not found (and never reaches SQL as a bad uuid). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
