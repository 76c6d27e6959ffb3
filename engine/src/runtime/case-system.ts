/**
 * The commands on a case as a whole: start one of a deployed standard in a district, deliver a message
 * to the case waiting for it, cancel it with the cases it referred to. Each runs as one command
 * (command-runner.ts) within the caller's scope; the case file they answer with is read by case-files.ts.
 *
 * @example
 *   const c = await cases.start({ code: 'BJ-SW-ELDER', district: 'dongcheng', caseKey: 'DC-2024-001', data, actor: 'u1' });
 *   await cases.correlateMessage({ caseKey: 'DC-2024-001', messageName: 'review-done', payload: { ok: true } }, scope);
 */
import { isDistrictCode } from '@jingzhun/standards';
import { CaseNotRunningError, DistrictUnknownError, MessageAmbiguousError, MessageNotCorrelatedError } from '../errors';
import { cancelOccurrences } from '../supervision/cancelled-occurrences';
import { infoOf, type CaseCommands, type CommandContext } from './case-commands';
import type { CaseFiles } from './case-files';
import { loadCase, saveCase, toRecord, type CaseRecord, type CaseRow } from './case-record';
import type { WrittenRows } from './case-writes';
import type { CommandRunner } from './command-runner';
import { scopeClause } from './scope';
import type { CaseDetail, Scope } from './types';

export interface StartCaseInput {
  code: string;
  /** Defaults to the version deployed in the district. */
  version?: number | undefined;
  district: string;
  organisation?: string | null | undefined;
  /** The case's number, unique for the standard in the district; when absent, the district's next (DC-2026-000123). */
  caseKey?: string | undefined;
  data: Record<string, unknown>;
  actor: string;
}

export interface MessageInput {
  caseKey: string;
  messageName: string;
  payload?: Record<string, unknown> | undefined;
  /** The standard, when the same key is used by cases of several standards. */
  code?: string | undefined;
  actor?: string | undefined;
}

export interface CancelInput {
  caseId: string;
  reason: string;
  actor: string;
}

export class CaseSystem {
  constructor(
    private readonly commands: CaseCommands,
    private readonly runner: CommandRunner,
    private readonly files: CaseFiles,
  ) {}

  async start(input: StartCaseInput): Promise<CaseDetail> {
    if (!isDistrictCode(input.district)) throw new DistrictUnknownError([input.district]);
    let written: WrittenRows | undefined;
    const record = await this.runner.run(
      input.actor,
      async (ctx) => {
        const deployment = await this.commands.deployments.find(input.code, input.district, ctx.reads);
        return this.commands.start(ctx, {
          code: input.code,
          version: input.version ?? deployment.version,
          district: input.district,
          organisation: input.organisation ?? null,
          caseKey: input.caseKey,
          data: input.data,
          variant: deployment.variant,
        });
      },
      { written: (rows) => (written = rows) },
    );
    // The statement that wrote the new case gave back its rows as stored: they are the case file.
    return written ? this.files.ofNewCase(record, written) : this.files.get(record.id, {});
  }

  /** Delivers a message to the one case in scope with this key that waits for it. */
  async correlateMessage(input: MessageInput, scope: Scope): Promise<{ caseId: string }> {
    return this.runner.run(input.actor ?? null, async (ctx) => {
      const params: unknown[] = [input.caseKey];
      let sql = `SELECT * FROM cases c WHERE c.case_key = $1 AND c.status = 'running' AND NOT c.incident${scopeClause(scope, params, 'c')}`;
      if (input.code) {
        params.push(input.code);
        sql += ` AND c.code = $${params.length}`;
      }
      const { rows } = await ctx.q.query<CaseRow>(sql, params);
      const waiting: { record: CaseRecord; messageId: string; elementId: string }[] = [];
      for (const record of rows.map(toRecord)) {
        const { model } = await this.commands.versions.compiled(record.code, record.version, ctx.q);
        for (const active of record.position.active) {
          const messageId = model.messageWaits.get(active.elementId);
          if (messageId && (messageId === input.messageName || model.messages.get(messageId) === input.messageName)) {
            waiting.push({ record, messageId, elementId: active.elementId });
            break;
          }
        }
      }
      if (!waiting.length) throw new MessageNotCorrelatedError(input.caseKey, input.messageName);
      const codes = [...new Set(waiting.map((w) => w.record.code))];
      if (waiting.length > 1) throw new MessageAmbiguousError(input.caseKey, input.messageName, codes);
      const { record, messageId, elementId } = waiting[0]!;
      const compiled = await this.commands.versions.compiled(record.code, record.version, ctx.q);
      ctx.events.add(infoOf(record), 'message_correlated', { elementId, data: { message: input.messageName } });
      const variables = input.payload ? { ...record.variables, ...input.payload } : record.variables;
      await this.commands.run(ctx, record, compiled, { kind: 'message', messageId }, { variables });
      return { caseId: record.id };
    });
  }

  /** Cancels a running case, its open tasks, its timers and the cases it referred to. */
  async cancel(input: CancelInput, scope: Scope): Promise<CaseDetail> {
    await this.runner.run(input.actor, async (ctx) => {
      const record = await loadCase(ctx.q, input.caseId, scope);
      if (record.status !== 'running') throw new CaseNotRunningError(record.id, record.status);
      await this.cancelIn(ctx, record, input.reason, true);
    });
    return this.files.get(input.caseId, scope);
  }

  private async cancelIn(ctx: CommandContext, record: CaseRecord, reason: string, resumeParent: boolean): Promise<void> {
    const info = infoOf(record);
    const saved = await saveCase(
      ctx.q,
      { ...record, status: 'cancelled', state: null, endedAt: ctx.now, cancelReason: reason, position: { ...record.position, active: [], timers: [] } },
      false,
      ctx.now,
    );
    for (const active of record.position.active) {
      const durationMs = Math.max(0, ctx.now.getTime() - Date.parse(active.enteredAt));
      ctx.events.add(info, 'element_left', { elementId: active.elementId, durationMs, data: { outcome: 'cancelled' } });
      ctx.events.rollup(info, active.elementId, { cancelled: 1 });
    }
    const tasks = await ctx.q.query<{ id: string; element_id: string }>(
      `UPDATE tasks SET status = 'cancelled' WHERE case_id = $1 AND status = 'open' RETURNING id, element_id`,
      [record.id],
    );
    for (const t of tasks.rows) ctx.events.add(info, 'task_cancelled', { elementId: t.element_id, elementType: 'bpmn:UserTask', taskId: t.id });
    await cancelOccurrences(ctx.q, record.id, ctx.now);
    const jobs = await ctx.q.query<{ element_id: string }>('DELETE FROM jobs WHERE case_id = $1 RETURNING element_id', [record.id]);
    for (const j of jobs.rows) ctx.events.add(info, 'timer_cancelled', { elementId: j.element_id });
    await ctx.q.query(
      `UPDATE incidents SET status = 'resolved', resolved_at = $2, resolved_by = $3 WHERE case_id = $1 AND status = 'open'`,
      [record.id, ctx.now, ctx.actor],
    );
    ctx.events.add(info, 'case_cancelled', { durationMs: ctx.now.getTime() - record.startedAt.getTime(), data: { reason } });
    const children = await ctx.q.query<CaseRow>(`SELECT * FROM cases WHERE parent_case_id = $1 AND status = 'running'`, [record.id]);
    for (const child of children.rows) await this.cancelIn(ctx, toRecord(child), reason, false);
    if (resumeParent) await this.commands.resumeParent(ctx, saved);
  }
}
