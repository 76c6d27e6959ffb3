/**
 * The errors react-jsonschema-form found in a form, in the person's language: each said by the
 * platform's validation messages (the sentences the API says too), naming the field by its title.
 *
 * @example
 *   <Form transformErrors={(errors) => localizeErrors(errors, schema, lang, t('forms.schemaBroken'))} />
 */
import { errorsToShow, validationMessage, type SchemaError } from '@jingzhun/standards/validation-messages';
import type { RJSFValidationError } from '@rjsf/utils';
import type { Language } from '../i18n';

/**
 * The JSON pointer of the value ajv found wrong, from react-jsonschema-form's path of the field it
 * shows the error under (`.address.street`, or `street` for a property missing from the form itself).
 */
function instancePathOf(e: RJSFValidationError): string {
  const property = e.property ?? '';
  const segments = property === '' ? [] : property.startsWith('.') ? property.slice(1).split('.') : property.split('.');
  // A missing property is shown under its own field; ajv found it missing from the object holding it.
  if (e.params && typeof e.params === 'object' && 'missingProperty' in e.params) segments.pop();
  return segments.map((s) => `/${s}`).join('');
}

/**
 * The errors worth a sentence, each with its message in `lang`. `schema` is the form's schema, for
 * the fields' titles. An error that is not about the data (the schema itself could not be compiled)
 * says `schemaBroken` instead of ajv's English.
 */
export function localizeErrors(errors: readonly RJSFValidationError[], schema: object, lang: Language, schemaBroken: string): RJSFValidationError[] {
  const read = errors.map((e) => ({
    error: e,
    about: e.name ? ({ keyword: e.name, params: (e.params ?? {}) as Record<string, unknown>, instancePath: instancePathOf(e), schemaPath: e.schemaPath } satisfies SchemaError) : undefined,
  }));
  const shown = new Set(errorsToShow(read.flatMap((r) => (r.about ? [r.about] : []))));
  return read
    .filter((r) => !r.about || shown.has(r.about))
    .map(({ error, about }) => {
      const message = about ? validationMessage(about, schema)[lang === 'en' ? 'en' : 'zh'] : schemaBroken;
      return { ...error, message, stack: message };
    });
}
