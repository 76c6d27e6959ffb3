import type { People } from '../api';
import { i18n } from '../i18n';

/** Dates as people in Beijing read them; the API speaks ISO 8601 instants. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
}

/**
 * Who a user id is, as the API's `people` directory says; when the directory is silent, someone
 * without an account — never the id, which names no one a person knows.
 */
export function personName(people: People | undefined, id: string | null | undefined, lang: string): string {
  if (!id) return '';
  const en = lang.startsWith('en');
  const person = people?.[id];
  if (!person) return i18n.getFixedT(en ? 'en' : 'zh-CN')('people.unknown');
  return en ? person.displayName.en : person.displayName.zh;
}
