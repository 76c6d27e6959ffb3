import type { People } from '../api';
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

/** Who a user id is, as the API's `people` directory says; the id itself when the directory is silent. */
export function personName(people: People | undefined, id: string | null | undefined, lang: string): string {
  if (!id) return '';
  const person = people?.[id];
  if (!person) return id;
  return lang.startsWith('en') ? person.displayName.en : person.displayName.zh;
}
