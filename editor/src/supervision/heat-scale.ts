/**
 * The colour steps of the heatmap on the diagram: an element's share of late tasks, or its median
 * time, put in one of four steps (0 best … 3 worst). The legend is made from the same steps, and the
 * colours of the steps are defined once, as the CSS variables `--heat-0` … `--heat-3`.
 *
 * @example
 *   heatStep('lateShare', { lateShare: 17.2, medianMs: 843_000_638 }); // 2
 *   heatLegend('lateShare'); // [{ step: 0, from: 0, to: 5 }, { step: 1, from: 5, to: 15 }, …]
 */
import type { ElementHeat } from '../api';

export type HeatMetric = 'lateShare' | 'median';
export const HEAT_METRICS: readonly HeatMetric[] = ['lateShare', 'median'];

const DAY = 86_400_000;

/** Where each step begins: percent of late tasks; milliseconds of median time. */
const BOUNDS: Record<HeatMetric, readonly [number, number, number]> = {
  lateShare: [5, 15, 30],
  median: [1 * DAY, 3 * DAY, 7 * DAY],
};

export interface LegendStep {
  step: number;
  from: number;
  /** Null for the last step: everything above. */
  to: number | null;
}

/**
 * The step of an element on the metric, or null when it has nothing to show (no task done; nothing
 * timed). Time is judged on tasks only: a timer's or a gateway's time is waiting, not work.
 */
export function heatStep(metric: HeatMetric, heat: Pick<ElementHeat, 'lateShare' | 'medianMs'>, type?: string): number | null {
  if (metric === 'median' && type !== undefined && !/Task$/.test(type)) return null;
  const value = metric === 'lateShare' ? heat.lateShare : heat.medianMs;
  if (value === null || !Number.isFinite(value)) return null;
  const bounds = BOUNDS[metric];
  let step = 0;
  while (step < bounds.length && value >= bounds[step]!) step++;
  return step;
}

export function heatLegend(metric: HeatMetric): LegendStep[] {
  const bounds = BOUNDS[metric];
  return [0, ...bounds].map((from, step) => ({ step, from, to: bounds[step] ?? null }));
}
