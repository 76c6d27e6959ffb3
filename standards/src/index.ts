/**
 * @jingzhun/standards — what a citywide service standard is, as pure code with no I/O: its JSON
 * Schemas and types, the `std:` BPMN extension, FEEL, the working-day calendar and Beijing's districts.
 * Used alike by the engine, the API and (types only) the editor.
 *
 * @example
 *   import { validateAgainst, ServiceStandardSchema, addWorkingDays } from '@jingzhun/standards';
 *   const problems = validateAgainst(ServiceStandardSchema, doc);
 */
export * from './problem';
export * from './schema/localized-text';
export * from './schema/service-standard';
export type { StandardVersion } from './schema/standard-version';
export { ajv, compileSchema, checkSchema, validateAgainst, fromAjvError } from './schema/ajv';
export * from './bpmn/std-extension';
export * from './calendar/working-days';
export * from './feel/feel';
export * from './districts/districts';
export { validateStandard, BUILT_IN_SERVICES, type BuiltInService } from './validation/validate-standard';
