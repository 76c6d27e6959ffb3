import { Type, type Static } from '@sinclair/typebox';
import type { Queryable, Runtime, Task } from '@jingzhun/engine';
import { findDistrict, StandardCode } from '@jingzhun/standards';
import { findOrganisation } from '../accounts/organisations';
import { peopleOf, type People } from '../accounts/people';
import { scopeOf, type User } from '../accounts/roles';
import { HttpError } from '../http/errors';
import type { Language } from '../http/language';
import type { ApiRoutes } from '../http/route';
import type { Table } from '../http/table-export';
import {
  CancelCaseBody,
  CaseDetailSchema,
  CaseFileSchema,
  CaseListItemSchema,
  CaseListSchema,
  CasesQuery,
  CompleteTaskBody,
  IncidentSchema,
  NewServiceRecordBody,
  ServiceRecordListSchema,
  ServiceRecordSchema,
  StartCaseBody,
  TaskListSchema,
  TaskSchema,
} from '../schemas/cases';
import { DataObject } from '../schemas/common';

const Id = Type.String({ minLength: 1, maxLength: 80, pattern: '^[A-Za-z0-9_-]+$' });
const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
const Data = DataObject();

/** The district a case is started in: the user's own, or (for city-wide users) the one they name. */
function districtFor(user: User, requested: string | undefined): string {
  if (user.district) {
    if (requested && requested !== user.district) {
      throw new HttpError('FORBIDDEN', { zh: '只能在本区办理个案', en: 'you may only start cases in your own district' });
    }
    return user.district;
  }
  if (!requested) {
    throw new HttpError('BAD_REQUEST', { zh: '请指明个案所在的区', en: 'name the district of the case' }, [
      { pointer: '/district', message: { zh: '市级用户须指明区', en: 'required for city-wide users' } },
    ]);
  }
  return requested;
}

/**
 * The organisation a case is handed to: an organisation user's own; otherwise the one named, which must
 * exist and work in the case's district.
 */
async function organisationFor(user: User, district: string, requested: string | undefined, db: Queryable): Promise<string | null> {
  if (user.organisation) {
    if (requested && requested !== user.organisation) {
      throw new HttpError('FORBIDDEN', { zh: '只能为本机构办理个案', en: 'you may only start cases for your own organisation' });
    }
    return user.organisation;
  }
  if (!requested) return null;
  const organisation = await findOrganisation(db, requested);
  if (!organisation || (organisation.district !== null && organisation.district !== district)) {
    throw new HttpError('BAD_REQUEST', { zh: '机构不存在或不在该区服务', en: 'no such organisation works in this district' }, [
      { pointer: '/organisation', message: { zh: `没有在该区服务的机构 ${requested}`, en: `no organisation ${requested} works in ${district}` } },
    ]);
  }
  return organisation.id;
}

