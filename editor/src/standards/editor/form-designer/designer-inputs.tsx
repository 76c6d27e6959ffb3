/**
 * The small inputs the form designer is made of: a text in both languages whose halves sit where the
 * schema keeps them (`title` and `x-en/title`), and numbers that are blank when there is no bound.
 */
import type { LocalizedText } from '../../../api';

export interface BilingualInputsProps {
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  zhLabel: string;
  enLabel: string;
  /** Where the Chinese and the English are in the schema, so a problem there focuses the input. */
  zhPointer: string;
  enPointer: string;
  readOnly: boolean;
  testId: string;
  autoFocus?: boolean;
  multiline?: boolean;
}

export function BilingualInputs({ value, onChange, zhLabel, enLabel, zhPointer, enPointer, readOnly, testId, autoFocus, multiline }: BilingualInputsProps) {
  const Field = multiline ? 'textarea' : 'input';
  return (
    <>
      <label className="designer-text">
        <span>{zhLabel}</span>
        <Field lang="zh-CN" value={value.zh} readOnly={readOnly} autoFocus={autoFocus} onChange={(e) => onChange({ ...value, zh: e.target.value })} data-pointer={zhPointer} data-testid={`${testId}-zh`} />
      </label>
      <label className="designer-text">
        <span>{enLabel}</span>
        <Field lang="en" value={value.en} readOnly={readOnly} onChange={(e) => onChange({ ...value, en: e.target.value })} data-pointer={enPointer} data-testid={`${testId}-en`} />
      </label>
    </>
  );
}

export interface BoundInputProps {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  /** Only whole numbers from 0 (a number of characters or of items). */
  count?: boolean;
  placeholder?: string;
  pointer: string;
  readOnly: boolean;
  testId: string;
}

/** A bound: blank is none; what is not a number (or, for a count, not a whole number from 0) is none either. */
export function BoundInput({ label, value, onChange, count, placeholder, pointer, readOnly, testId }: BoundInputProps) {
  return (
    <label className="designer-bound">
      <span>{label}</span>
      <input
        type="number"
        min={count ? 0 : undefined}
        step={count ? 1 : 'any'}
        value={value ?? ''}
        placeholder={placeholder}
        readOnly={readOnly}
        onChange={(e) => {
          const n = e.target.value === '' ? NaN : Number(e.target.value);
          onChange(Number.isFinite(n) && (!count || (Number.isInteger(n) && n >= 0)) ? n : undefined);
        }}
        data-pointer={pointer}
        data-testid={testId}
      />
    </label>
  );
}
