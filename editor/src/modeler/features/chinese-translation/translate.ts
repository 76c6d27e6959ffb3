import { ZH_DICTIONARY } from './zh-dictionary';

function fill(template: string, replacements: Record<string, string> = {}): string {
  return template.replace(/{([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`);
}

/**
 * bpmn-js's `translate` in the given language: Chinese from the dictionary (falling back to the
 * English template so nothing disappears), English as written.
 */
export function createTranslate(language: string) {
  return (template: string, replacements?: Record<string, string>): string => {
    if (language !== 'zh-CN') return fill(template, replacements);
    return fill(ZH_DICTIONARY[template] ?? template, replacements);
  };
}
