/**
 * 督办 notices: when a district's figure on a standard's indicator is below target, the city supervisor
 * sends the district a notice — what (standard, indicator, period, the figure as shown), why (a
 * message) and a due time in working days of the official calendar (as task SLAs are counted). The
 * district operator replies with what was found and what was done; the supervisor closes the notice
 * or returns it for another reply. Every step is one transaction that appends to the notice's thread,
 * and a step taken on a stale read (another reply, close or return came first) writes nothing.
 *
 * A district user sees only their district's notices; others are not found.
 *
 * @example
 *   const notices = new NoticeSystem({ store, clock, logger });
 *   const n = await notices.send({ district: 'dongcheng', code: 'BJ-SW-ELDER', indicator: 'assess-on-time',
 *     period: { from: '2026-07-01', to: '2026-09-30' }, figure, message: '评估及时率低于目标，请核查', dueWorkingDays: 5, actor: 'u1' });
 *   await notices.reply({ noticeId: n.id, findings: '…', actions: '…', actor: 'u2' }, { district: 'dongcheng' });
 *   await notices.close({ noticeId: n.id, actor: 'u1' });
 */
import { randomUUID } from 'node:crypto';
import { beijingDate, isDistrictCode, workingDaysBetween, type Comparator, type LocalizedText } from '@jingzhun/standards';
import {
  DistrictUnknownError,
  NoticeAlreadyRepliedError,
  NoticeClosedError,
  NoticeConflictError,
  NoticeIndicatorUnknownError,
  NoticeInvalidError,
  NoticeNotFoundError,
  NoticeNotRepliedError,
  NotDeployedError,
  type ErrorDetail,
} from '../errors';
import { isUuid } from '../runtime/case-record';
import { addInUnit } from '../runtime/due-dates';
import type { Page, RuntimeResources, Scope, StandardRef } from '../runtime/types';
import type { Queryable } from '../store';
import { NOTICE_LIMITS, type NoticeStatus } from './notice-limits';

export { NOTICE_LIMITS, NOTICE_STATUSES, type NoticeStatus } from './notice-limits';
export type NoticeEventKind = 'sent' | 'replied' | 'returned' | 'closed';

/** The figure as the supervisor saw it when sending; kept as it was, whatever the figures say later. */
export interface NoticeFigure {
  /** Null when nothing was measured in the period. */
  value: number | null;
  target: number;
  comparator: Comparator;
  numerator: number;
  denominator: number;
}

export interface SendNoticeInput {
  district: string;
  /** The standard's code. */
  code: string;
  /** The indicator's id in the standard. */
  indicator: string;
  /** Beijing dates, inclusive. */
  period: { from: string; to: string };
  figure: NoticeFigure;
  message: string;
  dueWorkingDays: number;
  actor: string;
}

export interface NoticeCommandInput {
  noticeId: string;
  actor: string;
  /** The revision the caller read: when the notice has changed since, nothing is written (NOTICE_CONFLICT). */
  revision?: number | undefined;
}

export interface ReplyNoticeInput extends NoticeCommandInput {
  /** What the district found. */
  findings: string;
  /** What the district did about it. */
  actions: string;
}

export interface ReviewNoticeInput extends NoticeCommandInput {
  /** Why it is returned (required), or a closing remark (optional). */
  message?: string | undefined;
}

