import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceStandard } from '../../api';
import { currentLanguage } from '../../i18n';
import type { DiagramElementInfo } from '../../modeler/process-modeler';
import { elementNames, formNames } from './element-names';
import { FormDesigner } from './form-designer/form-designer';
import { namesInUse, newForm, nextKey } from './form-designer/form-edits';
import { writeForm } from './form-designer/form-model';
import { FieldProblems } from './problems-context';

export interface FormsTabProps {
  standard: ServiceStandard;
  readOnly: boolean;
  update: (fn: (s: ServiceStandard) => ServiceStandard) => void;
  elements: readonly DiagramElementInfo[];
  /** A place in the standard to show (a problem's pointer): its form is opened. */
  reveal?: { pointer: string } | undefined;
}

/** The form of a pointer into the standard (`/forms/visit/properties/…` → `visit`). */
function formOf(pointer: string): string | undefined {
  const [first, id] = pointer.split('/').slice(1);
  return first === 'forms' && id !== undefined ? id.replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

/** The standard's forms, each designed field by field beside the form it renders; which user task fills in which. */
export function FormsTab({ standard: s, readOnly, update, elements, reveal }: FormsTabProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const ids = Object.keys(s.forms);
  const [selected, setSelected] = useState<string | undefined>(ids[0]);
  const [created, setCreated] = useState<string | null>(null);
  const current = selected && s.forms[selected] ? selected : ids[0];
  const userTasks = elements.filter((e) => e.type === 'bpmn:UserTask');
  const usedBy = (id: string) => userTasks.filter((task) => task.form === id);
  const forms = useMemo(() => formNames(s.forms, t, lang), [s.forms, t, lang]);
  const tasks = useMemo(() => elementNames(elements, t, lang), [elements, t, lang]);

  useEffect(() => {
    const id = reveal && formOf(reveal.pointer);
    if (id && s.forms[id]) setSelected(id);
    // Only a new request to reveal a place opens another form, not every change of the forms.
  }, [reveal]);

  function addForm() {
    const id = nextKey(ids, 'form_');
    update((x) => ({ ...x, forms: { ...x.forms, [id]: writeForm(newForm()) } }));
    setSelected(id);
    setCreated(id);
  }

  function removeForm(id: string) {
    update((x) => {
      const next = { ...x.forms };
      delete next[id];
      return { ...x, forms: next };
    });
    setSelected(undefined);
  }

  return (
    <div className="forms-tab">
      <aside className="forms-list" aria-label={t('formsTab.list')}>
        <h3>{t('formsTab.list')}</h3>
        <FieldProblems pointer="/forms" />
        {ids.length === 0 && <p className="muted">{t('formsTab.empty')}</p>}
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <button type="button" className={id === current ? 'selected' : ''} onClick={() => setSelected(id)} data-testid={`form-item-${id}`} aria-pressed={id === current}>
                <span>{forms.get(id)}</span>
                <span className="muted">{usedBy(id).length ? t('formsTab.usedBy', { tasks: usedBy(id).map((u) => tasks.get(u.id)).join(t('designer.listSeparator')) }) : t('formsTab.unused')}</span>
              </button>
            </li>
          ))}
        </ul>
        {!readOnly && (
          <button type="button" onClick={addForm} data-testid="add-form">
            {t('designer.newForm')}
          </button>
        )}
        <h4>{t('formsTab.tasks')}</h4>
        {userTasks.length === 0 ? (
          <p className="muted">{t('formsTab.noTasks')}</p>
        ) : (
          <ul className="task-forms" data-testid="task-forms">
            {userTasks.map((task) => (
              <li key={task.id}>
                {tasks.get(task.id)}:{' '}
                {task.form && s.forms[task.form] ? (
                  <button type="button" className="link-button" onClick={() => setSelected(task.form)}>
                    {forms.get(task.form)}
                  </button>
                ) : (
                  <span className="field-error">{task.form ? t('names.missingForm') : t('formsTab.taskWithoutForm')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </aside>
      <div className="forms-editor">
        {current && s.forms[current] ? (
          <>
            <div className="page-header">
              <h3>
                {t('formsTab.editing')} {forms.get(current)}
              </h3>
              {!readOnly && (
                <button type="button" className="link-button danger" onClick={() => removeForm(current)} data-testid="remove-form">
                  {t('formsTab.remove')}
                </button>
              )}
            </div>
            <FormDesigner
              key={current}
              schema={s.forms[current]}
              onChange={(schema) => update((x) => ({ ...x, forms: { ...x.forms, [current]: schema } }))}
              readOnly={readOnly}
              pointer={`/forms/${current.replace(/~/g, '~0').replace(/\//g, '~1')}`}
              takenNames={() => namesInUse([...Object.values(s.forms), s.population.eligibility])}
              titleLabel={t('designer.formTitle')}
              previewTitle={t('formsTab.preview')}
              focusTitle={current === created}
              testId="form-designer"
            />
          </>
        ) : (
          <p className="muted">{t('formsTab.choose')}</p>
        )}
      </div>
    </div>
  );
}
