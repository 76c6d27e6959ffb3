import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../api';
import { FieldProblems } from './problems-context';

interface Item {
  id: string;
  title: LocalizedText;
}

export interface ItemListEditorProps<T extends Item> {
  items: T[];
  onChange: (items: T[]) => void;
  pointer: string;
  readOnly?: boolean;
  testId: string;
  newItem: (index: number) => T;
  /** Extra fields of one item, after id and title. */
  extra?: (item: T, set: (item: T) => void, index: number) => ReactNode;
}

/** A list of id + bilingual title items (contents, methods, roles) with add and remove. */
export function ItemListEditor<T extends Item>({ items, onChange, pointer, readOnly, testId, newItem, extra }: ItemListEditorProps<T>) {
  const { t } = useTranslation();
  const set = (i: number, item: T) => onChange(items.map((x, j) => (j === i ? item : x)));
  return (
    <div className="item-list" data-testid={testId}>
      <FieldProblems pointer={pointer} />
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('editor.id')}</th>
            <th>{t('editor.titleZh')}</th>
            <th>{t('editor.titleEn')}</th>
            {extra && <th />}
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i} data-testid={`${testId}-row`}>
              <td>
                <input value={item.id} readOnly={readOnly} onChange={(e) => set(i, { ...item, id: e.target.value })} data-pointer={`${pointer}/${i}/id`} aria-label={t('editor.id')} />
                <FieldProblems pointer={`${pointer}/${i}/id`} />
              </td>
              <td>
                <input lang="zh-CN" value={item.title.zh} readOnly={readOnly} onChange={(e) => set(i, { ...item, title: { ...item.title, zh: e.target.value } })} data-pointer={`${pointer}/${i}/title/zh`} aria-label={t('editor.titleZh')} />
                <FieldProblems pointer={`${pointer}/${i}/title/zh`} />
              </td>
              <td>
                <input lang="en" value={item.title.en} readOnly={readOnly} onChange={(e) => set(i, { ...item, title: { ...item.title, en: e.target.value } })} data-pointer={`${pointer}/${i}/title/en`} aria-label={t('editor.titleEn')} />
                <FieldProblems pointer={`${pointer}/${i}/title/en`} />
              </td>
              {extra && <td>{extra(item, (x) => set(i, x), i)}</td>}
              <td>
                {!readOnly && (
                  <button type="button" className="link-button danger" onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={t('common.remove')}>
                    {t('common.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <button type="button" onClick={() => onChange([...items, newItem(items.length)])} data-testid={`${testId}-add`}>
          {t('common.add')}
        </button>
      )}
    </div>
  );
}
