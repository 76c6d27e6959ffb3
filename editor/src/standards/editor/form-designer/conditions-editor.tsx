/**
 * A form's rules between answers, each read as a sentence and set with its own controls: "当 [是否独居]
 * [是] [是] 时，必须填写：☑ 同住人". The fields are named by their labels.
 */
import { useTranslation } from 'react-i18next';
import { currentLanguage, localized } from '../../../i18n';
import { addCondition, conditionFields } from './form-conditions';
import { firstTest } from './form-edits';
import type { Condition, ConditionTest, DesignedField, DesignedForm } from './form-model';

export interface ConditionsEditorProps {
  form: DesignedForm;
  onChange: (conditions: Condition[]) => void;
  pointer: string;
  readOnly: boolean;
}

const OPS: Record<DesignedField['kind'], Array<ConditionTest['op']>> = {
  yesNo: ['is'],
  choice: ['is', 'isNot'],
  choices: ['includes'],
  number: ['atLeast'],
  text: [],
  date: [],
  rows: [],
  group: [],
};

export function ConditionsEditor({ form, onChange, pointer, readOnly }: ConditionsEditorProps) {
  const { t } = useTranslation();
  const readable = conditionFields(form);
  const nameOf = (f: DesignedField, i: number) => localized(f.label, currentLanguage()) || t('designer.field', { n: i + 1 });
  const names = new Map(form.fields.map((f, i) => [f.key, nameOf(f, i)]));
  const set = (i: number, c: Condition) => onChange(form.conditions.map((x, j) => (j === i ? c : x)));

  return (
    <section className="designer-conditions" aria-label={t('designer.conditions')} data-testid="designer-conditions">
      <h4>{t('designer.conditions')}</h4>
      <p className="muted">{t('designer.conditionsHint')}</p>
      {form.conditions.length === 0 && <p className="muted">{t('designer.noConditions')}</p>}
      <ol>
        {form.conditions.map((c, i) => {
          const field = form.fields.find((f) => f.key === c.field)!;
          const label = t('designer.condition', { n: i + 1 });
          return (
            <li key={i} className="designer-condition" data-pointer={`${pointer}/allOf/${i}`} tabIndex={-1} data-testid="condition">
              <fieldset>
                <legend className="visually-hidden">{label}</legend>
                <span>{t('designer.when')}</span>
                <select
                  aria-label={`${label}：${t('designer.whenField')}`}
                  value={c.field}
                  disabled={readOnly}
                  onChange={(e) => {
                    const next = form.fields.find((f) => f.key === e.target.value)!;
                    const require = c.require.filter((k) => k !== next.key);
                    const other = form.fields.find((f) => f.key !== next.key);
                    set(i, { field: next.key, test: firstTest(next)!, require: require.length ? require : other ? [other.key] : [] });
                  }}
                  data-testid="condition-field"
                >
                  {readable.map((f) => (
                    <option key={f.key} value={f.key}>
                      {names.get(f.key)}
                    </option>
                  ))}
                </select>
                <TestControls field={field} test={c.test} label={label} onChange={(test) => set(i, { ...c, test })} readOnly={readOnly} />
                <span>{t('designer.then')}</span>
                <span className="designer-condition-targets">
                  {form.fields
                    .filter((f) => f.key !== c.field)
                    .map((f) => {
                      const checked = c.require.includes(f.key);
                      return (
                        <label key={f.key} className="designer-check">
                          <input
                            type="checkbox"
                            checked={checked}
                            // A rule requires at least one field.
                            disabled={readOnly || (checked && c.require.length === 1)}
                            onChange={(e) =>
                              set(i, { ...c, require: e.target.checked ? form.fields.map((x) => x.key).filter((k) => k === f.key || c.require.includes(k)) : c.require.filter((k) => k !== f.key) })
                            }
                            data-testid="condition-require"
                          />
                          {names.get(f.key)}
                        </label>
                      );
                    })}
                </span>
                {!readOnly && (
                  <button type="button" className="link-button danger" onClick={() => onChange(form.conditions.filter((_, j) => j !== i))} aria-label={t('designer.removeCondition', { n: i + 1 })}>
                    {t('designer.remove')}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {!readOnly &&
        (readable.length && form.fields.length > 1 ? (
          <button
            type="button"
            onClick={() => {
              const next = addCondition(form, readable[0]!.key);
              if (next) onChange(next.conditions);
            }}
            data-testid="condition-add"
          >
            {t('designer.addCondition')}
          </button>
        ) : (
          <p className="muted">{t('designer.noConditionFields')}</p>
        ))}
    </section>
  );
}

interface TestControlsProps {
  field: DesignedField;
  test: ConditionTest;
  label: string;
  onChange: (test: ConditionTest) => void;
  readOnly: boolean;
}

/** The condition's operator and value, as the field's kind allows. */
function TestControls({ field, test, label, onChange, readOnly }: TestControlsProps) {
  const { t } = useTranslation();
  const options = field.kind === 'choice' || field.kind === 'choices' ? field.options : [];
  const optionName = (i: number) => localized(options[i]!.label, currentLanguage()) || t('designer.option', { n: i + 1 });
  const ops = OPS[field.kind];
  const first = options[0]?.value ?? '';
  const opSelect = (
    <select
      aria-label={`${label}：${t('designer.test')}`}
      value={test.op}
      disabled={readOnly || ops.length < 2}
      onChange={(e) => {
        const op = e.target.value as ConditionTest['op'];
        const value = test.op === 'is' ? String(test.values[0] ?? first) : test.op === 'isNot' || test.op === 'includes' ? test.value : first;
        onChange(op === 'is' ? { op, values: [value] } : op === 'isNot' || op === 'includes' ? { op, value } : { op: 'atLeast', value: 1 });
      }}
      data-testid="condition-op"
    >
      {ops.map((op) => (
        <option key={op} value={op}>
          {t(`designer.ops.${op}`)}
        </option>
      ))}
    </select>
  );
  if (test.op === 'is' && field.kind === 'yesNo') {
    return (
      <>
        {opSelect}
        <select aria-label={`${label}：${t('designer.value')}`} value={String(test.values[0])} disabled={readOnly} onChange={(e) => onChange({ op: 'is', values: [e.target.value === 'true'] })} data-testid="condition-value">
          <option value="true">{t('designer.yes')}</option>
          <option value="false">{t('designer.no')}</option>
        </select>
      </>
    );
  }
  if (test.op === 'is') {
    // One value or several: a choice is any of those ticked.
    return (
      <>
        {opSelect}
        <span className="designer-condition-values" role="group" aria-label={`${label}：${t('designer.value')}`}>
          {options.map((o, i) => {
            const checked = test.values.includes(o.value);
            return (
              <label key={o.value} className="designer-check">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={readOnly || (checked && test.values.length === 1)}
                  onChange={(e) => onChange({ op: 'is', values: options.map((x) => x.value).filter((v) => (v === o.value ? e.target.checked : test.values.includes(v))) })}
                  data-testid="condition-value"
                />
                {optionName(i)}
              </label>
            );
          })}
        </span>
      </>
    );
  }
  if (test.op === 'isNot' || test.op === 'includes') {
    return (
      <>
        {opSelect}
        <select aria-label={`${label}：${t('designer.value')}`} value={test.value} disabled={readOnly} onChange={(e) => onChange({ op: test.op, value: e.target.value })} data-testid="condition-value">
          {options.map((o, i) => (
            <option key={o.value} value={o.value}>
              {optionName(i)}
            </option>
          ))}
        </select>
      </>
    );
  }
  return (
    <>
      {opSelect}
      <input
        type="number"
        aria-label={`${label}：${t('designer.value')}`}
        value={test.value}
        readOnly={readOnly}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(n)) onChange({ op: 'atLeast', value: n });
        }}
        data-testid="condition-value"
      />
    </>
  );
}
