/**
 * A scope becomes SQL: each defined field adds `AND <alias>.district = $n` (or organisation), so a row
 * outside the caller's scope is simply not found.
 *
 * @example
 *   const params: unknown[] = [caseId];
 *   const where = scopeClause({ district: 'dongcheng' }, params, 'c'); // " AND c.district = $2"
 */
import type { Scope } from './types';

export function scopeClause(scope: Scope, params: unknown[], alias: string): string {
  let sql = '';
  if (scope.district !== undefined) {
    params.push(scope.district);
    sql += ` AND ${alias}.district = $${params.length}`;
  }
  if (scope.organisation !== undefined) {
    params.push(scope.organisation);
    sql += ` AND ${alias}.organisation = $${params.length}`;
  }
  return sql;
}

/** Whether a row's district and organisation lie inside the scope. */
export function inScope(scope: Scope, row: { district: string; organisation: string | null }): boolean {
  return (scope.district === undefined || scope.district === row.district) && (scope.organisation === undefined || scope.organisation === row.organisation);
}
