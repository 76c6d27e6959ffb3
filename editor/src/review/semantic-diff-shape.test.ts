import { isStandardDiff } from './semantic-diff-view';

describe('the document diff from the API', () => {
  const empty = { added: [], removed: [], changed: [] };
  it('is read section by section when it has the standards workspace’s shape', () => {
    const diff = { metadata: [], contents: empty, methods: empty, roles: empty, parameters: empty, indicators: empty, forms: empty, elements: empty };
    expect(isStandardDiff(diff)).toBe(true);
  });

  it('is shown as a plain tree when it has another shape', () => {
    expect(isStandardDiff({ metadata: { changed: [] } })).toBe(false);
  });
});
