/** Schemas of the standards routes. */
import { Type } from '@sinclair/typebox';
import { LocalizedText, STANDARD_STATUSES, StandardCode, type ServiceStandard } from '@jingzhun/standards';
import { Localized, Nullable, PeopleSchema, PositiveInt, ProblemSchema } from './common';

/**
 * A standard as the editor sends it: the code and title are required to file it; everything else is
 * checked by the standard's own validation, which reports every problem instead of refusing the save.
 */
export const StandardDocument = Type.Object(
  { code: StandardCode, title: LocalizedText },
  { additionalProperties: true, maxProperties: 50, description: 'a ServiceStandard document (see the standards schema)' },
);

/**
 * A standard document as the API answers it. A draft may be incomplete (its problems say what is
 * missing), so the answer is not checked against the standards' schema; its type is the standard's.
 */
const StandardAnswer = Type.Unsafe<ServiceStandard>(Type.Record(Type.String(), Type.Unknown(), { description: 'a ServiceStandard document (see the standards schema)' }));

export const DraftStatusSchema = Type.Union([Type.Literal('draft'), Type.Literal('in_review'), Type.Literal('rejected')]);

export const DraftSchema = Type.Object({
  standard: StandardAnswer,
  revision: Type.Integer(),
  status: DraftStatusSchema,
  author: Type.String(),
  updatedAt: Type.String(),
  problems: Type.Array(ProblemSchema),
  reviewComment: Nullable(Type.String()),
  basedOnVersion: Nullable(Type.Integer()),
});

export const VersionSummarySchema = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  hash: Type.String(),
  status: Type.Union([Type.Literal('published'), Type.Literal('retired')]),
  publishedAt: Type.String(),
  author: Type.String(),
  approver: Type.String(),
  changelog: Type.Optional(Type.String()),
});

export const VersionSchema = Type.Intersect([VersionSummarySchema, Type.Object({ standard: StandardAnswer })]);

export const StandardStatusSchema = Type.Union(STANDARD_STATUSES.map((s) => Type.Literal(s)));

export const StandardListItem = Type.Object({
  code: Type.String(),
  title: Localized,
  population: Nullable(Localized),
  status: StandardStatusSchema,
  draftStatus: Nullable(DraftStatusSchema),
  latestVersion: Nullable(Type.Integer()),
  updatedAt: Type.String(),
  deployedDistricts: Type.Array(Type.String()),
});

export const StandardsQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    status: Type.Optional(StandardStatusSchema),
    population: Type.Optional(Type.String({ maxLength: 100 })),
    district: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);

/** A step of the review record: submitted, approved, rejected, … with the reviewer's comment. */
export const HistoryEntry = Type.Object({
  action: Type.String(),
  version: Nullable(Type.Integer()),
  actor: Type.String(),
  comment: Nullable(Type.String()),
  at: Type.String(),
});

/** One standard: its draft, versions, review history and deployments, and who each person in them is. */
export const StandardDetailSchema = Type.Object({
  code: Type.String(),
  title: Localized,
  draft: Nullable(DraftSchema),
  versions: Type.Array(VersionSummarySchema),
  history: Type.Array(HistoryEntry),
  deployments: Type.Array(Type.Object({ district: Type.String(), version: Type.Integer(), deployedAt: Type.String() })),
  people: PeopleSchema,
});

/** What changed between two versions (or a version and the draft), with both diagrams. */
export const StandardDiffSchema = Type.Object({
  diff: Type.Record(Type.String(), Type.Unknown(), { description: 'the semantic diff of the two documents' }),
  fromXml: Type.String(),
  toXml: Type.String(),
});

/** A standard document with its code and title, as creating or saving a draft takes it. */
export const StandardBody = Type.Object({ standard: StandardDocument }, { additionalProperties: false });
export const SaveDraftBody = Type.Object({ standard: StandardDocument, revision: PositiveInt({ minimum: 0 }) }, { additionalProperties: false });
export const ApproveDraftBody = Type.Object(
  { comment: Type.Optional(Type.String({ maxLength: 2000 })), changelog: Type.Optional(Type.String({ maxLength: 4000 })) },
  { additionalProperties: false },
);
export const RejectDraftBody = Type.Object({ comment: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });

/** A draft saved: its new revision and every problem it still has. */
export const DraftSavedSchema = Type.Object({ revision: Type.Integer(), problems: Type.Array(ProblemSchema) });
/** A standard created or imported: its code and first (or next) draft. */
export const DraftCreatedSchema = Type.Object({ code: Type.String(), draft: DraftSchema });

export const CodeParams = Type.Object({ code: StandardCode }, { additionalProperties: false });
export const VersionParams = Type.Object({ code: StandardCode, version: PositiveInt() }, { additionalProperties: false });
