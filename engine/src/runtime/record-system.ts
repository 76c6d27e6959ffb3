/**
 * Service records (服务记录): a caseworker records a dated contact on an open case at any time — a home
 * visit, a phone call, an interview, a group session, a volunteer's visit — with its duration and notes.
 * Recording is a command like any other: the record, its `record_added` event (the case's history, the
 * audit of what happened) and what it does to the indicators over records (a monthly contact rhythm, a
 * count of visits) are written in one transaction; when the indicators move, the case's next revision is
 * written with them, so a record made while the case moved on meanwhile is a CASE_CONFLICT that wrote
 * nothing. A step may ask for records before it is completed (`std:minRecords`): `recordsMadeSince`
 * counts them for the task's completion.
 *
 * @example
 *   await records.add({ caseId, kind: 'home_visit', occurredAt: '2026-06-01T09:30:00+08:00', durationMinutes: 60, notes: '…', actor: 'u7' }, scope);
 *   const list = await records.list(caseId, scope); // in the order the contacts took place
 */
import { randomUUID } from 'node:crypto';
import {
  beijingDate,
  isServiceRecordKind,
  SERVICE_RECORD_KIND_NAMES,
  SERVICE_RECORD_LIMITS,
  type MinRecords,
  type ServiceRecordKind,
  type ServiceStandard,
} from '@jingzhun/standards';
import type { ProcessModel } from '../bpmn/process-model';
import { CaseNotFoundError, CaseNotRunningError, RecordInvalidError, RecordsRequiredError, type ErrorDetail } from '../errors';
import type { Queryable } from '../store';
import { trackIndicators } from '../supervision/indicator-tracker';
import { infoOf, type CaseCommands } from './case-commands';
import { isUuid, loadCase, type CaseRecord } from './case-record';
import type { CommandRunner } from './command-runner';
import { writeCase, type CaseWrite } from './case-writes';
import { scopeClause } from './scope';
import type { RuntimeResources, Scope, ServiceRecord } from './types';

export interface AddRecordInput {
  caseId: string;
  kind: ServiceRecordKind;
  /** When the contact took place: an ISO 8601 date-time with its zone (or a Date). */
  occurredAt: string | Date;
  durationMinutes: number;
  notes?: string | undefined;
  actor: string;
}

interface RecordRow {
  id: string;
  case_id: string;
  kind: ServiceRecordKind;
  occurred_at: Date | string;
  duration_minutes: number;
  notes: string;
  recorded_by: string;
  recorded_at: Date | string;
}

function toServiceRecord(row: RecordRow): ServiceRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    occurredAt: new Date(row.occurred_at).toISOString(),
    durationMinutes: row.duration_minutes,
    notes: row.notes,
    recordedBy: row.recorded_by,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * What is wrong with a record before anything is written: an unknown kind, a time that is not a date-time
 * with its zone, lies ahead of now or before the day (Beijing) the case started, a duration out of its
 * bounds, notes too long. Each problem at the pointer of the field, in both languages.
 */
export function recordProblems(input: Omit<AddRecordInput, 'caseId' | 'actor'>, startedAt: Date, now: Date): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const { min, max } = SERVICE_RECORD_LIMITS.durationMinutes;
  if (!isServiceRecordKind(input.kind)) {
    problems.push({
      pointer: '/kind',
      message: { zh: `没有这种服务记录类型：${String(input.kind)}`, en: `there is no service record kind ${String(input.kind)}` },
    });
  }
  const occurred = typeof input.occurredAt === 'string' ? (ISO_WITH_ZONE.test(input.occurredAt) ? new Date(input.occurredAt) : undefined) : input.occurredAt;
  if (!occurred || Number.isNaN(occurred.getTime())) {
    problems.push({
      pointer: '/occurredAt',
      message: { zh: '联系时间应为带时区的日期时间，如 2026-06-01T09:30:00+08:00', en: 'the time of the contact must be a date-time with its zone, e.g. 2026-06-01T09:30:00+08:00' },
    });
  } else if (occurred.getTime() > now.getTime()) {
    problems.push({ pointer: '/occurredAt', message: { zh: '联系时间不能晚于现在', en: 'the contact cannot take place in the future' } });
  } else if (beijingDate(occurred) < beijingDate(startedAt)) {
    problems.push({
      pointer: '/occurredAt',
      message: {
        zh: `联系日期不能早于个案开始的日期（${beijingDate(startedAt)}）`,
        en: `the contact cannot be before the day the case started (${beijingDate(startedAt)})`,
      },
    });
  }
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < min || input.durationMinutes > max) {
    problems.push({
      pointer: '/durationMinutes',
      message: { zh: `时长应为 ${min}–${max} 分钟的整数`, en: `the duration must be a whole number of ${min}–${max} minutes` },
    });
  }
  const notes = input.notes ?? '';
  if (typeof notes !== 'string' || notes.length > SERVICE_RECORD_LIMITS.notesMaxLength) {
    const limit = SERVICE_RECORD_LIMITS.notesMaxLength;
    problems.push({ pointer: '/notes', message: { zh: `记录内容不能超过 ${limit} 个字`, en: `the notes cannot be longer than ${limit} characters` } });
  }
  return problems;
}

/**
 * How many records of `kinds` (any kind when undefined) the case has of contacts since `since`: what a
 * step with `std:minRecords` counts, from the moment its task was created.
 */
