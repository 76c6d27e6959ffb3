/**
 * A form rendered from a JSON Schema by react-jsonschema-form with its ajv validator: the case-start
 * (eligibility) form, task forms, and the live previews of both in the editor.
 */
import Form from '@rjsf/core';
import type { RJSFValidationError } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { errorSchemaFrom } from './error-schema';
import { rjsfTranslator } from './rjsf-strings';

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
  testId?: string;
}

export function SchemaForm({ schema, formData, onSubmit, onChange, submitLabel, disabled, preview, serverErrors, testId }: SchemaFormProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const extraErrors = serverErrors?.length ? errorSchemaFrom(serverErrors) : undefined;
  return (
    <PreviewBoundary resetKey={JSON.stringify(schema)} fallback={<div className="field-error">{t('forms.previewFailed')}</div>}>
      <div className="schema-form" data-testid={testId}>
        <Form
          schema={schema}
          formData={formData}
          validator={validator}
          disabled={disabled}
          noHtml5Validate
          showErrorList={false}
          translateString={rjsfTranslator(lang)}
          extraErrors={extraErrors as never}
          transformErrors={(errors: RJSFValidationError[]) => errors}
          onChange={(e) => onChange?.(e.formData)}
          onSubmit={(e) => onSubmit?.(isObject(e.formData) ? e.formData : {})}
          uiSchema={{ 'ui:submitButtonOptions': { norender: !!preview || !onSubmit, submitText: submitLabel ?? t('common.submit') } }}
        />
      </div>
    </PreviewBoundary>
  );
}
