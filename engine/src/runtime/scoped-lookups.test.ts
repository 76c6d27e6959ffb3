import { storeTargets, type TestStore } from '../testing';
import { CASE_BY_ID } from './case-record';
import { CASE_DETAIL_BY_ID } from './case-files';
import { scopeClause } from './scope';
import { TASK_BY_ID, TASK_WITH_CASE_BY_ID } from './task-system';

/**
 * A lookup by id inside a district is a prepared statement: PostgreSQL plans it once and keeps the plan
 * for the connection's life. Planned on tables still empty (a fresh platform), an index led by the
 * district cost as much as the primary key, and every later lookup read all of the district's rows —
 * each task completion slower with every case the district had started.
 */
describe.each(storeTargets())('lookups by id within a scope on $kind', (target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await target.open();
  });
  afterEach(() => store.dispose());

  /** The plan PostgreSQL keeps for the statement as prepared on an empty store. */
  async function keptPlan(statement: string, alias: string, leading: unknown[]): Promise<string> {
    const params = [...leading];
    const text = `${statement}${scopeClause({ district: 'dongcheng', organisation: 'org-a' }, params, alias)}`;
    return store.transaction(async (tx) => {
      await tx.query('SET LOCAL plan_cache_mode = force_generic_plan');
      await tx.query(`PREPARE scoped_lookup AS ${text}`);
      const literals = params.map((p) => (p instanceof Date ? `'${p.toISOString()}'` : `'${String(p)}'`)).join(', ');
      const { rows } = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE scoped_lookup(${literals})`);
      await tx.query('DEALLOCATE scoped_lookup');
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  const id = '6b1f3a52-0c2e-4d8e-9f1a-2b3c4d5e6f70';

  it.each([
    ['a task', TASK_BY_ID, 't', [id], 'tasks_pkey'],
    ['a task with its case', TASK_WITH_CASE_BY_ID, 't', [id], 'tasks_pkey'],
    ['a case', CASE_BY_ID, 'c', [id], 'cases_pkey'],
    ['a case file', CASE_DETAIL_BY_ID, 'c', [new Date('2024-03-04T01:00:00.000Z'), id], 'cases_pkey'],
  ])('reads %s by its primary key, never by a district index', async (_what, statement, alias, leading, key) => {
    const plan = await keptPlan(statement, alias, leading);
    expect(plan).toContain(key);
    expect(plan).not.toMatch(/tasks_inbox|cases_by_district/);
  });
});
