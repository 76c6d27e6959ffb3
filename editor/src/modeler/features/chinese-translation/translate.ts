import { ZH_DICTIONARY, ZH_PATTERNS } from './zh-dictionary';

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
    const known = ZH_DICTIONARY[template];
    if (known !== undefined) return fill(known, replacements);
    for (const [pattern, zh] of ZH_PATTERNS) {
      if (pattern.test(template)) return fill(template.replace(pattern, zh), replacements);
    }
    return fill(template, replacements);
  };
}
