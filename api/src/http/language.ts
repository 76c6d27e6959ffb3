import type { Request } from 'express';

export type Language = 'zh' | 'en';

/** zh-CN unless the caller asks for English first. */
export function languageOf(req: Request): Language {
  const header = req.get('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
