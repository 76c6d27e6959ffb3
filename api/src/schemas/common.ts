/** Schemas shared by several routes (TypeBox, i.e. JSON Schema 2020-12). */
import { Type, type TSchema } from '@sinclair/typebox';
import { ROLES } from '../accounts/roles';

export const Localized = Type.Object({ zh: Type.String(), en: Type.String() }, { additionalProperties: false });

/** A value, or null where there is none (JSON has no `undefined`). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

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

/** What signing in (or refreshing) answers: a short-lived access token, a refresh token, and who signed in. */
export const SessionSchema = Type.Object(
  { accessToken: Type.String(), refreshToken: Type.String(), expiresIn: Type.Integer({ description: 'seconds until the access token expires' }), user: UserSchema },
  { additionalProperties: false },
);

/**
 * Responses name people by user id; a `people` directory beside them says who each id is, so screens
 * show "东城区社工" rather than `usr_…`.
 */
export const PeopleSchema = Type.Record(Type.String(), Type.Object({ username: Type.String(), displayName: Localized }), {
  description: 'who each user id in the response is',
});

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

/** Largest integer a path, query or body number may carry: beyond it PostgreSQL's `integer` overflows. */
export const MAX_INT = 2_147_483_647;

/** A positive whole number that fits the store's `integer` columns (versions, revisions). */
export const PositiveInt = (options: { minimum?: number } = {}) => Type.Integer({ minimum: options.minimum ?? 1, maximum: MAX_INT });

/**
 * A JSON object of free-form values (client data, form data, variables), bounded in its number of
 * fields and the length of their names; the body limit bounds the rest.
 */
export const DataObject = (maxProperties = 500) =>
  Type.Record(Type.String(), Type.Unknown(), { maxProperties, propertyNames: { maxLength: 200 } });
