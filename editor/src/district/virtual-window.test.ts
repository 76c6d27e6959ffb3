import { visibleRange } from './virtual-window';

describe('the rows of a long inbox that are drawn', () => {
  it('are those on screen and a few either side', () => {
    const r = visibleRange(5600, 560, 56, 1000, 5);
    expect(r.start).toBe(95);
    expect(r.end).toBe(116);
    expect(r.offsetTop).toBe(95 * 56);
    expect(r.totalHeight).toBe(56_000);
  });

  it('are a few dozen even for a thousand tasks', () => {
    const r = visibleRange(0, 700, 56, 1000);
    expect(r.end - r.start).toBeLessThan(30);
  });

  it('never run past either end of the list', () => {
    expect(visibleRange(999_999, 560, 56, 10)).toMatchObject({ start: 10, end: 10 });
    expect(visibleRange(-50, 560, 56, 3)).toMatchObject({ start: 0, end: 3 });
  });
});
