import { apiQuery, DEFAULT_FILTERS, filtersFromQuery, filtersSearch } from './supervision-filters';

describe('the filters of a supervision page, in its address', () => {
  it('leaves the defaults out: this year so far, real work only, each district’s own limits', () => {
    expect(filtersFromQuery(new URLSearchParams(''))).toEqual(DEFAULT_FILTERS);
    expect(filtersSearch(DEFAULT_FILTERS)).toBe('');
    expect(apiQuery(DEFAULT_FILTERS)).toEqual({});
  });

  it('carries a view from one page to the next, and asks the API for the same figures', () => {
    const search = '?period=2026-Q3&simulated=include&limits=city&version=2&organisation=org-dc-yangguang&view=organisation';
    const filters = filtersFromQuery(new URLSearchParams(search));
    expect(filters).toEqual({ period: { kind: 'quarter', period: '2026-Q3' }, simulated: 'include', limits: 'city', version: 2, organisation: 'org-dc-yangguang', view: 'organisation' });
    expect(filtersSearch(filters)).toBe(search);
    expect(apiQuery(filters)).toEqual({ period: '2026-Q3', simulated: 'include', limits: 'city', version: 2, organisation: 'org-dc-yangguang' });
  });

  it('adds the page’s own parameters after the filters', () => {
    const filters = { ...DEFAULT_FILTERS, period: { kind: 'custom' as const, from: '2026-08-01', to: '2026-11-30' } };
    expect(filtersSearch(filters, { district: 'dongcheng', outcome: 'breached', indicator: undefined })).toBe('?from=2026-08-01&to=2026-11-30&district=dongcheng&outcome=breached');
  });

  it('ignores what it cannot read', () => {
    expect(filtersFromQuery(new URLSearchParams('simulated=all&limits=mine&version=x&view=month'))).toEqual(DEFAULT_FILTERS);
  });
});
