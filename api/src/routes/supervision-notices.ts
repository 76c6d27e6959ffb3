/**
 * 督办 notices over HTTP: the city supervisor sends a district a notice about a figure below target,
 * the district operator replies, the supervisor closes or returns it. A district operator sees only
 * their district's notices (another district's are 404, as cases are); caseworkers and standards
 * staff see none (403). Every change is audited with the notice's id and the step, never its text.
 *
 * @example
 *   supervisionNoticeRoutes(routes, runtime);
 *   // POST /api/supervision/notices {district, standard, indicator, period, figure, message, dueWorkingDays}
 */
import { Type } from '@sinclair/typebox';
import { NoticeSystem, type NoticeDetail, type Runtime } from '@jingzhun/engine';
import { peopleOf, type People } from '../accounts/people';
import { scopeOf } from '../accounts/roles';
import type { ApiRoutes } from '../http/route';
import {
  CloseNoticeBody,
  NoticeDetailSchema,
  NoticeListSchema,
  NoticesQuery,
  ReplyNoticeBody,
  ReturnNoticeBody,
  SendNoticeBody,
} from '../schemas/supervision-notices';

const TAGS = ['supervision'];
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 80, pattern: '^[A-Za-z0-9_-]+$' }) }, { additionalProperties: false });

export function supervisionNoticeRoutes(api: ApiRoutes, runtime: Runtime): void {
  const notices = new NoticeSystem(runtime.resources);
  const store = runtime.resources.store;
  const withPeople = async (notice: NoticeDetail): Promise<NoticeDetail & { people: People }> => ({
    ...notice,
    people: await peopleOf(store, [notice.createdBy, notice.closedBy, ...notice.thread.map((e) => e.actor)]),
  });

  api.add({
    method: 'get',
    path: '/supervision/notices',
    summary: '督办 notices the caller may see, newest first: a district operator their district’s, city roles every district’s',
    tags: TAGS,
    permission: 'notices.read',
    query: NoticesQuery,
    response: NoticeListSchema,
    handler: async ({ query, user }) => {
      const page = await notices.list(
        { district: query.district, status: query.status, code: query.standard, overdue: query.overdue, cursor: query.cursor, limit: query.limit },
        scopeOf(user),
      );
      return { ...page, people: await peopleOf(store, page.items.flatMap((n) => [n.createdBy, n.closedBy])) };
    },
  });

  api.add({
    method: 'get',
    path: '/supervision/notices/:id',
    summary: 'One 督办 notice with its thread: sent, replies, returns, the close',
    tags: TAGS,
    permission: 'notices.read',
    params: IdParams,
    response: NoticeDetailSchema,
    handler: async ({ params, user }) => withPeople(await notices.get(params.id, scopeOf(user))),
  });

  api.add({
    method: 'post',
    path: '/supervision/notices',
    summary: 'Send a district a 督办 notice about a figure below target, due in working days of the official calendar',
    tags: TAGS,
    permission: 'notices.send',
    status: 201,
    body: SendNoticeBody,
    response: NoticeDetailSchema,
    handler: async ({ body, user, auditDetails }) => {
      auditDetails({ action: 'send', district: body.district, standard: body.standard, indicator: body.indicator });
      const notice = await notices.send({
        district: body.district,
        code: body.standard,
        indicator: body.indicator,
        period: body.period,
        figure: body.figure,
        message: body.message,
        dueWorkingDays: body.dueWorkingDays,
        actor: user.id,
      });
      auditDetails({ notice: notice.id });
      return withPeople(notice);
    },
  });

  api.add({
    method: 'post',
    path: '/supervision/notices/:id/reply',
    summary: 'The district’s reply: what was found and what was done (while the notice waits for it)',
    tags: TAGS,
    permission: 'notices.reply',
    params: IdParams,
    body: ReplyNoticeBody,
    response: NoticeDetailSchema,
    handler: async ({ params, body, user, auditDetails }) => {
      auditDetails({ action: 'reply', notice: params.id });
      return withPeople(await notices.reply({ noticeId: params.id, findings: body.findings, actions: body.actions, revision: body.revision, actor: user.id }, scopeOf(user)));
    },
  });

  for (const action of ['close', 'return'] as const) {
    api.add({
      method: 'post',
      path: `/supervision/notices/:id/${action}`,
      summary:
        action === 'close'
          ? 'Accept the district’s reply: the notice is closed for good'
          : 'Return the district’s reply as not enough: the notice waits for another reply, with the same due time',
      tags: TAGS,
      permission: 'notices.send',
      params: IdParams,
      body: action === 'close' ? CloseNoticeBody : ReturnNoticeBody,
      response: NoticeDetailSchema,
      handler: async ({ params, body, user, auditDetails }) => {
        auditDetails({ action, notice: params.id });
        const input = { noticeId: params.id, message: body.message, revision: body.revision, actor: user.id };
        return withPeople(action === 'close' ? await notices.close(input, scopeOf(user)) : await notices.return(input, scopeOf(user)));
      },
    });
  }
}
