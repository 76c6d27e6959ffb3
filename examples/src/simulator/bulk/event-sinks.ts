/**
 * Where bulk mode's event rows go, with the indicator occurrences of the same cases: PostgreSQL's COPY
 * on connections of their own (the fast way, for benchmark volumes), or multi-row INSERTs through the
 * store (PGlite, or wherever COPY is not at hand). Each batch is labelled in the same transaction: its
 * new cases go into simulated_cases, its occurrences carry `simulated`.
 *
 * @example
 *   const sink = target.kind === 'postgres' ? await copySink(databaseUrl, target) : insertSink(target);
 *   await sink.write(batch, runId); await sink.close();
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Queryable, Store } from '@jingzhun/engine';
import { isoInstant } from './iso-instant';

/** A template event made ready to be written many times: what never changes, also as COPY text. */
export interface PreparedEvent {
  code: string;
  version: number;
  district: string;
  organisation: string | null;
  kind: string;
  elementId: string | null;
  elementType: string | null;
  actor: string | null;
  durationMs: number | null;
  /** The columns from code to element_type in COPY's binary format. */
  head: Buffer;
  actorField: Buffer;
  durationField: Buffer;
}

/** One field of COPY's binary format: its length, then its bytes (a length of -1 is null). */
function field(bytes: Buffer | null): Buffer {
  if (bytes === null) return int32(-1);
  return Buffer.concat([int32(bytes.length), bytes]);
}

function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}

function int64(n: number): Buffer {
  const b = Buffer.alloc(8);
  writeInt64(b, 0, n);
  return b;
}

/** A whole number up to 2^53 as a big-endian int64. */
function writeInt64(b: Buffer, at: number, n: number): void {
  const high = Math.floor(n / 4294967296);
  b.writeInt32BE(high, at);
  b.writeUInt32BE(n - high * 4294967296, at + 4);
}

const text = (value: string | null) => field(value === null ? null : Buffer.from(value, 'utf8'));

export function prepareEvent(e: Omit<PreparedEvent, 'head' | 'actorField' | 'durationField'>): PreparedEvent {
  return {
    ...e,
    head: Buffer.concat([text(e.code), field(Buffer.from(int32(e.version))), text(e.district), text(e.organisation), text(e.kind), text(e.elementId), text(e.elementType)]),
    actorField: text(e.actor),
    durationField: field(e.durationMs === null ? null : int64(Math.round(e.durationMs))),
  };
}

/** A template occurrence made ready to be written many times: what never changes, also as COPY fields. */
export interface PreparedOccurrence {
  indicator: string;
  seq: number;
  code: string;
  version: number;
  district: string;
  organisation: string | null;
  kind: string;
  /** The columns from indicator to kind in COPY's binary format. */
  head: Buffer;
}

export function prepareOccurrence(o: Omit<PreparedOccurrence, 'head'>): PreparedOccurrence {
  return {
    ...o,
    head: Buffer.concat([text(o.indicator), field(int32(o.seq)), text(o.code), field(int32(o.version)), text(o.district), text(o.organisation), text(o.kind)]),
  };
}

/** An occurrence's outcome as a copy has it at the end of the period. */
export interface OccurrenceState {
  opened: number;
  closed: number | null;
  deadline: number | null;
  cityDeadline: number | null;
  last: number | null;
  outcome: string;
  cityOutcome: string | null;
  value: number | null;
  ok: boolean | null;
}

/** The indicator occurrences of a batch's cases: a prepared occurrence with the copy's case and state. */
export class OccurrenceColumns {
  occurrences: PreparedOccurrence[] = [];
  caseId: string[] = [];
  states: OccurrenceState[] = [];

  push(occurrence: PreparedOccurrence, caseId: string, state: OccurrenceState): void {
    this.occurrences.push(occurrence);
    this.caseId.push(caseId);
    this.states.push(state);
  }

  get size(): number {
    return this.occurrences.length;
  }
}

/** A batch of event rows — a prepared event with what differs from copy to copy — and the cases starting in it. */
export class EventColumns {
  events: PreparedEvent[] = [];
  caseId: string[] = [];
  taskId: Array<string | null> = [];
  at: number[] = [];
  data: Array<string | null> = [];
  cases: Array<{ id: string; district: string }> = [];
  occurrences = new OccurrenceColumns();

  push(event: PreparedEvent, caseId: string, taskId: string | null, at: number, data: string | null): void {
    this.events.push(event);
    this.caseId.push(caseId);
    this.taskId.push(taskId);
    this.at.push(at);
    this.data.push(data);
  }

  get size(): number {
    return this.events.length;
  }
}

