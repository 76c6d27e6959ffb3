/**
 * A form rendered from a JSON Schema by react-jsonschema-form with the platform's validator: the
 * case-start (eligibility) form, task forms, and the live previews of both in the editor. It shows
 * the form in the person's language, every error beside its field in words that name the field (the
 * sentences the API says too), choices of several options as checkboxes, and nothing answered that
 * the person did not answer.
 */
import Form from '@rjsf/core';
import type { Experimental_DefaultFormStateBehavior, RJSFValidationError } from '@rjsf/utils';
import { Component, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { errorSchemaFrom } from './error-schema';
import { localizeErrors } from './form-errors';
import { formValidator } from './form-validator';
import { rjsfTranslator } from './rjsf-strings';
import { inLanguage } from './schema-language';
import { uiSchemaFor } from './ui-schema';

class PreviewBoundary extends Component<{ fallback: ReactNode; children: ReactNode; resetKey: string }, { failed: boolean; key: string }> {
  override state = { failed: false, key: this.props.resetKey };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: { resetKey: string }, state: { key: string }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An empty form stays empty: no first option chosen for a choice, no "no" for a yes-or-no question,
 * no blank entry in a list that needs entries. What is missing is then said, not submitted.
 */
const NOTHING_PREFILLED: Experimental_DefaultFormStateBehavior = {
  arrayMinItems: { populate: 'never' },
  constAsDefaults: 'never',
  requiredBooleanDefault: 'skip',
};

export interface SchemaFormProps {
  schema: Record<string, unknown>;
  formData?: unknown;
  /** The data entered: the platform's forms are JSON objects, as the API takes them (`data`). */
  onSubmit?: (data: Record<string, unknown>) => void;
  onChange?: (data: unknown) => void;
  submitLabel?: string;
  disabled?: boolean;
  /** A preview shows the form without a working submit button. */
  preview?: boolean;
  /** Errors from the API, by JSON pointer into the data (e.g. `/name`). */
  serverErrors?: { pointer?: string; message: string }[];
  /** Told when a submission is refused because the form has errors (they show beside their fields). */
  onInvalid?: () => void;
  testId?: string;
}

export function SchemaForm({ schema, formData, onSubmit, onChange, submitLabel, disabled, preview, serverErrors, onInvalid, testId }: SchemaFormProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  // Once a submission was refused, the errors follow the answers as they are corrected.
  const [refused, setRefused] = useState(false);
  const shown = useMemo(() => inLanguage(schema, lang), [schema, lang]);
  const fields = useMemo(() => uiSchemaFor(schema), [schema]);
  const extraErrors = serverErrors?.length ? errorSchemaFrom(serverErrors) : undefined;
  return (
    <PreviewBoundary resetKey={JSON.stringify(schema)} fallback={<div className="field-error">{t('forms.previewFailed')}</div>}>
      <div className="schema-form" data-testid={testId}>
        <Form
          schema={shown}
          formData={formData}
          validator={formValidator}
          disabled={disabled}
          noHtml5Validate
          showErrorList={false}
          focusOnFirstError
          liveValidate={refused ? 'onChange' : undefined}
          experimental_defaultFormStateBehavior={NOTHING_PREFILLED}
          translateString={rjsfTranslator(lang)}
          extraErrors={extraErrors as never}
          transformErrors={(errors: RJSFValidationError[]) => localizeErrors(errors, schema, lang, t('forms.schemaBroken'))}
          onChange={(e) => onChange?.(e.formData)}
          onError={() => {
            setRefused(true);
            onInvalid?.();
          }}
          onSubmit={(e) => onSubmit?.(isObject(e.formData) ? e.formData : {})}
          uiSchema={{ ...fields, 'ui:submitButtonOptions': { norender: !!preview || !onSubmit, submitText: submitLabel ?? t('common.submit') } }}
        />
      </div>
    </PreviewBoundary>
  );
}
