import { useEffect, useRef } from 'react';
import { initChart, type Chart, type ChartOption } from './echarts-setup';

/**
 * A chart in the returned element: made in the reader's language, redrawn with each new option,
 * resized with its element (a phone turned, a panel opened), disposed with the component.
 * `onClick` gets the clicked item's `dataIndex` and `seriesIndex`.
 */
export function useEChart(option: ChartOption | null, lang: string, onClick?: (item: { dataIndex: number; seriesIndex: number }) => void) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  // Read through a ref: a new callback must not make the chart again.
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const element = ref.current!;
    const c = initChart(element, lang);
    chart.current = c;
    c.on('click', (e) => click.current?.({ dataIndex: (e as { dataIndex: number }).dataIndex, seriesIndex: (e as { seriesIndex: number }).seriesIndex }));
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [lang]);

  useEffect(() => {
    if (option) chart.current?.setOption(option, { notMerge: true });
  }, [option, lang]);

  return ref;
}
