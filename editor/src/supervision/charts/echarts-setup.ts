/**
 * ECharts with only what the supervision charts use (bars, lines, their marks, tooltips, legend,
 * toolbox, accessibility), drawn as SVG, and with the toolbox and tooltips in the reader's language:
 * ECharts' Chinese locale `ZH` (registered by echarts/core) or `EN`.
 *
 * @example
 *   const chart = initChart(element, 'zh-CN');
 *   chart.setOption(option);
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, ToolboxComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, ToolboxComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;
export type Chart = echarts.ECharts;

/** ECharts' name of the reader's language. */
export function chartLocale(lang: string): 'ZH' | 'EN' {
  return lang === 'en' ? 'EN' : 'ZH';
}

export function initChart(element: HTMLElement, lang: string): Chart {
  return echarts.init(element, undefined, { renderer: 'svg', locale: chartLocale(lang) });
}

/** Sixteen colours that tell sixteen districts' lines apart. */
export const DISTRICT_PALETTE = [
  '#1d4ed8', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d',
  '#4d7c0f', '#1e3a8a', '#9a3412', '#047857', '#6d28d9', '#475569', '#0369a1', '#854d0e',
];

/**
 * The colours of met, not met and no figure, of the target and of the city, read from the app's CSS
 * variables: the charts colour as the overview's lights and the table's cells do.
 */
export function figureColours(): { met: string; notMet: string; none: string; target: string; city: string } {
  const style = getComputedStyle(document.documentElement);
  const colour = (name: string) => style.getPropertyValue(name).trim();
  return { met: colour('--c-ok'), notMet: colour('--c-error'), none: colour('--c-no-data'), target: colour('--c-primary'), city: colour('--c-link') };
}
