/** Schemas of Beijing's districts and of the standards deployed in them, with each district's variant. */
import { Type } from '@sinclair/typebox';
import { Localized } from './common';

/** A district's code as paths and bodies name it, e.g. `dongcheng`. */
export const DistrictCode = Type.String({ pattern: '^[a-z]+$', maxLength: 40 });

export const DistrictSchema = Type.Object({
  code: Type.String(),
  divisionCode: Type.String({ description: 'the national administrative division code' }),
  name: Localized,
  population: Type.Number(),
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
