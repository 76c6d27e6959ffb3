/**
 * What a service standard is, as JSON Schemas (draft 2020-12); the TypeScript types are derived from
 * them, so a schema and its type cannot drift. The policy asks each standard to fix who is served
 * (`population`), the service content (`contents`), the methods (`methods`) and the evaluation
 * (`indicators`); `process` is the BPMN 2.0 workflow with the `std:` extension, `forms` the JSON
 * Schema of every user task's form, and `parameters` what districts may tighten.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { LocalizedText } from './localized-text';
import { SERVICE_RECORD_KINDS } from './service-record';

/** Ids of contents, roles, parameters, indicators and forms; also usable as file names. */
export const Identifier = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' });

/** A BPMN element id (an XML NCName). */
export const ElementId = Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_.-]{0,127}$' });

/** e.g. `BJ-SW-ELDER`: upper-case words joined by hyphens. */
export const StandardCode = Type.String({ pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,5}$', maxLength: 40 });

/** Any JSON Schema object; its own validity is checked by ajv's meta-schema during validation. */
export const JsonSchemaObject = Type.Record(Type.String(), Type.Unknown(), { description: 'a JSON Schema (draft 2020-12)' });

export const ContentItem = Type.Object(
  { id: Identifier, title: LocalizedText, description: Type.Optional(LocalizedText) },
  { additionalProperties: false },
);

export const MethodItem = Type.Object(
  { id: Identifier, title: LocalizedText, description: Type.Optional(LocalizedText) },
  { additionalProperties: false },
);

/**
 * The platform roles that act on cases; a standard's roles map onto them for the task inboxes. A
 * professional supervisor (机构督导) approves and reviews the casework of their own district's station or
 * organisation; the city's supervisor (督导评估) evaluates and is never an approval queue for casework.
 */
export const CaseRole = Type.Union([
  Type.Literal('caseworker'),
  Type.Literal('district_operator'),
  Type.Literal('professional_supervisor'),
  Type.Literal('supervisor'),
]);

export const RoleItem = Type.Object(
  { id: Identifier, title: LocalizedText, assignTo: CaseRole },
  { additionalProperties: false },
);

export const DurationUnit = Type.Union([
  Type.Literal('working_days'),
  Type.Literal('days'),
  Type.Literal('hours'),
  Type.Literal('months'),
]);

/**
 * A value a district may choose within `[min, max]`, only in the `tighter` direction from the city's
 * default (a shorter SLA is `lower`, more visits is `higher`).
 */
export const Parameter = Type.Object(
  {
    id: Identifier,
    title: LocalizedText,
    kind: Type.Union([Type.Literal('duration'), Type.Literal('count'), Type.Literal('number')]),
    /** Required for durations. */
    unit: Type.Optional(DurationUnit),
    default: Type.Number(),
    min: Type.Number(),
    max: Type.Number(),
    tighter: Type.Union([Type.Literal('lower'), Type.Literal('higher')]),
  },
  { additionalProperties: false },
);

/** A number, or the current value of a parameter. */
export const NumberOrParameter = Type.Union([
  Type.Number({ minimum: 0 }),
  Type.Object({ parameter: Identifier }, { additionalProperties: false }),
]);

export const Comparator = Type.Union([
  Type.Literal('>='),
  Type.Literal('<='),
  Type.Literal('>'),
  Type.Literal('<'),
  Type.Literal('='),
]);

/** A point of a case's history: when an element started or ended. */
export const ElementEdge = Type.Object(
  { element: ElementId, edge: Type.Union([Type.Literal('start'), Type.Literal('end')]) },
  { additionalProperties: false },
);

/** A kind of service record (服务记录): `home_visit`, `phone`, `office`, `group` or `volunteer`. */
export const ServiceRecordKindSchema = Type.Union(SERVICE_RECORD_KINDS.map((kind) => Type.Literal(kind)));

/** What an indicator counts when it measures service records instead of an element: records of these kinds. */
export const RecordsMeasure = Type.Object(
  { kinds: Type.Array(ServiceRecordKindSchema, { minItems: 1, maxItems: SERVICE_RECORD_KINDS.length, uniqueItems: true }) },
  { additionalProperties: false },
);

const indicatorBase = {
  id: Identifier,
  title: LocalizedText,
  description: Type.Optional(LocalizedText),
  /** The target value, compared with what is measured by `comparator`. */
  target: Type.Number(),
  comparator: Comparator,
};

function indicator<K extends string, P extends Record<string, TSchema>>(kind: K, props: P) {
  return Type.Object({ ...indicatorBase, kind: Type.Literal(kind), ...props }, { additionalProperties: false });
}

/** Share of cases (percent) where `to` is reached within `limit` of `from`. */
export const DurationIndicator = indicator('duration', {
  from: ElementEdge,
  to: ElementEdge,
  unit: Type.Union([Type.Literal('working_days'), Type.Literal('days'), Type.Literal('hours')]),
  limit: NumberOrParameter,
});

/**
 * Share of intervals (percent) between `span.from` and `span.to` in which the next `activity` (a
 * completion of that element) or the next service record of one of `records.kinds` came within
 * `everyDays` of the span's start or the last one. Exactly one of `activity` and `records` is given
 * (validation says so with a pointer; the schema alone cannot say it plainly).
 */
export const RecurrenceIndicator = indicator('recurrence', {
  activity: Type.Optional(ElementId),
  records: Type.Optional(RecordsMeasure),
  everyDays: NumberOrParameter,
  span: Type.Object({ from: ElementId, to: ElementId }, { additionalProperties: false }),
});

/** Share of cases (percent) reaching `element` (an end event or any element), optionally within `withinDays`. */
export const CompletionIndicator = indicator('completion', {
  element: ElementId,
  withinDays: Type.Optional(NumberOrParameter),
});

/** An aggregate of a form field: its mean, or the share (percent) of answers meeting a FEEL condition. */
export const FieldIndicator = indicator('field', {
  form: Identifier,
  /** JSON pointer into the form data, e.g. `/satisfaction`. */
  field: Type.String({ pattern: '^(/[^/]+)+$' }),
  aggregate: Type.Union([Type.Literal('mean'), Type.Literal('share')]),
  /** For `share`: a FEEL expression over `value`, e.g. `value >= 4`. */
  condition: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
});

/** How many times `element` was completed, or service records of `records.kinds` were made, in each period, against the target (exactly one of the two). */
export const CountIndicator = indicator('count', {
  element: Type.Optional(ElementId),
  records: Type.Optional(RecordsMeasure),
  period: Type.Union([Type.Literal('month'), Type.Literal('quarter'), Type.Literal('year')]),
});

/** Share of cases (percent) whose path fits the standard's process. */
export const ConformanceIndicator = indicator('conformance', {});

export const Indicator = Type.Union([
  DurationIndicator,
  RecurrenceIndicator,
  CompletionIndicator,
  FieldIndicator,
  CountIndicator,
  ConformanceIndicator,
]);

export const ServiceStandardSchema = Type.Object(
  {
    code: StandardCode,
    title: LocalizedText,
    summary: Type.Optional(LocalizedText),
    /** Who is served: a description, and the JSON Schema of the client data a case starts with. */
    population: Type.Object(
      { description: LocalizedText, eligibility: JsonSchemaObject },
      { additionalProperties: false },
    ),
    contents: Type.Array(ContentItem, { minItems: 1, maxItems: 100 }),
    methods: Type.Array(MethodItem, { minItems: 1, maxItems: 100 }),
    roles: Type.Array(RoleItem, { minItems: 1, maxItems: 50 }),
    parameters: Type.Array(Parameter, { maxItems: 100 }),
    indicators: Type.Array(Indicator, { maxItems: 100 }),
    /** One JSON Schema per user-task form, keyed by form id. */
    forms: Type.Record(Identifier, JsonSchemaObject),
    /** BPMN 2.0 XML with the `std:` extension. */
    process: Type.String({ minLength: 1, maxLength: 5 * 1024 * 1024 }),
  },
  { additionalProperties: false },
);

export type ServiceStandard = Static<typeof ServiceStandardSchema>;
export type ContentItem = Static<typeof ContentItem>;
export type MethodItem = Static<typeof MethodItem>;
export type RoleItem = Static<typeof RoleItem>;
export type CaseRole = Static<typeof CaseRole>;
export type Parameter = Static<typeof Parameter>;
export type DurationUnit = Static<typeof DurationUnit>;
export type NumberOrParameter = Static<typeof NumberOrParameter>;
export type Indicator = Static<typeof Indicator>;
export type IndicatorKind = Indicator['kind'];
export type Comparator = Static<typeof Comparator>;
export type RecordsMeasure = Static<typeof RecordsMeasure>;
