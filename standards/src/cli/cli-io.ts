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

export function say(lang: Lang, text: LocalizedText): string {
  return text[lang];
}

/** Exit codes: 0 no errors, 1 errors found, 2 unusable input or usage. */
export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;
