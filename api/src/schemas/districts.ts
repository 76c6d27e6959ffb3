/** Schemas of Beijing's districts and of the standards deployed in them, with each district's variant. */
import { Type } from '@sinclair/typebox';
import { Localized } from './common';

/** A district's code as paths and bodies name it, e.g. `dongcheng`. */
export const DistrictCode = Type.String({ pattern: '^[a-z]+$', maxLength: 40 });

export const DistrictSchema = Type.Object({
  code: Type.String(),
  divisionCode: Type.String({ description: 'the national administrative division code' }),
  name: Localized,
  casePrefix: Type.String({ description: 'what the district’s case numbers start with (DC-2026-000123)' }),
  population: Type.Number(),
});

/** A street (街道), area office (地区), town (镇) or township (乡) of a district, from the register. */
export const StreetSchema = Type.Object({
  code: Type.String({ description: 'the statistical division code' }),
  kind: Type.Union([Type.Literal('subdistrict'), Type.Literal('area'), Type.Literal('town'), Type.Literal('township')]),
  name: Localized,
  alsoNamed: Type.Optional(Type.String({ description: 'the town’s or township’s name the same office carries' })),
});

/** A parameter of a deployed standard with the value in force in the district. */
export const ParameterValueSchema = Type.Object({
  id: Type.String(),
  title: Localized,
  kind: Type.String(),
  unit: Type.Optional(Type.String()),
  default: Type.Number(),
  min: Type.Number(),
  max: Type.Number(),
  tighter: Type.Union([Type.Literal('lower'), Type.Literal('higher')]),
  value: Type.Number({ description: 'the district’s variant value, else the default' }),
});

export const DeploymentSchema = Type.Object({
  code: Type.String(),
  district: Type.String(),
  version: Type.Integer(),
  title: Localized,
  deployedAt: Type.String(),
  deployedBy: Type.String(),
  variant: Type.Record(Type.String(), Type.Number(), { description: 'the district’s variant values, by parameter id' }),
  parameters: Type.Array(ParameterValueSchema),
});

/** A district's variant: parameter values, by parameter id. */
export const VariantBody = Type.Object(
  { values: Type.Record(Type.String(), Type.Number(), { maxProperties: 100, propertyNames: { maxLength: 64 } }) },
  { additionalProperties: false },
);

export const DeployBody = Type.Object(
  { districts: Type.Union([Type.Literal('all'), Type.Array(DistrictCode, { minItems: 1, maxItems: 16, uniqueItems: true })]) },
  { additionalProperties: false },
);
