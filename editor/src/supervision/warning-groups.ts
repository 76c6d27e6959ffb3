/**
 * Early warnings gathered per district and indicator, districts in the city's order and the cases of
 * each group soonest due first, for a list a supervisor reads district by district.
 *
 * @example
 *   groupWarnings(items, ['dongcheng', 'xicheng']); // [{ district: 'dongcheng', indicator: 'firstVisitOnTime', items: [...] }, …]
 */
import type { EarlyWarning, LocalizedText } from '../api';

export interface WarningGroup {
  district: string;
  indicator: string;
  indicatorTitle: LocalizedText;
  items: EarlyWarning[];
}

export function groupWarnings(items: readonly EarlyWarning[], districtOrder: readonly string[] = []): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const w of items) {
    const key = `${w.district}|${w.indicator}`;
    if (!groups.has(key)) groups.set(key, { district: w.district, indicator: w.indicator, indicatorTitle: w.indicatorTitle, items: [] });
    groups.get(key)!.items.push(w);
  }
  const rank = new Map(districtOrder.map((d, i) => [d, i]));
  for (const g of groups.values()) g.items.sort((a, b) => a.deadlineAt.localeCompare(b.deadlineAt));
  return [...groups.values()].sort((a, b) => (rank.get(a.district) ?? Infinity) - (rank.get(b.district) ?? Infinity) || a.district.localeCompare(b.district) || a.indicator.localeCompare(b.indicator));
}
