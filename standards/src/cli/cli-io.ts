import type { Problem } from '../problem';
import type { LocalizedText } from '../schema/localized-text';

/** Where the CLI writes; a process's stdout and stderr, or buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type Lang = 'zh' | 'en';

/** `--lang`: zh-CN (the default) or en. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return 'zh';
  const v = value.toLowerCase();
  if (v === 'zh' || v === 'zh-cn' || v === 'zh_cn') return 'zh';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return undefined;
}

/**
 * The `--lang` of a command, or undefined after telling the user (in both languages: the one wanted
 * is not known) that it is not one we speak.
 */
export function commandLang(value: string | undefined, io: CliIo): Lang | undefined {
  const lang = parseLang(value);
  if (!lang) io.err(`未知语言“${value}”：请用 zh-CN 或 en / unknown language "${value}": use zh-CN or en\n`);
  return lang;
}

export function say(lang: Lang, text: LocalizedText): string {
  return text[lang];
}

/** Exit codes: 0 no errors, 1 errors found, 2 unusable input or usage. */
export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;

/** One problem on one line: severity, where (element id or JSON pointer), message and code. */
export function problemLine(lang: Lang, p: Problem): string {
  const severity = p.severity === 'error' ? (lang === 'zh' ? '✖ 错误' : '✖ error  ') : lang === 'zh' ? '⚠ 警告' : '⚠ warning';
  return `  ${severity}  ${p.elementId ?? (p.pointer || '/')}  ${say(lang, p.message)}  [${p.code}]`;
}