export interface EventSink {
  /** Writes the batch and labels its cases with the run, in one transaction. */
  write(batch: EventColumns, runId: number): Promise<void>;
  close(): Promise<void>;
}

const EVENT_COLUMNS = 'case_id, code, version, district, organisation, kind, element_id, element_type, task_id, actor, at, duration_ms, data';
const OCCURRENCE_COLUMNS =
  'case_id, indicator, seq, code, version, district, organisation, kind, opened_at, closed_at, deadline_at, city_deadline_at, last_at, outcome, city_outcome, value, ok, simulated';

async function label(q: Queryable, batch: EventColumns, runId: number): Promise<void> {
  if (!batch.cases.length) return;
  await q.query('INSERT INTO simulated_cases (case_id, run_id, district) SELECT id, $1, district FROM unnest($2::uuid[], $3::text[]) AS s(id, district)', [
    runId,
    batch.cases.map((c) => c.id),
    batch.cases.map((c) => c.district),
  ]);
}

/** Multi-row INSERTs (one statement per batch) through the store. */
export function insertSink(store: Store): EventSink {
  return {
    write: (c, runId) =>
      store.transaction(async (tx) => {
        const e = c.events;
        await tx.query(
          `INSERT INTO case_events (${EVENT_COLUMNS})
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::timestamptz[], $12::bigint[], $13::jsonb[])`,
          [
            c.caseId,
            e.map((x) => x.code),
            e.map((x) => x.version),
            e.map((x) => x.district),
            e.map((x) => x.organisation),
            e.map((x) => x.kind),
            e.map((x) => x.elementId),
            e.map((x) => x.elementType),
            c.taskId,
            e.map((x) => x.actor),
            c.at.map(isoInstant),
            e.map((x) => (x.durationMs === null ? null : Math.round(x.durationMs))),
            c.data,
          ],
        );
        const o = c.occurrences;
        if (o.size) {
          const time = (pick: (s: OccurrenceState) => number | null) => o.states.map((s) => (pick(s) === null ? null : isoInstant(pick(s)!)));
          await tx.query(
            `INSERT INTO indicator_occurrences (${OCCURRENCE_COLUMNS})
             SELECT *, true FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::timestamptz[],
               $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::text[], $15::text[], $16::float8[], $17::boolean[])`,
            [
              o.caseId,
              o.occurrences.map((x) => x.indicator),
              o.occurrences.map((x) => x.seq),
              o.occurrences.map((x) => x.code),
              o.occurrences.map((x) => x.version),
              o.occurrences.map((x) => x.district),
              o.occurrences.map((x) => x.organisation),
              o.occurrences.map((x) => x.kind),
              time((s) => s.opened),
              time((s) => s.closed),
              time((s) => s.deadline),
              time((s) => s.cityDeadline),
              time((s) => s.last),
              o.states.map((s) => s.outcome),
              o.states.map((s) => s.cityOutcome),
              o.states.map((s) => s.value),
              o.states.map((s) => s.ok),
            ],
          );
        }
        await label(tx, c, runId);
      }),
    close: async () => {},
  };
}

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01. */
const PG_EPOCH_MS = 946_684_800_000;

/**
 * A batch in COPY's binary format, which PostgreSQL reads faster than text (no parsing of uuids,
 * times and numbers). What never changes was encoded when the template was prepared.
 */
export function copyBinary(c: EventColumns): Buffer {
  let size = SIGNATURE.length + 8 + 2;
  for (let i = 0; i < c.size; i++) {
    const e = c.events[i]!;
    const data = c.data[i]!;
    size += 2 + 20 + e.head.length + (c.taskId[i] ? 20 : 4) + e.actorField.length + 12 + e.durationField.length + (data === null ? 4 : 5 + Buffer.byteLength(data));
  }
  const out = Buffer.alloc(size);
  let at = SIGNATURE.copy(out, 0);
  at = out.writeInt32BE(0, at);
  at = out.writeInt32BE(0, at);
  let lastCase = '';
  let caseBytes = Buffer.alloc(16);
  for (let i = 0; i < c.size; i++) {
    const e = c.events[i]!;
    at = out.writeInt16BE(13, at);
    const caseId = c.caseId[i]!;
    if (caseId !== lastCase) {
      lastCase = caseId;
      caseBytes = Buffer.from(caseId.replace(/-/g, ''), 'hex');
    }
    at = out.writeInt32BE(16, at);
    at += caseBytes.copy(out, at);
    at += e.head.copy(out, at);
    const task = c.taskId[i];
    if (task) {
      at = out.writeInt32BE(16, at);
      at += Buffer.from(task.replace(/-/g, ''), 'hex').copy(out, at);
    } else at = out.writeInt32BE(-1, at);
    at += e.actorField.copy(out, at);
    at = out.writeInt32BE(8, at);
    writeInt64(out, at, (c.at[i]! - PG_EPOCH_MS) * 1000);
    at += 8;
    at += e.durationField.copy(out, at);
    const data = c.data[i]!;
    if (data === null) at = out.writeInt32BE(-1, at);
    else {
      const length = Buffer.byteLength(data);
      at = out.writeInt32BE(length + 1, at);
      // jsonb's binary input: a version byte, then the JSON text.
      at = out.writeUInt8(1, at);
      at += out.write(data, at, 'utf8');
    }
  }
  out.writeInt16BE(-1, at);
  return out;
}