// The words of the web app's case list and inbox (editor/src/i18n), so a download says what the screen says.
const CASE_STATUS = {
  running: { zh: '办理中', en: 'In progress' },
  completed: { zh: '已结案', en: 'Closed' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
} as const;
const TASK_STATUS = {
  open: { zh: '待办', en: 'Open' },
  completed: { zh: '已完成', en: 'Completed' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
} as const;
const UNCLAIMED = { zh: '未认领', en: 'Unclaimed' };
/** A step drawn without a name, said by what it waits for. */
const STEP_KINDS = {
  task: { zh: '待办任务', en: 'A task' },
  timer: { zh: '等待到期', en: 'Waiting for a date' },
  message: { zh: '等待消息', en: 'Waiting for a message' },
  referral: { zh: '转介办理中', en: 'Referred' },
  other: { zh: '办理中', en: 'In progress' },
} as const;

const districtName = (code: string, lang: Language) => findDistrict(code)?.name[lang] ?? code;

/**
 * The case list as a table: what the list shows of the work — where each case stands, who holds it,
 * when it is due — never the client's data (their name and street stay on the screen).
 */
function caseTable(items: ReadonlyArray<Static<typeof CaseListItemSchema>>, people: People, lang: Language): Table {
  const separator = lang === 'zh' ? '、' : '; ';
  return {
    name: { zh: '个案', en: 'Cases' },
    columns: [
      { key: 'caseKey', title: { zh: '个案编号', en: 'Case number' } },
      { key: 'standard', title: { zh: '服务标准', en: 'Standard' } },
      { key: 'version', title: { zh: '版本', en: 'Version' }, type: 'number' },
      { key: 'district', title: { zh: '区', en: 'District' } },
      { key: 'organisation', title: { zh: '承接机构', en: 'Organisation' } },
      { key: 'status', title: { zh: '状态', en: 'Status' } },
      { key: 'steps', title: { zh: '当前环节', en: 'Current step' } },
      { key: 'assignees', title: { zh: '办理人', en: 'Assignee' } },
      { key: 'nextDueAt', title: { zh: '下一期限', en: 'Next due' }, type: 'datetime' },
      { key: 'overdue', title: { zh: '有逾期任务', en: 'Overdue tasks' }, type: 'boolean' },
      { key: 'incident', title: { zh: '出现异常', en: 'Incident' }, type: 'boolean' },
      { key: 'startedAt', title: { zh: '开始时间', en: 'Started' }, type: 'datetime' },
      { key: 'endedAt', title: { zh: '结束时间', en: 'Ended' }, type: 'datetime' },
      { key: 'id', title: { zh: '系统编号', en: 'ID' } },
    ],
    rows: items.map((c) => ({
      ...c,
      standard: c.standard.title[lang],
      version: c.standard.version,
      district: districtName(c.district, lang),
      status: CASE_STATUS[c.status][lang],
      steps: c.steps.map((s) => s.name?.[lang] ?? STEP_KINDS[s.kind][lang]).join(separator),
      assignees: [...new Set(c.steps.flatMap((s) => (s.assignee ? [people[s.assignee]?.displayName[lang] ?? s.assignee] : [])))].join(separator) || null,
    })),
  };
}

/** The inbox as a table: what the inbox shows, never the form data. */
function taskTable(items: ReadonlyArray<Static<typeof TaskSchema>>, people: People, lang: Language): Table {
  return {
    name: { zh: '待办任务', en: 'Inbox' },
    columns: [
      { key: 'name', title: { zh: '任务', en: 'Task' } },
      { key: 'caseKey', title: { zh: '个案编号', en: 'Case number' } },
      { key: 'standard', title: { zh: '服务标准', en: 'Standard' } },
      { key: 'district', title: { zh: '区', en: 'District' } },
      { key: 'status', title: { zh: '状态', en: 'Status' } },
      { key: 'assignee', title: { zh: '办理人', en: 'Assignee' } },
      { key: 'createdAt', title: { zh: '创建时间', en: 'Created' }, type: 'datetime' },
      { key: 'dueAt', title: { zh: '期限', en: 'Due' }, type: 'datetime' },
      { key: 'overdue', title: { zh: '逾期', en: 'Overdue' }, type: 'boolean' },
      { key: 'workingDaysLeft', title: { zh: '剩余工作日', en: 'Working days left' }, type: 'number' },
      { key: 'completedAt', title: { zh: '完成时间', en: 'Completed' }, type: 'datetime' },
    ],
    rows: items.map((t) => ({
      name: t.name[lang],
      caseKey: t.caseKey,
      standard: t.standard.title[lang],
      district: districtName(t.district, lang),
      status: TASK_STATUS[t.status][lang],
      assignee: t.assignee ? (people[t.assignee]?.displayName[lang] ?? t.assignee) : UNCLAIMED[lang],
      createdAt: t.createdAt,
      dueAt: t.dueAt,
      overdue: t.overdue,
      workingDaysLeft: t.workingDaysLeft,
      completedAt: t.completedAt,
    })),
  };
}

/** The role whose tasks a user sees and works: administrators may work any task in their scope. */
function workAs(user: User): Task['assignTo'] & string | undefined {
  return user.role === 'admin' ? undefined : (user.role as Task['assignTo'] & string);
}

export function caseRoutes(api: ApiRoutes, runtime: Runtime): void {
  api.add({
    method: 'post',
    path: '/cases',
    summary: 'Start a case of a deployed standard with the client’s data (checked against its eligibility schema)',
    tags: ['cases'],
    permission: 'cases.start',
    status: 201,
    body: StartCaseBody,
    response: CaseDetailSchema,
    handler: async ({ body, user, auditDetails }) => {
      auditDetails({ standard: body.standard, caseKey: body.caseKey });
      const district = districtFor(user, body.district);
      return runtime.startCase({
        code: body.standard,
        version: body.version,
        district,
        organisation: await organisationFor(user, district, body.organisation, runtime.resources.store),
        caseKey: body.caseKey,
        data: body.data,
        actor: user.id,
      });
    },
  });

  api.add({
    method: 'get',
    path: '/cases',
    summary: 'Cases the caller may see, newest first, with filters and cursor pagination',
    tags: ['cases'],
    permission: 'cases.read',
    query: CasesQuery,
    response: CaseListSchema,
    handler: async ({ query, user }) => {
      const page = await runtime.listCases(query, scopeOf(user));
      return { ...page, people: await peopleOf(runtime.resources.store, page.items.flatMap((c) => c.steps.map((s) => s.assignee))) };
    },
    exportTables: ({ items, people }, { lang }) => [caseTable(items, people, lang)],
  });

  api.add({
    method: 'get',
    path: '/cases/:id',
    summary: 'One case: state, variables, open tasks, timeline, position in the diagram, referrals',
    tags: ['cases'],
    permission: 'cases.read',
    params: IdParams,
    auditReads: true,
    response: CaseFileSchema,
    handler: async ({ params, user }) => {
      const detail = await runtime.getCase(params.id, scopeOf(user));
      // Who acted, who holds or did the open tasks, and whom a task was handed to or from.
      const handedOn = detail.timeline.flatMap((e) => (e.kind === 'task_reassigned' ? [e.data?.['assignee'], e.data?.['previous']] : [])).filter((id) => typeof id === 'string');
      const ids = [...detail.timeline.map((e) => e.actor), ...detail.openTasks.flatMap((t) => [t.assignee, t.completedBy]), ...handedOn];
      return { ...detail, people: await peopleOf(runtime.resources.store, ids) };
    },
  });

  api.add({
    method: 'post',
    path: '/cases/:id/cancel',
    summary: 'Cancel a running case with a reason; its open tasks and timers are cancelled',
    tags: ['cases'],
    permission: 'cases.cancel',
    params: IdParams,
    body: CancelCaseBody,
    response: CaseDetailSchema,
    handler: ({ params, body, user }) => runtime.cancelCase({ caseId: params.id, reason: body.reason, actor: user.id }, scopeOf(user)),
  });

  api.add({
    method: 'post',
    path: '/cases/:id/records',
    summary: 'Record a contact (服务记录) on a running case: a home visit, a call, an interview, a group session or a volunteer’s visit, when it took place, how long it took and what was done',
    tags: ['cases'],
    permission: 'records.write',
    params: IdParams,
    status: 201,
    body: NewServiceRecordBody,
    response: ServiceRecordSchema,
    handler: ({ params, body, user, auditDetails }) => {
      auditDetails({ kind: body.kind });
      return runtime.addRecord({ caseId: params.id, ...body, actor: user.id }, scopeOf(user));
    },
  });

  api.add({
    method: 'get',
    path: '/cases/:id/records',
    summary: 'A case’s service records, in the order the contacts took place, with who recorded each',
    tags: ['cases'],
    permission: 'cases.read',
    params: IdParams,
    auditReads: true,
    response: ServiceRecordListSchema,
    handler: async ({ params, user }) => {
      const items = await runtime.listRecords(params.id, scopeOf(user));
      return { items, people: await peopleOf(runtime.resources.store, items.map((r) => r.recordedBy)) };
    },
  });

  api.add({
    method: 'post',
    path: '/messages',
    summary: 'Deliver a message to the case waiting for it (by case key and message name)',
    tags: ['cases'],
    permission: 'messages.send',
    body: Type.Object(
      {
        caseKey: Type.String({ minLength: 1, maxLength: 80 }),
        name: Type.String({ minLength: 1, maxLength: 120 }),
        standard: Type.Optional(StandardCode),
        payload: Type.Optional(Data),
      },
      { additionalProperties: false },
    ),
    response: Type.Object({ caseId: Type.String() }),
    handler: ({ body, user }) =>
      runtime.correlateMessage(
        { caseKey: body.caseKey, messageName: body.name, payload: body.payload, code: body.standard, actor: user.id },
        scopeOf(user),
      ),
  });

  api.add({
    method: 'get',
    path: '/tasks',
    summary: 'The caller’s inbox: tasks for their role in their district, overdue first',
    tags: ['tasks'],
    permission: 'tasks.read',
    query: Type.Object(
      {
        status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('completed'), Type.Literal('cancelled')])),
        mine: Type.Optional(Type.Boolean()),
        standard: Type.Optional(StandardCode),
        caseId: Type.Optional(Id),
        overdue: Type.Optional(Type.Boolean()),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000 })),
      },
      { additionalProperties: false },
    ),
    response: TaskListSchema,
    handler: async ({ query, user }) => {
      const items = await runtime.listTasks(
        {
          assignTo: workAs(user),
          status: query.status ?? 'open',
          assignee: query.mine ? user.id : undefined,
          standard: query.standard,
          caseId: query.caseId,
          overdue: query.overdue,
          limit: query.limit ?? 500,
        },
        scopeOf(user),
      );
      return { items, people: await peopleOf(runtime.resources.store, items.flatMap((t) => [t.assignee, t.completedBy])) };
    },
    exportTables: ({ items, people }, { lang }) => [taskTable(items, people, lang)],
  });

  for (const action of ['claim', 'unclaim'] as const) {
    api.add({
      method: 'post',
      path: `/tasks/:id/${action}`,
      summary: action === 'claim' ? 'Take a task: it is assigned to the caller' : 'Give a task back to the inbox',
      tags: ['tasks'],
      permission: 'tasks.work',
      params: IdParams,
      response: TaskSchema,
      handler: ({ params, user }) => {
        const input = { taskId: params.id, actor: user.id, workAs: workAs(user) };
        return action === 'claim' ? runtime.claimTask(input, scopeOf(user)) : runtime.unclaimTask(input, scopeOf(user));
      },
    });
  }

  api.add({
    method: 'post',
    path: '/tasks/:id/complete',
    summary: 'Complete a task with its form data (checked against the task’s form schema)',
    tags: ['tasks'],
    permission: 'tasks.work',
    params: IdParams,
    body: CompleteTaskBody,
    response: TaskSchema,
    handler: ({ params, body, user }) => runtime.completeTask({ taskId: params.id, data: body.data, actor: user.id, workAs: workAs(user) }, scopeOf(user)),
  });

  api.add({
    method: 'post',
    path: '/incidents/:id/retry',
    summary: 'Retry the step that failed once its cause is fixed',
    tags: ['cases'],
    permission: 'incidents.retry',
    params: IdParams,
    body: Type.Object({ variables: Type.Optional(Data) }, { additionalProperties: false }),
    response: CaseDetailSchema,
    handler: ({ params, body, user }) =>
      runtime.retryIncident({ incidentId: params.id, actor: user.id, variables: body.variables }, scopeOf(user)),
  });

  api.add({
    method: 'get',
    path: '/incidents',
    summary: 'Incidents of the cases the caller may see: steps that failed and stopped their case, newest first',
    tags: ['cases'],
    permission: 'cases.read',
    query: Type.Object({ open: Type.Optional(Type.Boolean()), caseId: Type.Optional(Id) }, { additionalProperties: false }),
    response: Type.Object({ items: Type.Array(IncidentSchema) }),
    handler: async ({ query, user }) => ({
      items: await runtime.listIncidents({ ...(query.open !== undefined ? { open: query.open } : {}), ...(query.caseId ? { caseId: query.caseId } : {}) }, scopeOf(user)),
    }),
  });
}