export async function recordsMadeSince(q: Queryable, caseId: string, since: Date, kinds: readonly ServiceRecordKind[] | undefined): Promise<number> {
  const params: unknown[] = [caseId, since];
  let sql = 'SELECT count(*)::int AS n FROM service_records WHERE case_id = $1 AND occurred_at >= $2';
  if (kinds?.length) {
    params.push(kinds);
    sql += ' AND kind = ANY($3::text[])';
  }
  const { rows } = await q.query<{ n: number }>(sql, params);
  return rows[0]?.n ?? 0;
}

/** The names of the kinds that count for a step, in both languages (any kind when undefined). */
export function kindsNamed(kinds: readonly ServiceRecordKind[] | undefined): { zh: string; en: string } {
  if (!kinds?.length) return { zh: '任何类型', en: 'of any kind' };
  return { zh: kinds.map((k) => SERVICE_RECORD_KIND_NAMES[k].zh).join('、'), en: kinds.map((k) => SERVICE_RECORD_KIND_NAMES[k].en).join(', ') };
}

/**
 * Refuses the completion of a task whose step needs more records than were made since it was created
 * (RECORDS_REQUIRED). People enter a contact's time to the minute: a visit in the minute the task was
 * created counts for it.
 */
export async function requireRecords(q: Queryable, task: { id: string; case_id: string; element_id: string; created_at: Date }, needs: MinRecords): Promise<void> {
  const minute = new Date(Math.floor(task.created_at.getTime() / 60_000) * 60_000);
  const made = await recordsMadeSince(q, task.case_id, minute, needs.kinds);
  if (made < needs.count) throw new RecordsRequiredError(task.id, task.element_id, made, needs.count, needs.kinds, kindsNamed(needs.kinds));
}

export class RecordSystem {
  constructor(
    private readonly resources: RuntimeResources,
    private readonly commands: CaseCommands,
    private readonly runner: CommandRunner,
  ) {}

  /** Records a contact on a running case in scope; refused (and nothing written) when the case is not running or the record is invalid. */
  async add(input: AddRecordInput, scope: Scope): Promise<ServiceRecord> {
    const id = randomUUID();
    let saved: ServiceRecord | undefined;
    await this.runner.run(input.actor, async (ctx) => {
      const reads = ctx.reads ?? ctx.q;
      const record = await loadCase(reads, input.caseId, scope);
      if (record.status !== 'running') {
        const ended = record.status === 'cancelled' ? { zh: '已撤销', en: 'was cancelled' } : { zh: '已结案', en: 'has ended' };
        throw new CaseNotRunningError(record.id, record.status, { zh: `个案${ended.zh}，不能再添加服务记录`, en: `the case ${ended.en}: it takes no more service records` });
      }
      const problems = recordProblems(input, record.startedAt, ctx.now);
      if (problems.length) throw new RecordInvalidError(problems);
      const occurredAt = new Date(input.occurredAt);
      const notes = input.notes ?? '';
      const compiled = await this.commands.versions.compiled(record.code, record.version, reads);
      const { rows } = await ctx.q.query<RecordRow>(
        `INSERT INTO service_records (id, case_id, code, version, district, organisation, kind, occurred_at, duration_minutes, notes, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
        [id, record.id, record.code, record.version, record.district, record.organisation, input.kind, occurredAt, input.durationMinutes, notes, input.actor, ctx.now],
      );
      saved = toServiceRecord(rows[0]!);
      ctx.events.add(infoOf(record), 'record_added', {
        data: { recordId: id, kind: input.kind, occurredAt: occurredAt.toISOString(), durationMinutes: input.durationMinutes },
      });
      const moved = this.indicatorsMoved(record, compiled.version.standard, compiled.model, input.kind, occurredAt, ctx.now);
      if (moved && !ctx.defer?.(moved)) await writeCase(ctx.q, moved, null, ctx.now);
    });
    return saved!;
  }

  /** The case's next revision with its indicators over records moved on, when the record moved any. */
  private indicatorsMoved(record: CaseRecord, standard: ServiceStandard, model: ProcessModel, kind: ServiceRecordKind, occurredAt: Date, now: Date): CaseWrite | undefined {
    const measures = standard.indicators.some((i) => (i.kind === 'recurrence' || i.kind === 'count') && i.records?.kinds.includes(kind));
    if (!measures) return undefined;
    const tracked = trackIndicators({
      indicators: standard.indicators,
      model,
      parameters: record.parameters,
      definitions: standard.parameters,
      state: record.position.indicators,
      isNew: false,
      startedAt: record.startedAt,
      now,
      transitions: [],
      records: [{ kind, occurredAt }],
      ended: false,
      active: record.position.active.map((a) => a.elementId),
    });
    if (!tracked.occurrences.length) return undefined;
    return {
      record: { ...record, position: { ...record.position, indicators: tracked.state } },
      isNew: false,
      tasks: [],
      jobDeletes: [],
      jobInserts: [],
      notifications: [],
      referrals: [],
      indicators: tracked,
    };
  }

  /** The case's records in the order the contacts took place; CASE_NOT_FOUND outside the scope. */
  async list(caseId: string, scope: Scope): Promise<ServiceRecord[]> {
    if (!isUuid(caseId)) throw new CaseNotFoundError(caseId);
    const params: unknown[] = [caseId];
    const { rows } = await this.resources.store.query<{ records: RecordRow[] | null }>(
      `SELECT (SELECT json_agg(r ORDER BY r.occurred_at, r.id) FROM service_records r WHERE r.case_id = c.id) AS records
         FROM cases c WHERE c.id = $1${scopeClause(scope, params, 'c')}`,
      params,
    );
    if (!rows[0]) throw new CaseNotFoundError(caseId);
    return (rows[0].records ?? []).map(toServiceRecord);
  }
}
