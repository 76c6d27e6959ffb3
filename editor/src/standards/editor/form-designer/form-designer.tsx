/**
 * The form designer: a form's fields, edited as a list — label in both languages, kind, required,
 * bounds, choices, rules — beside the form it renders (the same `SchemaForm` the case file uses). It
 * reads the form's JSON Schema and writes the schema back on every change, in the shipped standards'
 * idiom, so what the author designs is exactly what the platform stores. The raw JSON stays behind a
 * toggle for experts; a schema the designer cannot show opens there, with a sentence saying why.
 *
 * @example
 *   <FormDesigner schema={s.forms.visit} onChange={(schema) => …} pointer="/forms/visit" takenNames={() => names} … />
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonSchemaEditor } from '../../../forms/json-schema-editor';
import { SchemaForm } from '../../../forms/schema-form';
import { FieldProblems } from '../problems-context';
import { ConditionsEditor } from './conditions-editor';
import { BilingualInputs } from './designer-inputs';
import { FieldList } from './field-list';
import { namesInUse, nextKey, withFields } from './form-edits';
import { readForm, writeForm, type DesignedForm, type Unreadable } from './form-model';
import { withPlaceholders } from './preview-schema';
import './form-designer.css';

export interface FormDesignerProps {
  schema: Record<string, unknown>;
  onChange: (schema: Record<string, unknown>) => void;
  readOnly: boolean;
  /** Where the schema is in the standard (`/forms/visit`, `/population/eligibility`). */
  pointer: string;
  /** The names the standard's fields already have: a new field gets another. */
  takenNames: () => Iterable<string>;
  titleLabel: string;
  previewTitle: string;
  /** The form was just created: its name takes the focus. */
  focusTitle?: boolean;
  testId: string;
}

function unreadableText(why: Unreadable, t: (key: string, options?: Record<string, unknown>) => string): string {
  return t(`designer.unreadable.${why.reason}`, { field: why.field, condition: why.condition });
}

export function FormDesigner({ schema, onChange, readOnly, pointer, takenNames, titleLabel, previewTitle, focusTitle, testId }: FormDesignerProps) {
  const { t } = useTranslation();
  const read = useMemo(() => readForm(schema), [schema]);
  const [asJson, setAsJson] = useState(() => !read.ok);
  const preview = useMemo(() => withPlaceholders(schema, { field: t('designer.untitledField'), option: (n) => t('designer.option', { n }) }), [schema, t]);

  const edit = (form: DesignedForm) => onChange(writeForm(form));
  const newKey = () => nextKey([...takenNames(), ...namesInUse([schema])], 'field_');

  return (
    <div className="form-designer" data-pointer={pointer} data-testid={testId}>
      <div className="form-designer-mode">
        {!read.ok && (
          <p className="form-designer-unreadable" role="status" data-testid={`${testId}-unreadable`}>
            {unreadableText(read.why, t)}
          </p>
        )}
        {read.ok && (
          <button type="button" className="link-button" aria-pressed={asJson} onClick={() => setAsJson(!asJson)} data-testid={`${testId}-mode`}>
            {asJson ? t('designer.showDesigner') : t('designer.showJson')}
          </button>
        )}
      </div>
      {asJson || !read.ok ? (
        <JsonSchemaEditor value={schema} onChange={onChange} readOnly={readOnly} pointer={pointer} label={t('designer.json')} previewTitle={previewTitle} testId={`${testId}-json`} />
      ) : (
        <div className="schema-editor">
          <div className="form-designer-body">
            <div className="designer-form-title">
              <BilingualInputs
                value={read.form.title}
                onChange={(title) => edit({ ...read.form, title })}
                zhLabel={t('designer.inZh', { label: titleLabel })}
                enLabel={t('designer.inEn', { label: titleLabel })}
                zhPointer={`${pointer}/title`}
                enPointer={`${pointer}/x-en/title`}
                readOnly={readOnly}
                autoFocus={focusTitle}
                testId={`${testId}-title`}
              />
              <FieldProblems pointer={pointer} />
            </div>
            <h4>{t('designer.fields')}</h4>
            <FieldList set={read.form} onChange={(fields) => edit(withFields(read.form, fields))} pointer={pointer} newKey={newKey} readOnly={readOnly} testId={`${testId}-fields`} />
            <ConditionsEditor form={read.form} onChange={(conditions) => edit({ ...read.form, conditions })} pointer={pointer} readOnly={readOnly} />
          </div>
          <div className="schema-editor-preview" aria-label={previewTitle}>
            <h4>{previewTitle}</h4>
            <SchemaForm schema={preview} preview testId={`${testId}-preview`} />
          </div>
        </div>
      )}
    </div>
  );
}
