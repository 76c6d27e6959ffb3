import { useTranslation } from 'react-i18next';
import type { ServiceStandard } from '../../api';
import type { DurationUnit, Parameter } from '../../api/types-standard';
import type { DiagramElementInfo } from '../../modeler/process-modeler';
import { IndicatorEditor } from './indicator-editor';
import { newIndicator } from './indicator-defaults';
import { FieldProblems } from './problems-context';

export interface ParametersTabProps {
  standard: ServiceStandard;
  readOnly: boolean;
  update: (fn: (s: ServiceStandard) => ServiceStandard) => void;
  elements: readonly DiagramElementInfo[];
  pick: () => Promise<string | null>;
}

const UNITS: DurationUnit[] = ['working_days', 'days', 'hours', 'months'];

function ParameterRow({ p, i, readOnly, set, remove }: { p: Parameter; i: number; readOnly: boolean; set: (p: Parameter) => void; remove: () => void }) {
  const { t } = useTranslation();
  const ptr = `/parameters/${i}`;
  const num = (key: 'default' | 'min' | 'max') => (
    <td>
      <input type="number" value={p[key]} readOnly={readOnly} onChange={(e) => set({ ...p, [key]: Number(e.target.value) })} data-pointer={`${ptr}/${key}`} aria-label={t(`parameters.${key}`)} />
      <FieldProblems pointer={`${ptr}/${key}`} />
    </td>
  );
  return (
    <tr data-testid="parameter-row">
      <td>
        <input value={p.id} readOnly={readOnly} onChange={(e) => set({ ...p, id: e.target.value })} data-pointer={`${ptr}/id`} aria-label={t('editor.id')} />
        <FieldProblems pointer={`${ptr}/id`} />
      </td>
      <td>
        <input lang="zh-CN" value={p.title.zh} readOnly={readOnly} onChange={(e) => set({ ...p, title: { ...p.title, zh: e.target.value } })} data-pointer={`${ptr}/title/zh`} aria-label={t('editor.titleZh')} />
      </td>
      <td>
        <input lang="en" value={p.title.en} readOnly={readOnly} onChange={(e) => set({ ...p, title: { ...p.title, en: e.target.value } })} data-pointer={`${ptr}/title/en`} aria-label={t('editor.titleEn')} />
      </td>
      <td>
        <select
          value={p.kind}
          disabled={readOnly}
          onChange={(e) => {
            const kind = e.target.value as Parameter['kind'];
            const next: Parameter = { ...p, kind };
            if (kind === 'duration') next.unit = p.unit ?? 'working_days';
            else delete next.unit;
            set(next);
          }}
          aria-label={t('parameters.kind')}
        >
          {(['duration', 'count', 'number'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`parameters.kinds.${k}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {p.kind === 'duration' && (
          <select value={p.unit ?? 'working_days'} disabled={readOnly} onChange={(e) => set({ ...p, unit: e.target.value as DurationUnit })} aria-label={t('parameters.unit')}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`units.${u}`)}
              </option>
            ))}
          </select>
        )}
      </td>
      {num('default')}
      {num('min')}
      {num('max')}
      <td>
        <select value={p.tighter} disabled={readOnly} onChange={(e) => set({ ...p, tighter: e.target.value as Parameter['tighter'] })} aria-label={t('parameters.tighter')}>
          <option value="lower">{t('parameters.tighterLower')}</option>
          <option value="higher">{t('parameters.tighterHigher')}</option>
        </select>
      </td>
      <td>
        {!readOnly && (
          <button type="button" className="link-button danger" onClick={remove}>
            {t('common.remove')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** Tunable parameters (what districts may tighten) and the evaluation indicators. */
export function ParametersTab({ standard: s, readOnly, update, elements, pick }: ParametersTabProps) {
  const { t } = useTranslation();
  const setParams = (parameters: Parameter[]) => update((x) => ({ ...x, parameters }));
  return (
    <div className="tab-scroll">
      <section className="card">
        <h3>{t('parameters.title')}</h3>
        <p className="muted">{t('parameters.hint')}</p>
        <FieldProblems pointer="/parameters" />
        {s.parameters.length === 0 ? (
          <p className="muted" data-testid="parameters-empty">
            {t('parameters.empty')}
          </p>
        ) : (
          <table className="table compact" data-testid="parameters-table">
            <thead>
              <tr>
                <th>{t('editor.id')}</th>
                <th>{t('editor.titleZh')}</th>
                <th>{t('editor.titleEn')}</th>
                <th>{t('parameters.kind')}</th>
                <th>{t('parameters.unit')}</th>
                <th>{t('parameters.default')}</th>
                <th>{t('parameters.min')}</th>
                <th>{t('parameters.max')}</th>
                <th>{t('parameters.tighter')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {s.parameters.map((p, i) => (
                <ParameterRow
                  key={i}
                  p={p}
                  i={i}
                  readOnly={readOnly}
                  set={(np) => setParams(s.parameters.map((x, j) => (j === i ? np : x)))}
                  remove={() => setParams(s.parameters.filter((_, j) => j !== i))}
                />
              ))}
            </tbody>
          </table>
        )}
        {!readOnly && (
          <button
            type="button"
            onClick={() =>
              setParams([
                ...s.parameters,
                { id: `param${s.parameters.length + 1}`, title: { zh: '', en: '' }, kind: 'duration', unit: 'working_days', default: 15, min: 1, max: 30, tighter: 'lower' },
              ])
            }
            data-testid="add-parameter"
          >
            {t('parameters.add')}
          </button>
        )}
      </section>
      <section>
        <h3>{t('indicators.heading')}</h3>
        <FieldProblems pointer="/indicators" />
        {s.indicators.length === 0 && (
          <p className="muted" data-testid="indicators-empty">
            {t('indicators.empty')}
          </p>
        )}
        {s.indicators.map((ind, i) => (
          <IndicatorEditor
            key={i}
            index={i}
            indicator={ind}
            readOnly={readOnly}
            elements={elements}
            parameters={s.parameters}
            formSchemas={s.forms}
            pick={pick}
            onChange={(ni) => update((x) => ({ ...x, indicators: x.indicators.map((y, j) => (j === i ? ni : y)) }))}
            onRemove={() => update((x) => ({ ...x, indicators: x.indicators.filter((_, j) => j !== i) }))}
          />
        ))}
        {!readOnly && (
          <button type="button" onClick={() => update((x) => ({ ...x, indicators: [...x.indicators, newIndicator(x.indicators.length)] }))} data-testid="add-indicator">
            {t('indicators.add')}
          </button>
        )}
      </section>
    </div>
  );
}
