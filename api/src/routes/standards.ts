import { Type } from '@sinclair/typebox';
import type { ServiceStandard } from '@jingzhun/standards';
import type { Store } from '@jingzhun/engine';
import { peopleOf } from '../accounts/people';
import type { ApiRoutes } from '../http/route';
import { DataObject, PositiveInt, ProblemSchema } from '../schemas/common';
import {
  ApproveDraftBody,
  CodeParams,
  DraftCreatedSchema,
  DraftSchema,
  DraftSavedSchema,
  RejectDraftBody,
  SaveDraftBody,
  StandardBody,
  StandardDetailSchema,
  StandardDiffSchema,
  StandardListItem,
  StandardsQuery,
  VersionParams,
  VersionSchema,
} from '../schemas/standards';
import type { StandardsArchive } from '../standards/archive';
import type { StandardsCatalogue } from '../standards/catalogue';

export function standardsRoutes(api: ApiRoutes, store: Store, catalogue: StandardsCatalogue, archive: StandardsArchive): void {
  const { authoring } = catalogue;

  api.add({
    method: 'get',
    path: '/standards',
    summary: 'The standards, with their status, latest version and where they are deployed',
    tags: ['standards'],
    permission: 'standards.read',
    query: StandardsQuery,
    response: Type.Object({ items: Type.Array(StandardListItem) }),
    handler: async ({ query }) => ({ items: await catalogue.list(query) }),
  });

  api.add({
    method: 'post',
    path: '/standards/validate',
    summary: 'Every problem of a standard document, without saving it (for its authors: validation costs the server a worker for up to seconds)',
    tags: ['standards'],
    permission: 'standards.write',
    body: Type.Object({ standard: DataObject(50) }, { additionalProperties: false }),
    response: Type.Object({ problems: Type.Array(ProblemSchema) }),
    handler: async ({ body }) => ({ problems: await authoring.validate(body.standard) }),
  });

  api.add({
    method: 'post',
    path: '/standards',
    summary: 'Create a standard: its first draft',
    tags: ['standards'],
    permission: 'standards.write',
    status: 201,
    body: StandardBody,
    response: DraftCreatedSchema,
    handler: ({ body, user, auditDetails }) => {
      auditDetails({ code: body.standard.code });
      return authoring.create(body.standard as unknown as ServiceStandard, user);
    },
  });

  api.add({
    method: 'get',
    path: '/standards/:code',
    summary: 'One standard: its draft, versions, review history and deployments',
    tags: ['standards'],
    permission: 'standards.read',
    params: CodeParams,
    response: StandardDetailSchema,
    handler: async ({ params }) => {
      const detail = await catalogue.detail(params.code);
      const ids = [detail.draft?.author, ...detail.versions.flatMap((v) => [v.author, v.approver]), ...detail.history.map((h) => h.actor)];
      return { ...detail, people: await peopleOf(store, ids) };
    },
  });

  api.add({
    method: 'put',
    path: '/standards/:code/draft',
    summary: 'Save the draft (even with problems, which the response lists); a stale revision is a conflict',
    tags: ['standards'],
    permission: 'standards.write',
    params: CodeParams,
    body: SaveDraftBody,
    response: DraftSavedSchema,
    handler: ({ params, body, user }) => authoring.saveDraft(params.code, body.standard as unknown as ServiceStandard, body.revision, user),
  });

  api.add({
    method: 'post',
    path: '/standards/:code/draft/submit',
    summary: 'Send the draft for review; refused while it has errors',
    tags: ['standards'],
    permission: 'standards.write',
    params: CodeParams,
    response: Type.Object({ status: Type.Literal('in_review') }),
    handler: ({ params, user }) => authoring.submit(params.code, user),
  });

  api.add({
    method: 'post',
    path: '/standards/:code/draft/approve',
    summary: 'Approve the draft under review: publishes it as the next immutable version',
    tags: ['standards'],
    permission: 'standards.review',
    params: CodeParams,
    body: ApproveDraftBody,
    response: Type.Object({ version: Type.Integer(), hash: Type.String() }),
    handler: ({ params, body, user, auditDetails }) => {
      auditDetails({ code: params.code });
      return authoring.approve(params.code, user, body);
    },
  });

  api.add({
    method: 'post',
    path: '/standards/:code/draft/reject',
    summary: 'Reject the draft under review with a comment; it returns to its author',
    tags: ['standards'],
    permission: 'standards.review',
    params: CodeParams,
    body: RejectDraftBody,
    response: Type.Object({ status: Type.Literal('rejected') }),
    handler: ({ params, body, user }) => authoring.reject(params.code, user, body.comment),
  });

  api.add({
    method: 'get',
    path: '/standards/:code/versions/:version',
    summary: 'A published version, whole',
    tags: ['standards'],
    permission: 'standards.read',
    params: VersionParams,
    response: VersionSchema,
    handler: ({ params }) => catalogue.version(params.code, params.version),
  });

  api.add({
    method: 'post',
    path: '/standards/:code/versions/:version/retire',
    summary: 'Retire a version: it can no longer be deployed; running cases go on',
    tags: ['standards'],
    permission: 'standards.retire',
    params: VersionParams,
    response: Type.Object({ status: Type.Literal('retired') }),
    handler: async ({ params, user }) => {
      await authoring.retire(params.code, params.version, user);
      return { status: 'retired' as const };
    },
  });

  api.add({
    method: 'get',
    path: '/standards/:code/diff',
    summary: 'What changed between two versions (or a version and the draft), with both diagrams',
    tags: ['standards'],
    permission: 'standards.read',
    params: CodeParams,
    query: Type.Object(
      {
        from: Type.Union([PositiveInt(), Type.Literal('draft')]),
        to: Type.Union([PositiveInt(), Type.Literal('draft')]),
      },
      { additionalProperties: false },
    ),
    response: StandardDiffSchema,
    handler: ({ params, query }) => catalogue.diff(params.code, query.from, query.to),
  });

  api.add({
    method: 'get',
    path: '/standards/:code/export',
    summary: 'A zip of the standard in the folder format: a version, the draft, or by default the draft if there is one, else the newest version',
    tags: ['standards'],
    permission: 'standards.read',
    params: CodeParams,
    query: Type.Object({ version: Type.Optional(Type.Union([PositiveInt(), Type.Literal('draft')])) }, { additionalProperties: false }),
    produces: 'application/zip',
    handler: async ({ params, query, res }) => {
      const { bytes, filename } = await archive.exportZip(params.code, query.version);
      res
        .status(200)
        .type('application/zip')
        .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  });

  api.add({
    method: 'post',
    path: '/standards/import',
    summary: 'Import a zip of the folder format: creates the standard, or saves it as the next draft of an existing one',
    tags: ['standards'],
    permission: 'standards.write',
    status: 201,
    consumes: 'application/zip',
    response: Type.Object({ code: Type.String(), draft: DraftSchema, created: Type.Boolean() }),
    handler: async ({ req, user, auditDetails }) => {
      const result = await archive.importZip(new Uint8Array(req.body as Buffer), user);
      auditDetails({ code: result.code, created: result.created });
      return result;
    },
  });
}
