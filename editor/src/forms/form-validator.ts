/**
 * The validator of the platform's forms in the browser: react-jsonschema-form's ajv validator, made
 * of the platform's JSON Schema dialect (draft 2020-12, as the server validates), so a form that
 * names the 2020-12 meta-schema in `$schema` is understood and the browser refuses what the server
 * would.
 *
 * @example
 *   <Form schema={schema} validator={formValidator} />
 */
import { Ajv2020, AJV_OPTIONS } from '@jingzhun/standards/json-schema-dialect';
import { customizeValidator } from '@rjsf/validator-ajv8';

export const formValidator = customizeValidator({ AjvClass: Ajv2020, ajvOptionsOverrides: AJV_OPTIONS });
