import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure, IndicatorReportItem } from '../../api';
import { localized, type Language } from '../../i18n';
import type { RankedBar } from '../dashboard-model';
import { formatTarget, formatValue, isPercent } from '../figure-format';
import { figureColours, type ChartOption } from './echarts-setup';
import { useEChart } from './use-echart';

const BAR_HEIGHT = 26;

/**
 * The districts (or organisations) ranked on one indicator as horizontal bars, green where met and red
 * where not, outliers outlined and labelled, with the target and the city's figure drawn as lines.
 * Clicking a bar opens the cases behind it.
 */
export function RankingChart({ indicator, bars, city, lang, onOpen }: { indicator: IndicatorReportItem; bars: readonly RankedBar[]; city: Figure; lang: Language; onOpen: (bar: RankedBar) => void }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const colours = figureColours();
    const percent = isPercent(indicator);
    const value = (v: number | null) => formatValue(indicator, v, lang);
    const outlierWord = (b: RankedBar) => (b.outlier ? ` ${t(b.outlier === 'low' ? 'supervision.dashboard.outlierLowMark' : 'supervision.dashboard.outlierHighMark')}` : '');
    const lines: Record<string, unknown>[] = [
      { xAxis: indicator.target, name: 'target', lineStyle: { color: colours.target, type: 'solid', width: 2 }, label: { formatter: t('supervision.dashboard.targetLine', { target: formatTarget(indicator, lang) }), position: 'start', color: colours.target } },
    ];
    if (indicator.measured && city.value !== null) {
      // Unlabelled on the chart (two labels collide where the figures are close): the caption below says it.
      lines.push({ xAxis: city.value, name: 'city', lineStyle: { color: colours.city, type: 'dashed' }, label: { show: false } });
    }
    return {
      // ECharts' own description of the data says NaN for a district without a figure: the chart is described in words instead.
      aria: { enabled: true, label: { description: t('supervision.dashboard.rankingOf', { title: localized(indicator.title, lang) }) } },
      grid: { left: 8, right: 96, top: 28, bottom: 8, containLabel: true },
      toolbox: { right: 8, top: 0, feature: { saveAsImage: { name: localized(indicator.title, lang) } } },
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number }) => {
          const b = bars[p.dataIndex]!;
          const f = b.figure;
          const fraction = f && f.numerator !== null && f.denominator !== null ? ` (${f.numerator} / ${f.denominator})` : '';
          return `${localized(b.label, lang)}<br/>${indicator.measured ? value(b.value) : t('supervision.dashboard.notMeasured')}${fraction}${outlierWord(b)}`;
        },
      },
      xAxis: { type: 'value', max: percent ? 100 : undefined, axisLabel: { formatter: percent ? '{value}%' : '{value}' } },
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => localized(b.label, lang)), axisLabel: { width: 110, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: bars.map((b) => ({
            value: b.value ?? 0,
            itemStyle: {
              color: b.value === null ? colours.none : b.met ? colours.met : colours.notMet,
              ...(b.outlier ? { borderColor: '#111827', borderWidth: 2, borderType: 'dashed' } : {}),
            },
            label: { show: true, position: 'right', formatter: (b.value === null ? t('supervision.dashboard.noFigure') : value(b.value)) + outlierWord(b) },
          })),
          markLine: { symbol: 'none', silent: true, data: lines },
        },
      ],
    };
  }, [indicator, bars, city, lang, t]);
  const ref = useEChart(option, lang, ({ dataIndex }) => {
    const bar = bars[dataIndex];
    if (bar?.figure) onOpen(bar);
  });
  return (
    <>
      <div ref={ref} className="chart" style={{ height: Math.max(140, bars.length * BAR_HEIGHT + 56) }} data-testid="ranking-chart" role="img" aria-label={t('supervision.dashboard.rankingOf', { title: localized(indicator.title, lang) })} />
      <ul className="legend chart-lines">
        <li className="line-target">{t('supervision.dashboard.targetLine', { target: formatTarget(indicator, lang) })}</li>
        {indicator.measured && city.value !== null && <li className="line-city">{t('supervision.dashboard.cityLine', { value: formatValue(indicator, city.value, lang) })}</li>}
      </ul>
    </>
  );
}
