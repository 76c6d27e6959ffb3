/**
 * The fields of a form (or of a group, or of one row of a list), each as a card: its label in both
 * languages, its kind, whether it is required, the settings of its kind, and buttons to move it up
 * or down and to remove it. Every control is a button, an input or a select, so the whole designer is
 * used with the keyboard as well.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, localized } from '../../../i18n';
import { FieldProblems } from '../problems-context';
import { BilingualInputs } from './designer-inputs';
import { FieldSettings } from './field-settings';
import { moveField, newField, replaceField, withKind } from './form-edits';
import { FIELD_KINDS, type DesignedField, type FieldKind, type FieldSet } from './form-model';

export interface FieldListProps {
  set: FieldSet;
  /** The fields changed: moved, removed, added or edited. */
  onChange: (fields: DesignedField[]) => void;
  /** Where the set is in the standard (a form, a group's schema, a list's `items`). */
  pointer: string;
  /** A name no field of the standard has yet. */
  newKey: () => string;
  readOnly: boolean;
  /** Nested lists (a group's, a row's) are told apart in tests by this. */
  testId: string;
}

const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function FieldList({ set, onChange, pointer, newKey, readOnly, testId }: FieldListProps) {
  const { t } = useTranslation();
  // The field just added, whose label takes the focus.
  const [added, setAdded] = useState<string | null>(null);

  function move(index: number, by: -1 | 1) {
    const key = set.fields[index]!.key;
    onChange(moveField(set, index, by).fields);
    // Moving a button in the page loses its focus: give it back, or to the other button at an end.
    requestAnimationFrame(() => {
      const to = index + by;
      const atEnd = to === 0 || to === set.fields.length - 1;
      const which = atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
      document.querySelector<HTMLElement>(`[data-move="${CSS.escape(`${pointer}/${key}/${which}`)}"]`)?.focus();
    });
  }

  function add() {
    const key = newKey();
    setAdded(key);
    onChange([...set.fields, newField('text', key)]);
  }

  return (
    <div className="designer-fields" data-testid={testId}>
      {set.fields.length === 0 && <p className="muted">{t('designer.noFields')}</p>}
      <ol className="designer-field-list">
        {set.fields.map((field, i) => (
          <FieldCard
            key={field.key}
            field={field}
            number={i + 1}
            first={i === 0}
            last={i === set.fields.length - 1}
            pointer={`${pointer}/properties/${escapeKey(field.key)}`}
            movePointer={`${pointer}/${field.key}`}
            focusLabel={field.key === added}
            onChange={(next) => onChange(replaceField(set, i, next).fields)}
            onMove={(by) => move(i, by)}
            onRemove={() => onChange(set.fields.filter((_, j) => j !== i))}
            newKey={newKey}
            readOnly={readOnly}
          />
        ))}
      </ol>
      {!readOnly && (
        <button type="button" onClick={add} data-testid={`${testId}-add`}>
          {t('designer.addField')}
        </button>
      )}
    </div>
  );
}

interface FieldCardProps {
  field: DesignedField;
  number: number;
  first: boolean;
  last: boolean;
  pointer: string;
  movePointer: string;
  focusLabel: boolean;
  onChange: (field: DesignedField) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  newKey: () => string;
  readOnly: boolean;
}

function FieldCard({ field, number, first, last, pointer, movePointer, focusLabel, onChange, onMove, onRemove, newKey, readOnly }: FieldCardProps) {
  const { t } = useTranslation();
  const name = localized(field.label, currentLanguage()) || t('designer.field', { n: number });
  return (
    <li className="designer-field" data-testid="designer-field" data-pointer={pointer} tabIndex={-1}>
      <fieldset>
        <legend>
          {name}
          <span className="muted"> · {t(`designer.kinds.${field.kind}`)}</span>
        </legend>
        <div className="designer-field-main">
          <BilingualInputs
            value={field.label}
            onChange={(label) => onChange({ ...field, label })}
            zhLabel={t('designer.labelZh')}
            enLabel={t('designer.labelEn')}
            zhPointer={`${pointer}/title`}
            enPointer={`${pointer}/x-en/title`}
            readOnly={readOnly}
            autoFocus={focusLabel}
            testId="field-label"
          />
        </div>
        <div className="designer-field-controls">
          <label className="designer-kind">
            <span>{t('designer.kind')}</span>
            <select value={field.kind} disabled={readOnly} onChange={(e) => onChange(withKind(field, e.target.value as FieldKind))} data-pointer={`${pointer}/type`} data-testid="field-kind">
              {FIELD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`designer.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="designer-required">
            <input type="checkbox" checked={field.required} disabled={readOnly} onChange={(e) => onChange({ ...field, required: e.target.checked })} data-testid="field-required" />
            {t('designer.required')}
          </label>
          {!readOnly && (
            <span className="designer-field-actions">
              <button type="button" disabled={first} onClick={() => onMove(-1)} aria-label={t('designer.moveUpField', { field: name })} data-move={`${movePointer}/up`} data-testid="field-up">
                {t('designer.moveUp')}
              </button>
              <button type="button" disabled={last} onClick={() => onMove(1)} aria-label={t('designer.moveDownField', { field: name })} data-move={`${movePointer}/down`} data-testid="field-down">
                {t('designer.moveDown')}
              </button>
              <button type="button" className="link-button danger" onClick={onRemove} aria-label={t('designer.removeField', { field: name })} data-testid="field-remove">
                {t('designer.remove')}
              </button>
            </span>
          )}
        </div>
        {!field.label.zh.trim() && <span className="field-error">{t('designer.labelMissing')}</span>}
        <FieldProblems pointer={pointer} />
        <FieldProblems pointer={`${pointer}/title`} />
        <FieldSettings
          field={field}
          onChange={onChange}
          pointer={pointer}
          nested={(set, onFields, at, testId) => <FieldList set={set} onChange={onFields} pointer={at} newKey={newKey} readOnly={readOnly} testId={testId} />}
          readOnly={readOnly}
        />
        <details className="designer-help" open={!!(field.help?.zh || field.help?.en)}>
          <summary>{t('designer.help')}</summary>
          <BilingualInputs
            value={field.help ?? { zh: '', en: '' }}
            onChange={(help) => {
              const next: DesignedField = { ...field, help };
              if (!help.zh && !help.en) delete next.help;
              onChange(next);
            }}
            zhLabel={t('designer.helpZh')}
            enLabel={t('designer.helpEn')}
            zhPointer={`${pointer}/description`}
            enPointer={`${pointer}/x-en/description`}
            readOnly={readOnly}
            multiline
            testId="field-help"
          />
        </details>
      </fieldset>
    </li>
  );
}
