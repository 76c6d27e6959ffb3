/**
 * The audit trail: every write, and every read of a case, with who, when, what and from where.
 * Records are appended after the response is sent, with its status, so refused attempts are kept too.
 */
import type { Request } from 'express';
import type { Logger } from 'pino';
import type { Store } from '@jingzhun/engine';
import type { User } from '../accounts/roles';
import { requestIdOf } from './request-context';

export interface AuditRecord {
  req: Request;
  user: User | undefined;
  status: number;
  details: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string | null; username: string | null; role: string | null };
  district: string | null;
  action: string;
  resource: string;
  status: number;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  resource?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: number | undefined;
  limit: number;
}

interface AuditRow {
  id: number;
  at: Date;
  actor_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  district: string | null;
  action: string;
  resource: string;
  status: number;
  ip: string | null;
  request_id: string | null;
  details: Record<string, unknown> | null;
}

/** Most records written in one statement. */
const BATCH = 500;

/** One text for any number of records (a column per array): prepared once per connection. */
const INSERT = `INSERT INTO audit_log(actor_id, actor_username, actor_role, district, action, resource, status, ip, request_id, details)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::jsonb[])`;
const COLUMNS = 10;

export function createAuditTrail(store: Store, logger: Logger) {
  const queued: unknown[][] = [];
  let writing: Promise<void> | undefined;

  // Records queued while a write is in flight go out together in the next one: under load that is one
  // INSERT for many requests instead of one each.
  async function drain(): Promise<void> {
    while (queued.length) {
      const batch = queued.splice(0, BATCH);
      const columns = Array.from({ length: COLUMNS }, (_c, col) => batch.map((record) => record[col]));
      try {
        await store.query(INSERT, columns, { prepare: true });
      } catch (error) {
        logger.error({ err: error, records: batch.length }, 'audit records lost');
      }
    }
  }

  function kick(): void {
    if (writing) return;
    writing = drain().finally(() => {
      writing = undefined;
      if (queued.length) kick();
    });
  }

  return {
    record({ req, user, status, details }: AuditRecord): void {
      const requestId = (req.res && requestIdOf(req.res)) ?? null;
      queued.push([
        user?.id ?? null,
        user?.username ?? null,
        user?.role ?? null,
        user?.district ?? null,
        `${req.method} ${req.route?.path ?? req.path}`,
        req.originalUrl.split('?')[0] ?? req.path,
        status,
        req.ip ?? null,
        requestId,
        Object.keys(details).length ? JSON.stringify(details) : null,
      ]);
      kick();
    },

    /** Waits for records still being written (tests, and shutdown). */
    async flush(): Promise<void> {
      while (writing) await writing;
    },

    async list(filter: AuditFilter): Promise<{ items: AuditEntry[]; nextCursor: number | null }> {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replace('?', `$${params.length}`));
      };
      if (filter.actor) add('actor_username = ?', filter.actor);
      if (filter.action) add('action LIKE ?', `%${filter.action}%`);
      if (filter.resource) add('resource LIKE ?', `${filter.resource}%`);
      if (filter.from) add('at >= ?', new Date(filter.from));
      if (filter.to) add('at < ?', new Date(filter.to));
      if (filter.cursor) add('id < ?', filter.cursor);
      params.push(filter.limit + 1);
      const { rows } = await store.query<AuditRow>(
        `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
        params,
      );
      const page = rows.slice(0, filter.limit);
      return {
        items: page.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actor: { id: r.actor_id, username: r.actor_username, role: r.actor_role },
          district: r.district,
          action: r.action,
          resource: r.resource,
          status: r.status,
          ip: r.ip,
          requestId: r.request_id,
          details: r.details,
        })),
        nextCursor: rows.length > filter.limit ? (page[page.length - 1]?.id ?? null) : null,
      };
    },
  };
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;
