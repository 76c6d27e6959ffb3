import { navigate, useLocation } from '../routing/router';
import { filtersFromQuery, filtersSearch, type SupervisionFilters } from './supervision-filters';

/**
 * The page's filters from its address, and a change that writes them back (replacing the entry, so
 * the back button leaves the page rather than stepping through every filter), keeping the page's own
 * parameters named in `keep`.
 */
export function useSupervisionFilters(keep: readonly string[] = []) {
  const { path, query } = useLocation();
  const filters = filtersFromQuery(query);
  const own = Object.fromEntries(keep.map((k) => [k, query.get(k) ?? undefined]));
  return {
    filters,
    /** Changes whenever the figures asked for change: a dependency for loading them. */
    key: filtersSearch(filters),
    query,
    change: (next: SupervisionFilters, more: Record<string, string | undefined> = {}) => navigate(path + filtersSearch(next, { ...own, ...more }), { replace: true }),
  };
}
