/** Schemas of the standards routes. */
import { Type } from '@sinclair/typebox';
import { LocalizedText, StandardCode } from '@jingzhun/standards';
import { Localized, PositiveInt, ProblemSchema } from './common';

/**
 * A standard as the editor sends it: the code and title are required to file it; everything else is
 * checked by the standard's own validation, which reports every problem instead of refusing the save.
 */
export const StandardDocument = Type.Object(
  { code: StandardCode, title: LocalizedText },
  { additionalProperties: true, maxProperties: 50, description: 'a ServiceStandard document (see the standards schema)' },
);

export const DraftStatusSchema = Type.Union([Type.Literal('draft'), Type.Literal('in_review'), Type.Literal('rejected')]);

export const DraftSchema = Type.Object({
  standard: Type.Record(Type.String(), Type.Unknown()),
  revision: Type.Integer(),
  status: DraftStatusSchema,
  author: Type.String(),
  updatedAt: Type.String(),
  problems: Type.Array(ProblemSchema),
  reviewComment: Type.Union([Type.String(), Type.Null()]),
  basedOnVersion: Type.Union([Type.Integer(), Type.Null()]),
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

export const VersionSchema = Type.Intersect([VersionSummarySchema, Type.Object({ standard: Type.Record(Type.String(), Type.Unknown()) })]);

export const StandardStatusSchema = Type.Union([
  Type.Literal('draft'),
  Type.Literal('in_review'),
  Type.Literal('rejected'),
  Type.Literal('published'),
  Type.Literal('retired'),
]);

export const StandardListItem = Type.Object({
  code: Type.String(),
  title: Localized,
  population: Type.Union([Localized, Type.Null()]),
  status: StandardStatusSchema,
  draftStatus: Type.Union([DraftStatusSchema, Type.Null()]),
  latestVersion: Type.Union([Type.Integer(), Type.Null()]),
  updatedAt: Type.String(),
  deployedDistricts: Type.Array(Type.String()),
});

export const HistoryEntry = Type.Object({
  action: Type.String(),
  version: Type.Union([Type.Integer(), Type.Null()]),
  actor: Type.String(),
  comment: Type.Union([Type.String(), Type.Null()]),
  at: Type.String(),
});

export const CodeParams = Type.Object({ code: StandardCode }, { additionalProperties: false });
export const VersionParams = Type.Object({ code: StandardCode, version: PositiveInt() }, { additionalProperties: false });
