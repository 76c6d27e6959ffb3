/**
 * The JSON Schema dialect of the platform: draft 2020-12 (its meta-schema built in, so a schema that
 * says `"$schema": "https://json-schema.org/draft/2020-12/schema"` is understood), every error
 * reported, no defaults filled in. The server's one ajv instance (ajv.ts) and the web app's form
 * validator are both made from it, so a browser refuses what the server refuses. Runs in the browser.
 *
 * @example
 *   const ajv = new Ajv2020(AJV_OPTIONS);
 *   const validator = customizeValidator({ AjvClass: Ajv2020, ajvOptionsOverrides: AJV_OPTIONS }); // react-jsonschema-form
 */
export { default as Ajv2020 } from 'ajv/dist/2020';

export const AJV_OPTIONS = { allErrors: true, strict: false, useDefaults: false, validateFormats: true } as const;
