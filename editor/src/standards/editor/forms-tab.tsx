import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceStandard } from '../../api';
import { JsonSchemaEditor } from '../../forms/json-schema-editor';
import type { DiagramElementInfo } from '../../modeler/process-modeler';
import { FieldProblems } from './problems-context';

export interface FormsTabProps {
  standard: ServiceStandard;
  readOnly: boolean;
  update: (fn: (s: ServiceStandard) => ServiceStandard) => void;
  elements: readonly DiagramElementInfo[];
}

const FORM_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** The JSON Schema of each user task's form, with the form it renders beside it. */
export function FormsTab({ standard: s, readOnly, update, elements }: FormsTabProps) {
  const { t } = useTranslation();
  const ids = Object.keys(s.forms);
  const [selected, setSelected] = useState<string | undefined>(ids[0]);
  const [newId, setNewId] = useState('');
  const current = selected && s.forms[selected] ? selected : ids[0];
  const userTasks = elements.filter((e) => e.type === 'bpmn:UserTask');
  const usedBy = (id: string) => userTasks.filter((task) => task.form === id);

  function addForm() {
    const id = newId.trim();
    if (!FORM_ID.test(id) || s.forms[id]) return;
    update((x) => ({ ...x, forms: { ...x.forms, [id]: { type: 'object', title: id, properties: {} } } }));
    setSelected(id);
    setNewId('');
  }

  function removeForm(id: string) {
    update((x) => {
      const forms = { ...x.forms };
      delete forms[id];
      return { ...x, forms };
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
                <code>{id}</code>
                <span className="muted">
                  {usedBy(id).length ? t('formsTab.usedBy', { tasks: usedBy(id).map((u) => u.name || u.id).join('、') }) : t('formsTab.unused')}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {!readOnly && (
          <div className="add-form">
            <input value={newId} onChange={(e) => setNewId(e.target.value)} placeholder={t('formsTab.newIdPlaceholder')} aria-label={t('formsTab.newId')} data-testid="new-form-id" />
            <button type="button" onClick={addForm} disabled={!FORM_ID.test(newId.trim()) || !!s.forms[newId.trim()]} data-testid="add-form">
              {t('formsTab.add')}
            </button>
          </div>
        )}
        <h4>{t('formsTab.tasks')}</h4>
        {userTasks.length === 0 ? (
          <p className="muted">{t('formsTab.noTasks')}</p>
        ) : (
          <ul className="task-forms">
            {userTasks.map((task) => (
              <li key={task.id}>
                {task.name || task.id}:{' '}
                {task.form ? (
                  <button type="button" className="link-button" onClick={() => setSelected(task.form)}>
                    {task.form}
                  </button>
                ) : (
                  <span className="field-error">{t('formsTab.taskWithoutForm')}</span>
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
                {t('formsTab.editing')} <code>{current}</code>
              </h3>
              {!readOnly && (
                <button type="button" className="link-button danger" onClick={() => removeForm(current)} data-testid="remove-form">
                  {t('formsTab.remove')}
                </button>
              )}
            </div>
            <FieldProblems pointer={`/forms/${current}`} />
            <JsonSchemaEditor
              key={current}
              value={s.forms[current]}
              onChange={(schema) => update((x) => ({ ...x, forms: { ...x.forms, [current]: schema } }))}
              readOnly={readOnly}
              pointer={`/forms/${current}`}
              label={t('formsTab.schema')}
              previewTitle={t('formsTab.preview')}
              testId="form-schema"
            />
          </>
        ) : (
          <p className="muted">{t('formsTab.choose')}</p>
        )}
      </div>
    </div>
  );
}
