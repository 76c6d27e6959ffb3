/**
 * @jingzhun/standards — what a citywide service standard is, as pure code with no I/O: its JSON
 * Schemas and types, the `std:` BPMN extension, validation and lint rules, lifecycle, content hash and
 * diffs, district variants, FEEL, the working-day calendar and Beijing's districts. Used alike by the
 * engine, the API and (types and lint rules only) the editor. The folder reader/writer is the one
 * module that touches the file system; the `std` CLI is built on it.
 *
 * @example
 *   import { validateStandard, hasErrors, addWorkingDays } from '@jingzhun/standards';
 *   const problems = await validateStandard(doc);
 *   if (hasErrors(problems)) console.log(problems.map((p) => p.message.zh));
 */
export * from './problem';
export * from './errors';
export * from './schema/localized-text';
export * from './schema/service-standard';
export * from './schema/service-record';
export * from './schema/case-fields';
export type { StandardVersion } from './schema/standard-version';
export { ajv, compileSchema, checkSchema, validateAgainst, fromAjvError } from './schema/ajv';
export { formDates, datesAfter, redated, type FormDate } from './schema/form-dates';
export { linearRegExp, patternProblem, PatternUnsupportedError } from './schema/linear-regexp';
export { MAX_JSON_DEPTH, tooDeepAt, parseJsonWithin, nestingProblem } from './validation/json-nesting';
export * from './bpmn/std-extension';
export type { BpmnElement } from './bpmn/bpmn-element';
export * from './bpmn/supported-elements';
export { readBpmn, type ReadBpmn } from './bpmn/read-bpmn';
export { readXmlInput, MAX_XML_BYTES, type XmlInput } from './xml/safe-xml';
export * from './calendar/working-days';
export * from './feel/feel';
export * from './districts/districts';
export * from './districts/streets';
export { validateStandard, flowElementsOf, BUILT_IN_SERVICES, type BuiltInService } from './validation/validate-standard';
export { MAX_FLOW_ELEMENTS, countFlowElements } from './validation/process-size';
export { describeIndicator, conditionText, type IndicatorText, type ProcessNames, type StandardTexts } from './indicators/indicator-text';
export { lintBpmn, lintDefinitions } from './lint/lint-bpmn';
export { createLintResolver, type LintResolver } from './lint/lint-resolver';
export { stdLintPlugin, STD_LINT_RULES, STANDARD_LINT_CONFIG } from './lint/std-lint-plugin';
export type { StandardLintContext } from './lint/lint-context';
export { processesOf } from './lint/rules/process-code';
export * from './lifecycle/lifecycle';
export { contentHash, canonicalJson, normalizeBpmn } from './versions/content-hash';
export * from './versions/diff-versions';
export { parseXmlTree, canonicalXml, XmlUnreadableError, type XmlNode } from './xml/xml-tree';
export { bpmnOutline, type BpmnOutline, type OutlineElement } from './bpmn/bpmn-outline';
export * from './variants/apply-variant';
export * from './archive/standard-files';
export * from './archive/standard-zip';
export * from './archive/standard-folder';
