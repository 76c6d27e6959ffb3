/**
 * Walkthroughs were written with the dates of their own story; a case played now (simulated, or over
 * HTTP in the tests) gives every date a form asks for (`"format": "date"`, also inside lists and rules'
 * branches) the day the form is submitted, so that no recorded date lies after its submission.
 *
 * @example
 *   datedAnswer(form, { visitDate: '2026-03-03', tier: 'high' }, '2025-11-20') // { visitDate: '2025-11-20', tier: 'high' }
 */
import { redated, type IsoDate } from '@jingzhun/standards';

export function datedAnswer(form: object | undefined, answer: Record<string, unknown>, day: IsoDate): Record<string, unknown> {
  return form ? redated(form, answer, day) : answer;
}
