import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorReportItem } from '../../api';
import { localized, type Language } from '../../i18n';
import type { TrendSeries } from '../dashboard-model';
import { formatTarget, formatValue, isPercent } from '../figure-format';
import { DISTRICT_PALETTE, figureColours, type ChartOption } from './echarts-setup';
import { useEChart } from './use-echart';

/** Each district's figure on one indicator month by month; the legend shows or hides districts. */
export function TrendChart({ indicator, months, series, lang }: { indicator: IndicatorReportItem; months: readonly string[]; series: readonly TrendSeries[]; lang: Language }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const colours = figureColours();
    const percent = isPercent(indicator);
    return {
      // ECharts' own description of the data says NaN for a month without a figure: the chart is described in words instead.
      aria: { enabled: true, label: { description: t('supervision.dashboard.trendOf', { title: localized(indicator.title, lang) }) } },
      color: DISTRICT_PALETTE,
      legend: {
        type: 'scroll',
        top: 0,
        left: 0,
        right: 40,
        selector: [
          { type: 'all', title: t('supervision.dashboard.selectAll') },
          { type: 'inverse', title: t('supervision.dashboard.inverse') },
        ],
      },
      toolbox: { right: 0, top: 0, feature: { saveAsImage: { name: localized(indicator.title, lang) } } },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatValue(indicator, typeof v === 'number' ? v : null, lang) },
      grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: [...months], boundaryGap: false },
      yAxis: { type: 'value', max: percent ? 100 : undefined, axisLabel: { formatter: percent ? '{value}%' : '{value}' } },
      series: series.map((s, i) => ({
        type: 'line',
        name: localized(s.label, lang),
        data: s.values.map((v) => v ?? '-'),
        connectNulls: false,
        symbolSize: 6,
        ...(i === 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                data: [{ yAxis: indicator.target, lineStyle: { color: colours.target, width: 2 }, label: { formatter: t('supervision.dashboard.targetLine', { target: formatTarget(indicator, lang) }), position: 'insideEndTop', color: colours.target } }],
              },
            }
          : {}),
      })),
    };
  }, [indicator, months, series, lang, t]);
  const ref = useEChart(option, lang);
  return <div ref={ref} className="chart trend-chart" data-testid="trend-chart" role="img" aria-label={t('supervision.dashboard.trendOf', { title: localized(indicator.title, lang) })} />;
}
