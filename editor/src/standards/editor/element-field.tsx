import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import type { DiagramElementInfo } from '../../modeler/process-modeler';
import { elementNames } from './element-names';
import { FieldProblems } from './problems-context';

export interface ElementFieldProps {
  label: string;
  value: string;
  elements: readonly DiagramElementInfo[];
  onChange: (id: string) => void;
  /** Switches to the diagram and resolves with the clicked element (null when given up). */
  onPick?: () => Promise<string | null>;
  pointer: string;
  readOnly?: boolean;
  testId: string;
}

/** Chooses a BPMN element from a list of their names, or by clicking it in the diagram. */
export function ElementField({ label, value, elements, onChange, onPick, pointer, readOnly, testId }: ElementFieldProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const names = useMemo(() => elementNames(elements, t, lang), [elements, t, lang]);
  const known = elements.some((e) => e.id === value);
  const flowNodes = elements.filter((e) => !e.type.endsWith('SequenceFlow') && !e.type.endsWith('Association') && !e.type.endsWith('TextAnnotation'));
  return (
    <label className="element-field">
      {label}
      <span className="element-field-row">
        <select value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value)} data-pointer={pointer} data-testid={testId}>
          <option value="">{t('indicators.chooseElement')}</option>
          {flowNodes.map((e) => (
            <option key={e.id} value={e.id}>
              {names.get(e.id)}
            </option>
          ))}
          {value && !known && <option value={value}>{t('names.missingElement')}</option>}
        </select>
        {onPick && !readOnly && (
          <button
            type="button"
            onClick={async () => {
              const id = await onPick();
              if (id) onChange(id);
            }}
            title={t('indicators.pickTitle')}
            data-testid={`${testId}-pick`}
          >
            {t('indicators.pick')}
          </button>
        )}
      </span>
      <FieldProblems pointer={pointer} />
    </label>
  );
}
