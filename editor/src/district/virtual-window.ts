export interface WindowRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Space above the first rendered row, in pixels. */
  offsetTop: number;
  /** Height of all rows, so the scrollbar matches the full list. */
  totalHeight: number;
}

/**
 * The rows of a long list of fixed-height rows that are on screen (plus `overscan` either side), so
 * an inbox of thousands of tasks renders a few dozen rows.
 */
export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 5): WindowRange {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.max(start, Math.min(count, first + visible + overscan));
  return { start, end, offsetTop: start * rowHeight, totalHeight: count * rowHeight };
}
