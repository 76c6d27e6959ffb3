/**
 * A district's light for a standard on the supervisor's overview: red when any measured indicator is
 * below target, amber when none is but some are still pending, green when those with figures are all
 * met, grey when there is nothing to judge yet.
 *
 * @example
 *   trafficLight({ met: 2, notMet: 1, pending: 1, noData: 2 }); // 'red'
 */
import type { OverviewDistrict } from '../api';

export type Light = 'green' | 'red' | 'amber' | 'grey';
export const LIGHTS: readonly Light[] = ['green', 'red', 'amber', 'grey'];

export function trafficLight(counts: Pick<OverviewDistrict, 'met' | 'notMet' | 'pending' | 'noData'>): Light {
  if (counts.notMet > 0) return 'red';
  if (counts.pending > 0) return 'amber';
  if (counts.met > 0) return 'green';
  return 'grey';
}
