import { useTranslation } from 'react-i18next';
import type { ServiceStandard } from '../../api';
import type { CaseRole } from '../../api/types-standard';
import { FormDesigner } from './form-designer/form-designer';
import { namesInUse } from './form-designer/form-edits';
import { ItemListEditor } from './item-list-editor';
import { LocalizedInput } from './localized-input';

// Every platform role a standard's role may map onto, in the order offered; the type makes a new one show up here.
const CASE_ROLES = Object.keys({
  caseworker: true,
  district_operator: true,
  professional_supervisor: true,
  supervisor: true,
} satisfies Record<CaseRole, true>) as CaseRole[];

export interface WhoTabProps {
  standard: ServiceStandard;
  readOnly: boolean;
  update: (fn: (s: ServiceStandard) => ServiceStandard) => void;
}

/** Who is served, the service content and methods, and the roles: the standard's metadata. */
export function WhoTab({ standard: s, readOnly, update }: WhoTabProps) {
  const { t } = useTranslation();
  return (
    <div className="tab-scroll who-tab">
      <section className="card">
        <h3>{t('who.basics')}</h3>
        <label className="inline">
          {t('standards.code')} <code data-pointer="/code">{s.code}</code>
        </label>
        <LocalizedInput label={t('who.title')} value={s.title} onChange={(title) => update((x) => ({ ...x, title }))} pointer="/title" readOnly={readOnly} testId="meta-title" />
        <LocalizedInput
          label={t('who.summary')}
          value={s.summary}
          onChange={(summary) => update((x) => ({ ...x, summary }))}
          pointer="/summary"
          readOnly={readOnly}
          multiline
          testId="meta-summary"
        />
      </section>
      <section className="card">
        <h3>{t('who.population')}</h3>
        <LocalizedInput
          label={t('who.populationDescription')}
          value={s.population.description}
          onChange={(description) => update((x) => ({ ...x, population: { ...x.population, description } }))}
          pointer="/population/description"
          readOnly={readOnly}
          multiline
          testId="meta-population"
        />
        <p className="muted">{t('designer.eligibilityHint')}</p>
        <FormDesigner
          schema={s.population.eligibility}
          onChange={(eligibility) => update((x) => ({ ...x, population: { ...x.population, eligibility } }))}
          readOnly={readOnly}
          pointer="/population/eligibility"
          takenNames={() => namesInUse([...Object.values(s.forms), s.population.eligibility])}
          titleLabel={t('designer.eligibilityTitle')}
          previewTitle={t('who.casePreview')}
          testId="eligibility-designer"
        />
      </section>
      <section className="card">
        <h3>{t('who.contents')}</h3>
        <ItemListEditor
          items={s.contents}
          onChange={(contents) => update((x) => ({ ...x, contents }))}
          pointer="/contents"
          readOnly={readOnly}
          testId="contents"
          newItem={(i) => ({ id: `content${i + 1}`, title: { zh: '', en: '' } })}
        />
      </section>
      <section className="card">
        <h3>{t('who.methods')}</h3>
        <ItemListEditor
          items={s.methods}
          onChange={(methods) => update((x) => ({ ...x, methods }))}
          pointer="/methods"
          readOnly={readOnly}
          testId="methods"
          newItem={(i) => ({ id: `method${i + 1}`, title: { zh: '', en: '' } })}
        />
      </section>
      <section className="card">
        <h3>{t('who.roles')}</h3>
        <p className="muted">{t('who.rolesHint')}</p>
        <ItemListEditor
          items={s.roles}
          onChange={(roles) => update((x) => ({ ...x, roles }))}
          pointer="/roles"
          readOnly={readOnly}
          testId="roles"
          newItem={(i) => ({ id: `role${i + 1}`, title: { zh: '', en: '' }, assignTo: 'caseworker' as CaseRole })}
          extra={(role, set, i) => (
            <select
              value={role.assignTo}
              disabled={readOnly}
              onChange={(e) => set({ ...role, assignTo: e.target.value as CaseRole })}
              aria-label={t('who.assignTo')}
              data-pointer={`/roles/${i}/assignTo`}
            >
              {CASE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        />
      </section>
    </div>
  );
}
