/**
 * Validation of a whole standard. This first cut checks the document against its JSON Schema; the
 * BPMN, lint and semantic rules are being added.
 */
import type { Problem } from '../problem';
import { validateAgainst } from '../schema/ajv';
import { ServiceStandardSchema } from '../schema/service-standard';

/** Names of the built-in services a service task may call (`std:service`); the engine implements them. */
export const BUILT_IN_SERVICES = ['notify', 'record-referral'] as const;
export type BuiltInService = (typeof BUILT_IN_SERVICES)[number];

/** Every problem of `doc` at once; no errors means it may be submitted, published and run. */
export async function validateStandard(doc: unknown): Promise<Problem[]> {
  return validateAgainst(ServiceStandardSchema, doc, '', 'SCHEMA');
}