export interface NoticeFilter {
  district?: string | undefined;
  status?: NoticeStatus | undefined;
  code?: string | undefined;
  overdue?: boolean | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface Notice {
  id: string;
  district: string;
  standard: StandardRef;
  indicator: { id: string; title: LocalizedText | null };
  period: { from: string; to: string };
  figure: NoticeFigure;
  message: string;
  dueWorkingDays: number;
  dueAt: string;
  status: NoticeStatus;
  /** Waiting for the district past its due time, by the clock. */
  overdue: boolean;
  /** Working days from today to the due day (negative when past it); null once closed. */
  workingDaysLeft: number | null;
  /** How many times the supervisor returned a reply. */
  returns: number;
  /** Raised by every change; pass it back to act on what was read. */
  revision: number;
  createdBy: string;
  createdAt: string;
  /** The last reply's time. */
  repliedAt: string | null;
  closedBy: string | null;
  closedAt: string | null;
}

export interface NoticeEvent {
  id: number;
  kind: NoticeEventKind;
  actor: string;
  at: string;
  message: string | null;
  findings: string | null;
  actions: string | null;
  /** For a reply: whether it came after the due time. */
  late: boolean | null;
}

export interface NoticeDetail extends Notice {
  /** What was said, in order: sent, then replies, returns and the close. */
  thread: NoticeEvent[];
}

interface NoticeRow {
  id: string;
  district: string;
  code: string;
  version: number;
  indicator_id: string;
  period_from: string;
  period_to: string;
  figure: NoticeFigure;
  message: string;
  due_working_days: number;
  due_at: Date;
  status: NoticeStatus;
  revision: number;
  returns: number;
  created_by: string;
  created_at: Date;
  replied_at: Date | null;
  closed_by: string | null;
  closed_at: Date | null;
  standard_title: LocalizedText;
  indicator_title: LocalizedText | null;
}

interface EventRow {
  id: number;
  kind: NoticeEventKind;
  actor: string;
  at: Date;
  message: string | null;
  findings: string | null;
  actions: string | null;
  late: boolean | null;
}

const MAX_LIMIT = 500;
const CITY: Scope = {};

/** A notice with the titles of its standard and indicator, read from the version it names. */
const SELECT_NOTICES = `SELECT n.*, v.standard->'title' AS standard_title,
    (SELECT i->'title' FROM json_array_elements(v.standard->'indicators') i WHERE i->>'id' = n.indicator_id LIMIT 1) AS indicator_title
  FROM supervision_notices n JOIN standard_versions v ON v.code = n.code AND v.version = n.version`;

function encodeCursor(row: { created_at: Date; id: string }): string {
  return Buffer.from(`${row.created_at.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } | undefined {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) return undefined;
  return { createdAt, id };
}

function isBeijingDate(value: string): boolean {
  try {
    beijingDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Whether the text has something besides white space, within `max` characters. */
function problemOfText(value: string | undefined, max: number, pointer: string, required: boolean): ErrorDetail | undefined {
  if (value === undefined) return required ? { pointer, message: { zh: '必须填写', en: 'is required' } } : undefined;
  if (!value.trim()) return { pointer, message: { zh: '不能为空', en: 'must not be empty' } };
  if ([...value].length > max) return { pointer, message: { zh: `不能超过 ${max} 个字符`, en: `must be at most ${max} characters` } };
  return undefined;
}

export class NoticeSystem {
  constructor(private readonly resources: RuntimeResources) {}

  /** Sends a notice to a district where the standard is deployed; its due time is counted in working days from now. */
  async send(input: SendNoticeInput): Promise<NoticeDetail> {
    if (!isDistrictCode(input.district)) throw new DistrictUnknownError([input.district]);
    const problems: ErrorDetail[] = [];
    for (const edge of ['from', 'to'] as const) {
      if (!isBeijingDate(input.period[edge])) problems.push({ pointer: `/period/${edge}`, message: { zh: '不是有效的日期（YYYY-MM-DD）', en: 'is not a date (YYYY-MM-DD)' } });
    }
    if (!problems.length && input.period.from > input.period.to) {
      problems.push({ pointer: '/period/to', message: { zh: '结束日期早于开始日期', en: 'is before the start of the period' } });
    }
    const { min, max } = NOTICE_LIMITS.dueWorkingDays;
    if (!Number.isInteger(input.dueWorkingDays) || input.dueWorkingDays < min || input.dueWorkingDays > max) {
      problems.push({ pointer: '/dueWorkingDays', message: { zh: `应为 ${min} 到 ${max} 个工作日`, en: `must be ${min} to ${max} working days` } });
    }
    const text = problemOfText(input.message, NOTICE_LIMITS.message, '/message', true);
    if (text) problems.push(text);
    if (problems.length) throw new NoticeInvalidError(problems);

    const now = this.resources.clock.now();
    const dueAt = addInUnit(now, input.dueWorkingDays, 'working_days');
    const id = randomUUID();
    return this.resources.store.transaction(async (tx) => {
      // The deployed version when it has the indicator, else the newest that has it (a figure of a
      // period run under an earlier version).
      const { rows } = await tx.query<{ version: number | null }>(
        `SELECT (SELECT v.version FROM standard_versions v
                 WHERE v.code = d.code AND EXISTS (SELECT 1 FROM json_array_elements(v.standard->'indicators') i WHERE i->>'id' = $3)
                 ORDER BY (v.version = d.version) DESC, v.version DESC LIMIT 1) AS version
         FROM deployments d WHERE d.code = $1 AND d.district = $2`,
        [input.code, input.district, input.indicator],
      );
      if (!rows[0]) throw new NotDeployedError(input.code, input.district);
      const version = rows[0].version;
      if (version === null) throw new NoticeIndicatorUnknownError(input.code, input.indicator);
      const figure: NoticeFigure = {
        value: input.figure.value,
        target: input.figure.target,
        comparator: input.figure.comparator,
        numerator: input.figure.numerator,
        denominator: input.figure.denominator,
      };
      await tx.query(
        `INSERT INTO supervision_notices (id, district, code, version, indicator_id, period_from, period_to, figure, message, due_working_days, due_at, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [id, input.district, input.code, version, input.indicator, input.period.from, input.period.to, JSON.stringify(figure), input.message, input.dueWorkingDays, dueAt, input.actor, now],
      );
      await this.append(tx, id, 'sent', input.actor, now, { message: input.message });
      return this.detail(tx, id, CITY);
    });
  }

  /** Notices in scope, newest first, with cursor pages. */
  async list(filter: NoticeFilter, scope: Scope): Promise<Page<Notice>> {
    const now = this.resources.clock.now();
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (scope.district !== undefined) add('n.district = ?', scope.district);
    if (filter.district) add('n.district = ?', filter.district);
    if (filter.status) add('n.status = ?', filter.status);
    if (filter.code) add('n.code = ?', filter.code);
    if (filter.overdue !== undefined) add(`${filter.overdue ? '' : 'NOT '}(n.status = 'open' AND n.due_at < ?)`, now);
    const cursor = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    if (cursor) {
      params.push(cursor.createdAt, cursor.id);
      where.push(`(n.created_at, n.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const limit = Math.min(Math.max(1, filter.limit ?? 50), MAX_LIMIT);
    params.push(limit + 1);
    const { rows } = await this.resources.store.query<NoticeRow>(
      `${SELECT_NOTICES}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map((row) => toNotice(row, now)), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  /** One notice in scope with its thread; NOTICE_NOT_FOUND outside the scope. */
  async get(noticeId: string, scope: Scope): Promise<NoticeDetail> {
    return this.detail(this.resources.store, noticeId, scope);
  }

  /** The district's reply: only while the notice waits for it (sent, or returned). */
  async reply(input: ReplyNoticeInput, scope: Scope): Promise<NoticeDetail> {
    const problems = [
      problemOfText(input.findings, NOTICE_LIMITS.findings, '/findings', true),
      problemOfText(input.actions, NOTICE_LIMITS.actions, '/actions', true),
    ].filter((p): p is ErrorDetail => p !== undefined);
    if (problems.length) throw new NoticeInvalidError(problems);
    return this.change(input, scope, 'open', async (tx, row, now) => {
      await this.update(tx, row, `status = 'replied', replied_at = $3`, [now]);
      await this.append(tx, row.id, 'replied', input.actor, now, { findings: input.findings, actions: input.actions, late: now.getTime() > row.due_at.getTime() });
    });
  }

  /** The supervisor accepts the district's reply: the notice is closed for good. */
  async close(input: ReviewNoticeInput, scope: Scope = CITY): Promise<NoticeDetail> {
    const problem = problemOfText(input.message, NOTICE_LIMITS.message, '/message', false);
    if (problem) throw new NoticeInvalidError([problem]);
    return this.change(input, scope, 'replied', async (tx, row, now) => {
      await this.update(tx, row, `status = 'closed', closed_by = $3, closed_at = $4`, [input.actor, now]);
      await this.append(tx, row.id, 'closed', input.actor, now, { message: input.message ?? null });
    });
  }

  /** The supervisor finds the reply not enough: the notice waits for the district again, with the same due time. */
  async return(input: ReviewNoticeInput, scope: Scope = CITY): Promise<NoticeDetail> {
    const problem = problemOfText(input.message, NOTICE_LIMITS.message, '/message', true);
    if (problem) throw new NoticeInvalidError([problem]);
    return this.change(input, scope, 'replied', async (tx, row, now) => {
      await this.update(tx, row, `status = 'open', returns = returns + 1`, []);
      await this.append(tx, row.id, 'returned', input.actor, now, { message: input.message ?? null });
    });
  }

  /**
   * Runs one step on the notice in one transaction: refused when the notice is closed, is not in the
   * `from` status, or was changed since the revision the caller read.
   */
  private async change(
    input: NoticeCommandInput,
    scope: Scope,
    from: 'open' | 'replied',
    apply: (tx: Queryable, row: NoticeRow, now: Date) => Promise<void>,
  ): Promise<NoticeDetail> {
    return this.resources.store.transaction(async (tx) => {
      const row = await this.row(tx, input.noticeId, scope);
      if (input.revision !== undefined && input.revision !== row.revision) throw new NoticeConflictError(row.id);
      if (row.status === 'closed') throw new NoticeClosedError(row.id);
      if (row.status !== from) throw from === 'open' ? new NoticeAlreadyRepliedError(row.id) : new NoticeNotRepliedError(row.id);
      await apply(tx, row, this.resources.clock.now());
      return this.detail(tx, row.id, scope);
    });
  }

  /** Writes the new state only over the revision read; another step that came first voids this one. */
  private async update(tx: Queryable, row: NoticeRow, set: string, values: unknown[]): Promise<void> {
    const result = await tx.query(`UPDATE supervision_notices SET ${set}, revision = revision + 1 WHERE id = $1 AND revision = $2`, [row.id, row.revision, ...values]);
    if (result.rowCount === 0) throw new NoticeConflictError(row.id);
  }

  private async append(
    tx: Queryable,
    noticeId: string,
    kind: NoticeEventKind,
    actor: string,
    at: Date,
    text: { message?: string | null; findings?: string; actions?: string; late?: boolean },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO supervision_notice_events (notice_id, kind, actor, at, message, findings, actions, late) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [noticeId, kind, actor, at, text.message ?? null, text.findings ?? null, text.actions ?? null, text.late ?? null],
    );
  }

  /** The notice by id, checked against the scope on the row itself; NOTICE_NOT_FOUND when outside. */
  private async row(q: Queryable, noticeId: string, scope: Scope): Promise<NoticeRow> {
    if (!isUuid(noticeId)) throw new NoticeNotFoundError(noticeId);
    const { rows } = await q.query<NoticeRow>(`${SELECT_NOTICES} WHERE n.id = $1`, [noticeId]);
    const row = rows[0];
    if (!row || (scope.district !== undefined && row.district !== scope.district)) throw new NoticeNotFoundError(noticeId);
    return row;
  }

  private async detail(q: Queryable, noticeId: string, scope: Scope): Promise<NoticeDetail> {
    const row = await this.row(q, noticeId, scope);
    const { rows } = await q.query<EventRow>(
      `SELECT id, kind, actor, at, message, findings, actions, late FROM supervision_notice_events WHERE notice_id = $1 ORDER BY id`,
      [row.id],
    );
    return {
      ...toNotice(row, this.resources.clock.now()),
      thread: rows.map((e) => ({
        id: e.id,
        kind: e.kind,
        actor: e.actor,
        at: e.at.toISOString(),
        message: e.message,
        findings: e.findings,
        actions: e.actions,
        late: e.late,
      })),
    };
  }
}

function toNotice(row: NoticeRow, now: Date): Notice {
  const closed = row.status === 'closed';
  return {
    id: row.id,
    district: row.district,
    standard: { code: row.code, version: row.version, title: row.standard_title },
    indicator: { id: row.indicator_id, title: row.indicator_title },
    period: { from: row.period_from, to: row.period_to },
    figure: row.figure,
    message: row.message,
    dueWorkingDays: row.due_working_days,
    dueAt: row.due_at.toISOString(),
    status: row.status,
    overdue: row.status === 'open' && row.due_at.getTime() < now.getTime(),
    workingDaysLeft: closed ? null : workingDaysBetween(now, row.due_at),
    returns: row.returns,
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    repliedAt: row.replied_at?.toISOString() ?? null,
    closedBy: row.closed_by,
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}
