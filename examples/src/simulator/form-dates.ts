/**
 * Walkthroughs were written with the dates of their own story; a case played now (simulated, or over
 * HTTP in the tests) gives every date a form asks for (`"format": "date"`, also inside lists and rules'
 * branches) the day the form is submitted, so that no recorded date lies after its submission.
 *
 * @example
 *   datedAnswer(form, { visitDate: '2026-03-03', tier: 'high' }, '2025-11-20') // { visitDate: '2025-11-20', tier: 'high' }
 */
import { formDates, type IsoDate } from '@jingzhun/standards';

function unescape(key: string): string {
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function datedAnswer(form: object | undefined, answer: Record<string, unknown>, day: IsoDate): Record<string, unknown> {
  if (!form) return answer;
  const dates = formDates(form, answer);
  if (!dates.length) return answer;
  const out = structuredClone(answer);
  for (const { pointer } of dates) {
    const keys = pointer.split('/').slice(1).map(unescape);
    const last = keys.pop()!;
    let node = out as Record<string, unknown>;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    node[last] = day;
  }
  return out;
}
