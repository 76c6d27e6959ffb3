import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../api';
import { FieldProblems } from './problems-context';

export interface LocalizedInputProps {
  label: string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText) => void;
  pointer: string;
  readOnly?: boolean;
  multiline?: boolean;
  testId: string;
}

/** One text in both languages: Chinese (what most readers see) and English, side by side. */
export function LocalizedInput({ label, value, onChange, pointer, readOnly, multiline, testId }: LocalizedInputProps) {
  const { t } = useTranslation();
  const v = value ?? { zh: '', en: '' };
  const Field = multiline ? 'textarea' : 'input';
  return (
    <fieldset className="localized-input">
      <legend>{label}</legend>
      <label>
        <span className="lang-tag">{t('common.zh')}</span>
        <Field
          lang="zh-CN"
          value={v.zh}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...v, zh: e.target.value })}
          data-pointer={`${pointer}/zh`}
          data-testid={`${testId}-zh`}
        />
        <FieldProblems pointer={`${pointer}/zh`} />
      </label>
      <label>
        <span className="lang-tag">{t('common.en')}</span>
        <Field
          lang="en"
          value={v.en}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...v, en: e.target.value })}
          data-pointer={`${pointer}/en`}
          data-testid={`${testId}-en`}
        />
        <FieldProblems pointer={`${pointer}/en`} />
      </label>
      <FieldProblems pointer={pointer} />
    </fieldset>
  );
}
