/**
 * Which districts stand out from the others on one indicator: Tukey's fences, beyond 1.5 times the
 * interquartile range below the first quartile or above the third (quartiles interpolated between
 * ranks, as spreadsheets compute them). With fewer than four values nothing stands out.
 *
 * @example
 *   outlierFlags([60, 84.6, 100, 100, 60, 88.9, 76.2, 100, 83.3, 100, 100, 100, 12])
 *   // [null, …, 'low'] — 12 is far below the rest
 */

export type Outlier = 'low' | 'high';

export interface Fences {
  q1: number;
  q3: number;
  low: number;
  high: number;
}

/** The value at fraction `p` of sorted values, interpolated between neighbouring ranks. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

/** The fences of the values, or null when there are too few to judge. */
export function tukeyFences(values: readonly number[], k = 1.5): Fences | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length < 4) return null;
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  return { q1, q3, low: q1 - k * iqr, high: q3 + k * iqr };
}

/** For each value: low or high when it lies beyond the fences, null otherwise (and for no value). */
export function outlierFlags(values: readonly (number | null)[], k = 1.5): (Outlier | null)[] {
  const fences = tukeyFences(values.filter((v): v is number => v !== null), k);
  return values.map((v) => {
    if (v === null || !fences || !Number.isFinite(v)) return null;
    if (v < fences.low) return 'low';
    if (v > fences.high) return 'high';
    return null;
  });
}
