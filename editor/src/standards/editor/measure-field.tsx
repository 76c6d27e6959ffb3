import { useTranslation } from 'react-i18next';
import type { ServiceRecordKind } from '../../api/types-standard';
import { RECORD_KINDS } from '../../district/record-kinds';
import { toggleRecordKind, type Measure } from './indicator-defaults';
import { FieldProblems } from './problems-context';

export interface MeasureFieldProps {
  measure: Measure;
  onMeasure: (measure: Measure) => void;
  /** The kinds of service record counted, when records are measured. */
  kinds: readonly ServiceRecordKind[];
  onKinds: (kinds: ServiceRecordKind[]) => void;
  /** The indicator's pointer (`/indicators/3`). */
  pointer: string;
  readOnly: boolean;
  testId: string;
}

/**
 * What a rhythm or a count measures: the completions of a process element (chosen beside it), or
 * service records (服务记录) of the kinds ticked here — contacts a caseworker records at any time.
 */
export function MeasureField({ measure, onMeasure, kinds, onKinds, pointer, readOnly, testId }: MeasureFieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('indicators.measure')}
        <select value={measure} disabled={readOnly} onChange={(e) => onMeasure(e.target.value as Measure)} data-testid={`${testId}-measure`}>
          <option value="element">{t('indicators.measures.element')}</option>
          <option value="records">{t('indicators.measures.records')}</option>
        </select>
        <FieldProblems pointer={`${pointer}/records`} />
      </label>
      {measure === 'records' && (
        <fieldset className="record-kinds" data-pointer={`${pointer}/records/kinds`} data-testid={`${testId}-record-kinds`}>
          <legend>{t('indicators.recordKinds')}</legend>
          {RECORD_KINDS.map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                disabled={readOnly}
                onChange={(e) => onKinds(toggleRecordKind(kinds, kind, e.target.checked, RECORD_KINDS))}
                data-testid={`${testId}-record-kind-${kind}`}
              />
              {t(`records.kinds.${kind}`)}
            </label>
          ))}
          <FieldProblems pointer={`${pointer}/records/kinds`} />
        </fieldset>
      )}
    </>
  );
}
