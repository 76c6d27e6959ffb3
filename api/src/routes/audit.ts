import { Type } from '@sinclair/typebox';
import { findDistrict } from '@jingzhun/standards';
import { ROLE_NAMES, ROLES, type Role } from '../accounts/roles';
import type { AuditEntry, AuditTrail } from '../http/audit';
import type { Language } from '../http/language';
import type { ApiRoutes } from '../http/route';
import type { Table } from '../http/table-export';

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

const roleName = (role: string | null, lang: Language) => ((ROLES as readonly string[]).includes(role ?? '') ? ROLE_NAMES[role as Role][lang] : role);

/** The audit trail as a table: who did what, when, to what, with what outcome. */
function auditTable(items: readonly AuditEntry[], lang: Language): Table {
  return {
    name: { zh: '审计日志', en: 'Audit trail' },
    columns: [
      { key: 'at', title: { zh: '时间', en: 'Time' }, type: 'datetime' },
      { key: 'username', title: { zh: '用户名', en: 'Username' } },
      { key: 'role', title: { zh: '角色', en: 'Role' } },
      { key: 'district', title: { zh: '区', en: 'District' } },
      { key: 'action', title: { zh: '操作', en: 'Action' } },
      { key: 'resource', title: { zh: '对象', en: 'Resource' } },
      { key: 'status', title: { zh: '结果状态码', en: 'Status' }, type: 'number' },
      { key: 'ip', title: { zh: 'IP 地址', en: 'IP address' } },
      { key: 'requestId', title: { zh: '请求编号', en: 'Request ID' } },
      { key: 'details', title: { zh: '详情', en: 'Details' } },
      { key: 'id', title: { zh: '记录编号', en: 'Record' }, type: 'number' },
    ],
    rows: items.map((e) => ({
      ...e,
      username: e.actor.username,
      role: roleName(e.actor.role, lang),
      district: e.district && (findDistrict(e.district)?.name[lang] ?? e.district),
    })),
  };
}

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
    exportTables: ({ items }, { lang }) => [auditTable(items, lang)],
  });
}
