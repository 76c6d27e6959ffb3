import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparator, Indicator, IndicatorKind, Parameter } from '../../api/types-standard';
import { currentLanguage, localized } from '../../i18n';
import type { DiagramElementInfo } from '../../modeler/process-modeler';
import { AmountField } from './amount-field';
import { ElementField } from './element-field';
import { formNames, schemaTitle } from './element-names';
import { describeIndicator, type ProcessNames } from '@jingzhun/standards/indicator-text';
import { INDICATOR_KINDS, measureOf, withKind, withMeasure } from './indicator-defaults';
import { LocalizedInput } from './localized-input';
import { MeasureField } from './measure-field';
import { FieldProblems } from './problems-context';

const COMPARATORS: Comparator[] = ['>=', '<=', '>', '<', '='];

export interface IndicatorEditorProps {
  indicator: Indicator;
  index: number;
  onChange: (ind: Indicator) => void;
  onRemove: () => void;
  elements: readonly DiagramElementInfo[];
  parameters: readonly Parameter[];
  /** The standard's forms by id: their fields' titles name what a field indicator measures. */
  formSchemas: Readonly<Record<string, Record<string, unknown>>>;
  pick: () => Promise<string | null>;
  readOnly: boolean;
}

/** The diagram's names, as the sentences of indicators read them (an element without an English name says its Chinese one). */
function diagramNames(elements: readonly DiagramElementInfo[]): ProcessNames {
  const named = (e: DiagramElementInfo | undefined) => e && { zh: e.name || e.id, en: e.nameEn || e.name || e.id };
  return {
    element: (id) => named(elements.find((e) => e.id === id)),
    taskWithForm: (form) => named(elements.find((e) => e.form === form && e.type === 'bpmn:UserTask')),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answers of a form an indicator can read, as JSON pointers into its data, with their titles. */
function formFields(schema: unknown, lang: 'zh-CN' | 'en', untitled: string): Array<[pointer: string, title: string]> {
  const properties = isObject(schema) && isObject(schema['properties']) ? schema['properties'] : {};
  return Object.entries(properties)
    .filter(([, field]) => isObject(field) && field['type'] !== 'object' && field['type'] !== 'array')
    .map(([key, field]) => [`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, schemaTitle(field, lang) || untitled]);
}

/** One evaluation indicator: what is measured, its target, and the sentence saying it in words. */
export function IndicatorEditor({ indicator: ind, index, onChange, onRemove, elements, parameters, formSchemas, pick, readOnly }: IndicatorEditorProps) {
  const forms = Object.keys(formSchemas);
  const { t } = useTranslation();
  const lang = currentLanguage();
  const names = useMemo(() => formNames(formSchemas, t, lang), [formSchemas, t, lang]);
  const ptr = `/indicators/${index}`;
  const sentence = localized(describeIndicator(ind, diagramNames(elements), { parameters, forms: formSchemas }).definition);
  const el = (label: string, value: string, set: (id: string) => void, pointer: string, testId: string) => (
    <ElementField label={label} value={value} elements={elements} onChange={set} onPick={pick} pointer={pointer} readOnly={readOnly} testId={`indicator-${index}-${testId}`} />
  );

  return (
    <article className="card indicator" data-testid={`indicator-${index}`}>
      <p className="indicator-sentence" data-testid={`indicator-${index}-sentence`}>
        {sentence}
      </p>
      <div className="indicator-grid">
        <label>
          {t('editor.id')}
          <input value={ind.id} readOnly={readOnly} onChange={(e) => onChange({ ...ind, id: e.target.value })} data-pointer={`${ptr}/id`} />
          <FieldProblems pointer={`${ptr}/id`} />
        </label>
        <label>
          {t('indicators.kind')}
          <select value={ind.kind} disabled={readOnly} onChange={(e) => onChange(withKind(ind, e.target.value as IndicatorKind, forms[0]))} data-pointer={`${ptr}/kind`} data-testid={`indicator-${index}-kind`}>
            {INDICATOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`indicators.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('indicators.comparator')}
          <select value={ind.comparator} disabled={readOnly} onChange={(e) => onChange({ ...ind, comparator: e.target.value as Comparator })} data-pointer={`${ptr}/comparator`}>
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {c} {t(`indicators.comparators.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('indicators.target')}
          <input type="number" value={ind.target} readOnly={readOnly} onChange={(e) => onChange({ ...ind, target: Number(e.target.value) })} data-pointer={`${ptr}/target`} data-testid={`indicator-${index}-target`} />
          <FieldProblems pointer={`${ptr}/target`} />
        </label>
      </div>
      <LocalizedInput label={t('indicators.title')} value={ind.title} onChange={(title) => onChange({ ...ind, title })} pointer={`${ptr}/title`} readOnly={readOnly} testId={`indicator-${index}-title`} />
      <div className="indicator-grid">
        {ind.kind === 'duration' && (
          <>
            {el(t('indicators.from'), ind.from.element, (id) => onChange({ ...ind, from: { ...ind.from, element: id } }), `${ptr}/from/element`, 'from')}
            <label>
              {t('indicators.edge')}
              <select value={ind.from.edge} disabled={readOnly} onChange={(e) => onChange({ ...ind, from: { ...ind.from, edge: e.target.value as 'start' | 'end' } })}>
                <option value="start">{t('sentence.edge.start')}</option>
                <option value="end">{t('sentence.edge.end')}</option>
              </select>
            </label>
            {el(t('indicators.to'), ind.to.element, (id) => onChange({ ...ind, to: { ...ind.to, element: id } }), `${ptr}/to/element`, 'to')}
            <label>
              {t('indicators.edge')}
              <select value={ind.to.edge} disabled={readOnly} onChange={(e) => onChange({ ...ind, to: { ...ind.to, edge: e.target.value as 'start' | 'end' } })}>
                <option value="start">{t('sentence.edge.start')}</option>
                <option value="end">{t('sentence.edge.end')}</option>
              </select>
            </label>
            <label>
              {t('indicators.unit')}
              <select value={ind.unit} disabled={readOnly} onChange={(e) => onChange({ ...ind, unit: e.target.value as typeof ind.unit })}>
                {(['working_days', 'days', 'hours'] as const).map((u) => (
                  <option key={u} value={u}>
                    {t(`units.${u}`)}
                  </option>
                ))}
              </select>
            </label>
            <AmountField label={t('indicators.limit')} value={ind.limit} onChange={(limit) => limit !== undefined && onChange({ ...ind, limit })} parameters={parameters} pointer={`${ptr}/limit`} readOnly={readOnly} testId={`indicator-${index}-limit`} />
          </>
        )}
        {ind.kind === 'recurrence' && (
          <>
            <MeasureField
              measure={measureOf(ind)}
              onMeasure={(measure) => onChange(withMeasure(ind, measure))}
              kinds={ind.records?.kinds ?? []}
              onKinds={(kinds) => onChange({ ...ind, records: { kinds } })}
              pointer={ptr}
              readOnly={readOnly}
              testId={`indicator-${index}`}
            />
            {!ind.records && el(t('indicators.activity'), ind.activity ?? '', (id) => onChange({ ...ind, activity: id }), `${ptr}/activity`, 'activity')}
            <AmountField label={t('indicators.everyDays')} value={ind.everyDays} onChange={(everyDays) => everyDays !== undefined && onChange({ ...ind, everyDays })} parameters={parameters} pointer={`${ptr}/everyDays`} readOnly={readOnly} testId={`indicator-${index}-every`} />
            {el(t('indicators.spanFrom'), ind.span.from, (id) => onChange({ ...ind, span: { ...ind.span, from: id } }), `${ptr}/span/from`, 'span-from')}
            {el(t('indicators.spanTo'), ind.span.to, (id) => onChange({ ...ind, span: { ...ind.span, to: id } }), `${ptr}/span/to`, 'span-to')}
          </>
        )}
        {ind.kind === 'completion' && (
          <>
            {el(t('indicators.element'), ind.element, (id) => onChange({ ...ind, element: id }), `${ptr}/element`, 'element')}
            <AmountField
              label={t('indicators.withinDays')}
              value={ind.withinDays}
              optional
              onChange={(withinDays) => {
                const next = { ...ind, withinDays };
                if (withinDays === undefined) delete next.withinDays;
                onChange(next);
              }}
              parameters={parameters}
              pointer={`${ptr}/withinDays`}
              readOnly={readOnly}
              testId={`indicator-${index}-within`}
            />
          </>
        )}
        {ind.kind === 'field' && (
          <>
            <label>
              {t('indicators.form')}
              <select value={ind.form} disabled={readOnly} onChange={(e) => onChange({ ...ind, form: e.target.value })} data-pointer={`${ptr}/form`}>
                {[...new Set([ind.form, ...forms])].map((f) => (
                  <option key={f} value={f}>
                    {names.get(f) ?? t('designer.untitledForm')}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('names.answer')}
              <select value={ind.field} disabled={readOnly} onChange={(e) => onChange({ ...ind, field: e.target.value })} data-pointer={`${ptr}/field`} data-testid={`indicator-${index}-field`}>
                <option value="">{t('names.chooseField')}</option>
                {formFields(formSchemas[ind.form], lang, t('designer.untitledField')).map(([pointer, title]) => (
                  <option key={pointer} value={pointer}>
                    {title}
                  </option>
                ))}
                {ind.field && !formFields(formSchemas[ind.form], lang, '').some(([pointer]) => pointer === ind.field) && <option value={ind.field}>{t('names.missingField')}</option>}
              </select>
              <FieldProblems pointer={`${ptr}/field`} />
            </label>
            <label>
              {t('indicators.aggregate')}
              <select value={ind.aggregate} disabled={readOnly} onChange={(e) => onChange({ ...ind, aggregate: e.target.value as 'mean' | 'share' })}>
                <option value="mean">{t('indicators.aggregates.mean')}</option>
                <option value="share">{t('indicators.aggregates.share')}</option>
              </select>
            </label>
            {ind.aggregate === 'share' && (
              <label>
                {t('indicators.condition')}
                <input value={ind.condition ?? ''} readOnly={readOnly} onChange={(e) => onChange({ ...ind, condition: e.target.value || undefined })} data-pointer={`${ptr}/condition`} placeholder="value >= 4" />
                <FieldProblems pointer={`${ptr}/condition`} />
              </label>
            )}
          </>
        )}
        {ind.kind === 'count' && (
          <>
            <MeasureField
              measure={measureOf(ind)}
              onMeasure={(measure) => onChange(withMeasure(ind, measure))}
              kinds={ind.records?.kinds ?? []}
              onKinds={(kinds) => onChange({ ...ind, records: { kinds } })}
              pointer={ptr}
              readOnly={readOnly}
              testId={`indicator-${index}`}
            />
            {!ind.records && el(t('indicators.element'), ind.element ?? '', (id) => onChange({ ...ind, element: id }), `${ptr}/element`, 'element')}
            <label>
              {t('indicators.period')}
              <select value={ind.period} disabled={readOnly} onChange={(e) => onChange({ ...ind, period: e.target.value as 'month' | 'quarter' | 'year' })}>
                {(['month', 'quarter', 'year'] as const).map((p) => (
                  <option key={p} value={p}>
                    {t(`sentence.period.${p}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </div>
      {!readOnly && (
        <button type="button" className="link-button danger" onClick={onRemove} data-testid={`indicator-${index}-remove`}>
          {t('indicators.remove')}
        </button>
      )}
    </article>
  );
}