/** A batch's occurrences in COPY's binary format. */
export function copyOccurrencesBinary(o: OccurrenceColumns): Buffer {
  const time = (ms: number | null) => (ms === null ? 4 : 12);
  const textSize = (value: string | null) => (value === null ? 4 : 4 + Buffer.byteLength(value));
  let size = SIGNATURE.length + 8 + 2;
  for (let i = 0; i < o.size; i++) {
    const s = o.states[i]!;
    size += 2 + 20 + o.occurrences[i]!.head.length + time(s.opened) + time(s.closed) + time(s.deadline) + time(s.cityDeadline) + time(s.last);
    size += textSize(s.outcome) + textSize(s.cityOutcome) + (s.value === null ? 4 : 12) + (s.ok === null ? 4 : 5) + 5;
  }
  const out = Buffer.alloc(size);
  let at = SIGNATURE.copy(out, 0);
  at = out.writeInt32BE(0, at);
  at = out.writeInt32BE(0, at);
  const writeTime = (ms: number | null) => {
    if (ms === null) return void (at = out.writeInt32BE(-1, at));
    at = out.writeInt32BE(8, at);
    writeInt64(out, at, (ms - PG_EPOCH_MS) * 1000);
    at += 8;
  };
  const writeText = (value: string | null) => {
    if (value === null) return void (at = out.writeInt32BE(-1, at));
    at = out.writeInt32BE(Buffer.byteLength(value), at);
    at += out.write(value, at, 'utf8');
  };
  const writeBool = (value: boolean | null) => {
    if (value === null) return void (at = out.writeInt32BE(-1, at));
    at = out.writeInt32BE(1, at);
    at = out.writeUInt8(value ? 1 : 0, at);
  };
  for (let i = 0; i < o.size; i++) {
    const s = o.states[i]!;
    at = out.writeInt16BE(18, at);
    at = out.writeInt32BE(16, at);
    at += Buffer.from(o.caseId[i]!.replace(/-/g, ''), 'hex').copy(out, at);
    at += o.occurrences[i]!.head.copy(out, at);
    writeTime(s.opened);
    writeTime(s.closed);
    writeTime(s.deadline);
    writeTime(s.cityDeadline);
    writeTime(s.last);
    writeText(s.outcome);
    writeText(s.cityOutcome);
    if (s.value === null) at = out.writeInt32BE(-1, at);
    else {
      at = out.writeInt32BE(8, at);
      at = out.writeDoubleBE(s.value, at);
    }
    writeBool(s.ok);
    writeBool(true);
  }
  out.writeInt16BE(-1, at);
  return out;
}

/** Streams one COPY … FROM STDIN of a binary body on the client. */
async function copyIn(client: pg.PoolClient, table: string, columns: string, body: Buffer): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN (FORMAT binary)`));
  await pipeline(
    (async function* () {
      yield body;
    })(),
    stream as unknown as Writable,
  );
}

/**
 * COPY … FROM STDIN on a pool of its own, in the target store's schema. The text of the next batch is
 * made while the previous one travels.
 */
export async function copySink(databaseUrl: string, target: Store, connections = 3): Promise<EventSink> {
  const { rows } = await target.query<{ schema: string }>('SELECT current_schema() AS schema');
  const schema = rows[0]!.schema;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  pool.on('connect', (client) => {
    // Synthetic rows: a crash may lose the last batches, so commits need not wait for the disk.
    void client.query(`SET search_path TO "${schema.replace(/"/g, '""')}"; SET synchronous_commit TO off`);
  });
  return {
    async write(batch, runId) {
      const body = copyBinary(batch);
      const occurrences = batch.occurrences.size ? copyOccurrencesBinary(batch.occurrences) : null;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await copyIn(client, 'case_events', EVENT_COLUMNS, body);
        if (occurrences) await copyIn(client, 'indicator_occurrences', OCCURRENCE_COLUMNS, occurrences);
        await label(client as unknown as Queryable, batch, runId);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
