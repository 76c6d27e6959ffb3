/**
 * What a supervision page shows — period, simulated history, limits, version, organisation, and
 * whether rows are districts or organisations — kept in the page's address, so a link (from the
 * overview to a dashboard, from a figure to its cases) carries the same view, and the back button
 * restores it. Defaults are left out of the address.
 *
 * @example
 *   const filters = filtersFromQuery(new URLSearchParams('period=2026-Q3&simulated=include'));
 *   api.supervisionIndicators('BJ-SW-ELDER', { ...apiQuery(filters), groupBy: 'district' });
 *   navigate(`/supervision/BJ-SW-ELDER${filtersSearch(filters)}`);
 */
import type { LimitsFilter, SimulatedFilter, SupervisionQuery } from '../api';
import { periodFromQuery, periodQuery, type PeriodChoice } from './period-presets';

export type RowView = 'district' | 'organisation';

export interface SupervisionFilters {
  period: PeriodChoice;
  simulated: SimulatedFilter;
  limits: LimitsFilter;
  version?: number;
  organisation?: string;
  view: RowView;
}

export const SIMULATED_CHOICES: readonly SimulatedFilter[] = ['exclude', 'include', 'only'];
export const LIMITS_CHOICES: readonly LimitsFilter[] = ['case', 'city'];

/** The API's defaults, which the address leaves out. */
export const DEFAULT_FILTERS: SupervisionFilters = { period: { kind: 'ytd' }, simulated: 'exclude', limits: 'case', view: 'district' };

export function filtersFromQuery(query: URLSearchParams): SupervisionFilters {
  const simulated = query.get('simulated') as SimulatedFilter | null;
  const limits = query.get('limits') as LimitsFilter | null;
  const version = Number(query.get('version'));
  const organisation = query.get('organisation');
  return {
    period: periodFromQuery(query),
    simulated: simulated && SIMULATED_CHOICES.includes(simulated) ? simulated : DEFAULT_FILTERS.simulated,
    limits: limits && LIMITS_CHOICES.includes(limits) ? limits : DEFAULT_FILTERS.limits,
    ...(Number.isInteger(version) && version > 0 ? { version } : {}),
    ...(organisation ? { organisation } : {}),
    view: query.get('view') === 'organisation' ? 'organisation' : 'district',
  };
}

/** The filters as the API's query: what the figures count. */
export function apiQuery(filters: SupervisionFilters): SupervisionQuery {
  return {
    ...periodQuery(filters.period),
    ...(filters.simulated !== DEFAULT_FILTERS.simulated ? { simulated: filters.simulated } : {}),
    ...(filters.limits !== DEFAULT_FILTERS.limits ? { limits: filters.limits } : {}),
    ...(filters.version ? { version: filters.version } : {}),
    ...(filters.organisation ? { organisation: filters.organisation } : {}),
  };
}

/** `?…` for an address showing these filters (with more parameters of the page), or '' when all are defaults. */
export function filtersSearch(filters: SupervisionFilters, more: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(apiQuery(filters))) params.set(k, String(v));
  if (filters.view !== DEFAULT_FILTERS.view) params.set('view', filters.view);
  for (const [k, v] of Object.entries(more)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}
