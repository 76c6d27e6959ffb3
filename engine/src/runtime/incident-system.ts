/**
 * Incidents: a step that failed (bad FEEL at run time, an unknown service, a runaway loop, a timer that
 * kept failing, a referral that could not start) stops the case with its cause. `retry` resolves the
 * incident and applies the failed command again, optionally with corrected variables; if it fails
 * again a new incident carries the attempt count on.
 *
 * @example
 *   const { items } = await incidents.list({ open: true }, { district: 'dongcheng' });
 *   await incidents.retry({ incidentId: items[0].id, actor: 'u1', variables: { score: 3 } }, scope);
 */
import { randomUUID } from 'node:crypto';
import { IncidentNotFoundError } from '../errors';
import { infoOf, type CaseCommands, type IncidentCommand } from './case-commands';
import { isUuid, loadCase, saveCase } from './case-record';
import { toIncident, type CaseFiles, type IncidentRow } from './case-files';
import type { CommandRunner } from './command-runner';
import { scopeClause } from './scope';
import type { CaseDetail, Incident, RuntimeResources, Scope } from './types';

export interface RetryInput {
  incidentId: string;
  actor: string;
  /** Corrections merged into the case variables before the retry. */
  variables?: Record<string, unknown> | undefined;
}

/** An incident with what its retry applies again. */
interface RetryableIncidentRow extends IncidentRow {
  command: IncidentCommand | null;
}

export class IncidentSystem {
  constructor(
    private readonly resources: RuntimeResources,
    private readonly commands: CaseCommands,
    private readonly runner: CommandRunner,
    private readonly files: CaseFiles,
  ) {}

  async list(filter: { open?: boolean; caseId?: string }, scope: Scope): Promise<Incident[]> {
    const params: unknown[] = [];
    let where = `WHERE true${scopeClause(scope, params, 'c')}`;
    if (filter.open !== undefined) where += filter.open ? ` AND i.status = 'open'` : ` AND i.status = 'resolved'`;
    if (filter.caseId) {
      if (!isUuid(filter.caseId)) return [];
      params.push(filter.caseId);
      where += ` AND i.case_id = $${params.length}`;
    }
    const { rows } = await this.resources.store.query<RetryableIncidentRow>(
      `SELECT i.* FROM incidents i JOIN cases c ON c.id = i.case_id ${where} ORDER BY i.created_at DESC, i.id LIMIT 500`,
      params,
    );
    return rows.map(toIncident);
  }

  async retry(input: RetryInput, scope: Scope): Promise<CaseDetail> {
    if (!isUuid(input.incidentId)) throw new IncidentNotFoundError(input.incidentId);
    const caseId = await this.runner.run(input.actor, async (ctx) => {
      const params: unknown[] = [input.incidentId];
      const { rows } = await ctx.q.query<RetryableIncidentRow>(
        `SELECT i.* FROM incidents i JOIN cases c ON c.id = i.case_id WHERE i.id = $1 AND i.status = 'open'${scopeClause(scope, params, 'c')}`,
        params,
      );
      const incident = rows[0];
      if (!incident) throw new IncidentNotFoundError(input.incidentId);
      await ctx.q.query(`UPDATE incidents SET status = 'resolved', resolved_at = $2, resolved_by = $3 WHERE id = $1`, [incident.id, ctx.now, input.actor]);
      let record = await loadCase(ctx.q, incident.case_id, {});
      ctx.events.add(infoOf(record), 'incident_resolved', { elementId: incident.element_id, data: { incidentId: incident.id, cause: incident.cause } });
      const variables = input.variables ? { ...record.variables, ...input.variables } : record.variables;
      const others = await ctx.q.query(`SELECT 1 FROM incidents WHERE case_id = $1 AND status = 'open'`, [record.id]);
      record = { ...record, variables, incident: others.rows.length > 0 };
      const retryCtx = { ...ctx, incidentAttempts: incident.attempts + 1 };
      const command = incident.command ?? { kind: 'resume' as const };
      if (record.status !== 'running') {
        await saveCase(ctx.q, record, false, ctx.now);
      } else if (command.kind === 'call') {
        const childId = randomUUID();
        const position = {
          ...record.position,
          active: record.position.active.map((a) => (a.executionId === command.executionId ? { ...a, childCaseId: childId } : a)),
        };
        record = await saveCase(ctx.q, { ...record, position }, false, ctx.now);
        await this.commands.startChild(retryCtx, record, { ...command, childId });
      } else {
        const compiled = await this.commands.versions.compiled(record.code, record.version, ctx.q);
        await this.commands.run(retryCtx, record, compiled, command, { variables });
      }
      return record.id;
    });
    return this.files.get(caseId, scope);
  }
}
