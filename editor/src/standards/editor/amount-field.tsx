import { useTranslation } from 'react-i18next';
import type { NumberOrParameter, Parameter } from '../../api/types-standard';
import { localized } from '../../i18n';
import { FieldProblems } from './problems-context';

export interface AmountFieldProps {
  label: string;
  value: NumberOrParameter | undefined;
  onChange: (value: NumberOrParameter | undefined) => void;
  parameters: readonly Parameter[];
  pointer: string;
  readOnly?: boolean;
  optional?: boolean;
  testId: string;
}

/** A number, or "the district's value of parameter X" — what a district may tighten. */
export function AmountField({ label, value, onChange, parameters, pointer, readOnly, optional, testId }: AmountFieldProps) {
  const { t } = useTranslation();
  const mode = value === undefined ? 'none' : typeof value === 'number' ? 'number' : 'parameter';
  return (
    <fieldset className="amount-field" data-testid={testId}>
      <legend>{label}</legend>
      <select
        value={mode}
        disabled={readOnly}
        aria-label={t('indicators.amountMode')}
        onChange={(e) => {
          const m = e.target.value;
          onChange(m === 'none' ? undefined : m === 'number' ? 15 : { parameter: parameters[0]?.id ?? '' });
        }}
      >
        {optional && <option value="none">{t('indicators.noLimit')}</option>}
        <option value="number">{t('indicators.fixedNumber')}</option>
        <option value="parameter">{t('indicators.fromParameter')}</option>
      </select>
      {typeof value === 'number' && (
        <input type="number" min={0} value={value} readOnly={readOnly} onChange={(e) => onChange(Number(e.target.value))} data-pointer={pointer} aria-label={label} />
      )}
      {value !== undefined && typeof value !== 'number' && (
        <select value={value.parameter} disabled={readOnly} onChange={(e) => onChange({ parameter: e.target.value })} data-pointer={`${pointer}/parameter`} aria-label={t('indicators.parameter')}>
          <option value="">{t('indicators.chooseParameter')}</option>
          {parameters.map((p) => (
            <option key={p.id} value={p.id}>
              {localized(p.title) || p.id}
            </option>
          ))}
        </select>
      )}
      <FieldProblems pointer={pointer} />
    </fieldset>
  );
}
