/** Schemas shared by several routes (TypeBox, i.e. JSON Schema 2020-12). */
import { Type } from '@sinclair/typebox';
import { ROLES } from '../accounts/roles';

export const Localized = Type.Object({ zh: Type.String(), en: Type.String() }, { additionalProperties: false });

export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Localized,
    role: RoleSchema,
    district: Type.Union([Type.String(), Type.Null()]),
    organisation: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

export const ProblemSchema = Type.Object(
  {
    severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
    code: Type.String(),
    message: Localized,
    pointer: Type.Optional(Type.String()),
    elementId: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const ErrorSchema = Type.Object({
  code: Type.String(),
  message: Type.String(),
  details: Type.Optional(
    Type.Array(
      Type.Object({ pointer: Type.Optional(Type.String()), elementId: Type.Optional(Type.String()), message: Type.String() }),
    ),
  ),
});

/** Cursor pagination: an opaque cursor and a page size. */
export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
};
