import { Type } from '@sinclair/typebox';
import type { AuditTrail } from '../http/audit';
import type { ApiRoutes } from '../http/route';

const AuditEntrySchema = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actor: Type.Object({
    id: Type.Union([Type.String(), Type.Null()]),
    username: Type.Union([Type.String(), Type.Null()]),
    role: Type.Union([Type.String(), Type.Null()]),
  }),
  district: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  resource: Type.String(),
  status: Type.Integer(),
  ip: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
});

export function auditRoutes(api: ApiRoutes, audit: AuditTrail): void {
  api.add({
    method: 'get',
    path: '/audit',
    summary: 'The audit trail: every write and every read of a case, newest first',
    tags: ['audit'],
    permission: 'audit.read',
    query: Type.Object(
      {
        actor: Type.Optional(Type.String({ maxLength: 100 })),
        action: Type.Optional(Type.String({ maxLength: 200 })),
        resource: Type.Optional(Type.String({ maxLength: 300 })),
        from: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
        to: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
        cursor: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
      },
      { additionalProperties: false },
    ),
    response: Type.Object({ items: Type.Array(AuditEntrySchema), nextCursor: Type.Union([Type.Integer(), Type.Null()]) }),
    handler: ({ query }) => audit.list({ ...query, limit: query.limit ?? 100 }),
  });
}
