/**
 * What a field's kind lets the author set: how short or long a text, how small or large a number,
 * whether a date may lie ahead, the options of a choice in both languages, how many items a list
 * takes, and the fields of a group or of each row.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../problems-context';
import { BilingualInputs, BoundInput } from './designer-inputs';
import { newOption } from './form-edits';
import type { ChoiceOption, DesignedField, FieldSet } from './form-model';

export interface FieldSettingsProps {
  field: DesignedField;
  onChange: (field: DesignedField) => void;
  pointer: string;
  /** The editor of a group's fields or of a row's (the field list, which holds these settings in turn). */
  nested: (set: FieldSet, onFields: (fields: DesignedField[]) => void, pointer: string, testId: string) => ReactNode;
  readOnly: boolean;
}

/** The field with `key` set to `value`, or without `key` when the value is none. */
function withBound<F extends DesignedField>(field: F, key: string, value: number | undefined): F {
  const next = { ...field } as Record<string, unknown>;
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as F;
}

export function FieldSettings({ field, onChange, pointer, nested, readOnly }: FieldSettingsProps) {
  const { t } = useTranslation();
  const bound = (key: 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'minItems' | 'maxItems', count: boolean) => (
    <BoundInput
      label={t(`designer.${key}`)}
      value={(field as Partial<Record<typeof key, number>>)[key]}
      onChange={(value) => onChange(withBound(field, key, value))}
      count={count}
      placeholder={t('designer.noLimit')}
      pointer={`${pointer}/${key}`}
      readOnly={readOnly}
      testId={`field-${key}`}
    />
  );
  switch (field.kind) {
    case 'text':
      return (
        <div className="designer-settings">
          {bound('minLength', true)}
          {bound('maxLength', true)}
        </div>
      );
    case 'number':
      return (
        <div className="designer-settings">
          <label className="designer-check">
            <input type="checkbox" checked={field.integer} disabled={readOnly} onChange={(e) => onChange({ ...field, integer: e.target.checked })} data-testid="field-integer" />
            {t('designer.integer')}
          </label>
          {bound('minimum', false)}
          {bound('maximum', false)}
        </div>
      );
    case 'date':
      return (
        <div className="designer-settings">
          <label className="designer-check">
            <input type="checkbox" checked={field.planned} disabled={readOnly} onChange={(e) => onChange({ ...field, planned: e.target.checked })} data-testid="field-planned" />
            {t('designer.planned')}
          </label>
        </div>
      );
    case 'choice':
      return (
        <div className="designer-settings designer-settings-block">
          <OptionsEditor options={field.options} onChange={(options) => onChange({ ...field, options })} pointer={`${pointer}/oneOf`} readOnly={readOnly} />
        </div>
      );
    case 'choices':
      return (
        <div className="designer-settings designer-settings-block">
          <OptionsEditor options={field.options} onChange={(options) => onChange({ ...field, options })} pointer={`${pointer}/items/oneOf`} readOnly={readOnly} />
          <div className="designer-settings">
            {bound('minItems', true)}
            {bound('maxItems', true)}
          </div>
        </div>
      );
    case 'yesNo':
      return null;
    case 'group':
      return (
        <div className="designer-settings-block designer-nested">
          <h5>{t('designer.groupFields')}</h5>
          {nested(field.group, (fields) => onChange({ ...field, group: { ...field.group, fields } }), pointer, 'group-fields')}
        </div>
      );
    case 'rows':
      return (
        <div className="designer-settings-block designer-nested">
          <div className="designer-settings">
            <BilingualInputs
              value={field.rowLabel ?? { zh: '', en: '' }}
              onChange={(rowLabel) => {
                const next: typeof field = { ...field, rowLabel };
                if (!rowLabel.zh && !rowLabel.en) delete next.rowLabel;
                onChange(next);
              }}
              zhLabel={t('designer.rowLabel')}
              enLabel={t('designer.labelEn')}
              zhPointer={`${pointer}/items/title`}
              enPointer={`${pointer}/items/x-en/title`}
              readOnly={readOnly}
              testId="row-label"
            />
            {bound('minItems', true)}
            {bound('maxItems', true)}
          </div>
          <h5>{t('designer.rowFields')}</h5>
          {nested(field.row, (fields) => onChange({ ...field, row: { ...field.row, fields } }), `${pointer}/items`, 'row-fields')}
        </div>
      );
  }
}

interface OptionsEditorProps {
  options: ChoiceOption[];
  onChange: (options: ChoiceOption[]) => void;
  pointer: string;
  readOnly: boolean;
}

/** The options of a choice, each named in both languages; what is stored for each is generated. */
function OptionsEditor({ options, onChange, pointer, readOnly }: OptionsEditorProps) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <fieldset className="designer-options" data-pointer={pointer}>
      <legend>{t('designer.options')}</legend>
      <FieldProblems pointer={pointer} />
      <ol>
        {options.map((option, i) => (
          <li key={option.value} data-testid="option">
            <BilingualInputs
              value={option.label}
              onChange={(label) => onChange(options.map((o, j) => (j === i ? { ...o, label } : o)))}
              zhLabel={t('designer.optionZh', { n: i + 1 })}
              enLabel={t('designer.optionEn', { n: i + 1 })}
              zhPointer={`${pointer}/${i}/title`}
              enPointer={`${pointer}/${i}/x-en/title`}
              readOnly={readOnly}
              autoFocus={option.value === added}
              testId="option-label"
            />
            {!readOnly && (
              <button type="button" className="link-button danger" onClick={() => onChange(options.filter((_, j) => j !== i))} aria-label={t('designer.removeOption', { n: i + 1 })} data-testid="option-remove">
                {t('designer.remove')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <button
          type="button"
          onClick={() => {
            const option = newOption(options);
            setAdded(option.value);
            onChange([...options, option]);
          }}
          data-testid="option-add"
        >
          {t('designer.addOption')}
        </button>
      )}
    </fieldset>
  );
}
