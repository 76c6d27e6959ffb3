/**
 * A district's workload, as its operator spreads it: how many open tasks each caseworker of the district
 * holds and how many of them are overdue, those nobody has taken, the tasks behind each figure, and a
 * task handed from one caseworker to another. Only the district's operator, in their own district;
 * every handing-on is in the audit trail and the case's timeline.
 */
import { Type } from '@sinclair/typebox';
import type { Runtime } from '@jingzhun/engine';
import { isDistrictCode } from '@jingzhun/standards';
import { districtCaseworkers, findCaseworker } from '../accounts/caseworkers';
import { peopleOf } from '../accounts/people';
import { scopeOf, type User } from '../accounts/roles';
import { HttpError } from '../http/errors';
import type { ApiRoutes } from '../http/route';
import { AssignTaskBody, TaskListSchema, TaskSchema, WorkloadSchema, WorkloadTasksQuery } from '../schemas/cases';
import { DistrictCode } from '../schemas/districts';

const DistrictParams = Type.Object({ district: DistrictCode }, { additionalProperties: false });
const TaskParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 80, pattern: '^[A-Za-z0-9_-]+$' }) }, { additionalProperties: false });

/** The tasks nobody holds, as `assignee` names them. */
const UNASSIGNED = 'unassigned';

/** The operator's own district; another one is "not found", so its existence does not leak. */
function ownDistrict(user: User, code: string): string {
  if (!isDistrictCode(code) || user.district !== code) throw new HttpError('NOT_FOUND', { zh: `没有这个区：${code}`, en: `no district ${code}` });
  return code;
}

function refused(zh: string, en: string): HttpError {
  return new HttpError('ASSIGNEE_INVALID', { zh, en }, [{ pointer: '/assignee', message: { zh, en } }]);
}

export function workloadRoutes(api: ApiRoutes, runtime: Runtime): void {
  const store = runtime.resources.store;

  api.add({
    method: 'get',
    path: '/districts/:district/workload',
    summary: 'The open caseworkers’ tasks of the district: how many each caseworker holds and how many are overdue, and those nobody has taken',
    tags: ['tasks'],
    permission: 'workload.read',
    params: DistrictParams,
    response: WorkloadSchema,
    handler: async ({ params, user }) => {
      const district = ownDistrict(user, params.district);
      const [team, load] = await Promise.all([districtCaseworkers(store, district), runtime.taskWorkload('caseworker', scopeOf(user))]);
      const held = new Map(load.map((l) => [l.assignee, l]));
      const caseworkers = team.map((c) => ({
        id: c.id,
        username: c.username,
        displayName: c.displayName,
        organisation: c.organisation,
        open: held.get(c.id)?.open ?? 0,
        overdue: held.get(c.id)?.overdue ?? 0,
        account: true,
      }));
      // Tasks held by someone who is no caseworker of the district any more (or never had an account): theirs to hand on too.
      const others = load.filter((l) => l.assignee !== null && !team.some((c) => c.id === l.assignee));
      const people = await peopleOf(store, others.map((l) => l.assignee));
      const formerly = others.map((l) => ({
        id: l.assignee!,
        username: people[l.assignee!]?.username ?? l.assignee!,
        displayName: people[l.assignee!]?.displayName ?? { zh: '无账号的人员', en: 'Someone without an account' },
        organisation: null,
        open: l.open,
        overdue: l.overdue,
        account: false,
      }));
      const nobody = held.get(null);
      return {
        caseworkers: [...caseworkers, ...formerly],
        unassigned: { open: nobody?.open ?? 0, overdue: nobody?.overdue ?? 0 },
      };
    },
  });

  api.add({
    method: 'get',
    path: '/districts/:district/workload/tasks',
    summary: 'The open caseworkers’ tasks of the district one caseworker holds (or nobody: `unassigned`), overdue first',
    tags: ['tasks'],
    permission: 'workload.read',
    params: DistrictParams,
    query: WorkloadTasksQuery,
    response: TaskListSchema,
    handler: async ({ params, query, user }) => {
      ownDistrict(user, params.district);
      const items = await runtime.listTasks(
        {
          assignTo: 'caseworker',
          status: 'open',
          assignee: query.assignee === UNASSIGNED ? null : query.assignee,
          overdue: query.overdue,
          limit: query.limit ?? 500,
        },
        scopeOf(user),
      );
      return { items, people: await peopleOf(store, items.map((t) => t.assignee)) };
    },
  });

  api.add({
    method: 'post',
    path: '/tasks/:id/assign',
    summary: 'Hand an open caseworker’s task to another caseworker of the district who may see its case; it is theirs as if they had claimed it',
    tags: ['tasks'],
    permission: 'tasks.assign',
    params: TaskParams,
    body: AssignTaskBody,
    response: TaskSchema,
    handler: async ({ params, body, user, auditDetails }) => {
      auditDetails({ taskId: params.id, assignee: body.assignee });
      const scope = scopeOf(user);
      const task = await runtime.getTask(params.id, scope);
      const caseworker = await findCaseworker(store, body.assignee);
      if (!caseworker || caseworker.district !== task.district) {
        throw refused('只能转交给本区的社工', 'the task can only be handed to a caseworker of its district');
      }
      // An organisation's caseworker sees only the organisation's cases: a task of another case would be out of their sight.
      if (caseworker.organisation && caseworker.organisation.id !== task.organisation) {
        throw refused(`${caseworker.displayName.zh}所在的机构不承办此个案`, `${caseworker.displayName.en}’s organisation does not run this case`);
      }
      return runtime.reassignTask({ taskId: task.id, assignee: caseworker.id, assigneeRole: 'caseworker', actor: user.id }, scope);
    },
  });
}
