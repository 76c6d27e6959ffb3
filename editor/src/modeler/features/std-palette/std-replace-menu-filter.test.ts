import { isForbiddenEntry, StdReplaceMenuFilter } from './std-replace-menu-filter';

describe('the change-element menu of a standard’s process', () => {
  it('offers no script task and no complex gateway', () => {
    let provider: StdReplaceMenuFilter | undefined;
    new StdReplaceMenuFilter({ registerProvider: (_id, _p, p) => (provider = p as StdReplaceMenuFilter) });
    const update = provider!.getPopupMenuEntries();
    const left = update({ 'replace-with-user-task': {}, 'replace-with-script-task': {}, 'replace-with-complex-gateway': {} });
    expect(Object.keys(left)).toEqual(['replace-with-user-task']);
  });

  it('keeps every other entry', () => {
    expect(isForbiddenEntry('replace-with-service-task')).toBe(false);
  });
});
