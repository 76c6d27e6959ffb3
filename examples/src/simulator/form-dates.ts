/**
 * Walkthroughs were written with the dates of their own story; in a simulated case every date a form
 * asks for (`"format": "date"`, also inside lists) is the day the task is done.
 *
 * @example
 *   datedAnswer(form, { visitDate: '2026-03-03', tier: 'high' }, '2025-11-20') // { visitDate: '2025-11-20', tier: 'high' }
 */
import type { IsoDate } from '@jingzhun/standards';

type Schema = { format?: string; properties?: Record<string, Schema>; items?: Schema };

function dated(schema: Schema | undefined, value: unknown, day: IsoDate): unknown {
  if (!schema) return value;
  if (schema.format === 'date' && typeof value === 'string') return day;
  if (Array.isArray(value)) return value.map((item) => dated(schema.items, item, day));
  if (value && typeof value === 'object' && schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = dated(schema.properties[key], v, day);
    return out;
  }
  return value;
}

export function datedAnswer(form: object | undefined, answer: Record<string, unknown>, day: IsoDate): Record<string, unknown> {
  return dated(form as Schema | undefined, answer, day) as Record<string, unknown>;
}
