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

/**
 * The start of a statement that reads one row of `table` by its key (parameter `$key`) as `alias`, for a scope's
 * conditions to be checked on it. The key lookup is fenced (a materialised CTE) so that PostgreSQL always
 * reads the row by its primary key: a prepared statement is planned once for good, and when that was on a
 * table still small, an index led by `district` (tasks_inbox, cases_by_district) cost the same as the key
 * and was kept — every later lookup then read all of the district's rows, slower with every case.
 *
 * @example
 *   `${byKey('tasks', 't')} SELECT t.id FROM t WHERE true${scopeClause(scope, params, 't')}`
 */
export function byKey(table: 'tasks' | 'cases', alias: string, key = 1): string {
  return `WITH ${alias} AS MATERIALIZED (SELECT * FROM ${table} WHERE id = $${key})`;
}
