import { englishStringTranslator, TranslatableString } from '@rjsf/utils';

/** react-jsonschema-form's own labels in Chinese; English keeps its defaults. */
const ZH: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ArrayItemTitle]: '项',
  [TranslatableString.EmptyArray]: '还没有项目，请用下面的按钮添加。',
  [TranslatableString.OptionalObjectAdd]: '为可选字段添加数据',
  [TranslatableString.OptionalObjectRemove]: '删除可选字段的数据',
  [TranslatableString.OptionalObjectEmptyMsg]: '可选字段没有数据',
  [TranslatableString.AddItemButton]: '添加',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.ErrorsLabel]: '错误',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.NewStringDefault]: '新值',
  [TranslatableString.ClearLabel]: '清除',
};

export function rjsfTranslator(language: string) {
  return (key: TranslatableString, params?: string[]) => {
    const zh = language === 'en' ? undefined : ZH[key];
    return zh ?? englishStringTranslator(key, params);
  };
}
