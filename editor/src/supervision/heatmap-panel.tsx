import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementHeat, SupervisionQuery } from '../api';
import { useApi } from '../auth/session-context';
import { localized, type Language } from '../i18n';
import { DiagramViewer } from '../modeler/diagram-viewer';
import type { HeatSpot } from '../modeler/features/heatmap/heatmap-overlays';
import { ErrorBanner, Loading } from '../shell/status-views';
import { useResource } from '../shell/use-resource';
import { durationParts, formatCount, formatPercent } from './figure-format';
import { HEAT_METRICS, heatLegend, heatStep, type HeatMetric } from './heat-scale';

/**
 * The version's diagram with each element's figures on it — completed, median time, share of late
 * tasks — and its shapes coloured by late share or median time, with the legend of the colours and the
 * same figures as a table.
 */
export function HeatmapPanel({ code, query, queryKey, lang }: { code: string; query: SupervisionQuery; queryKey: string; lang: Language }) {
  const { t } = useTranslation();
  const api = useApi();
  const heat = useResource(() => api.supervisionHeatmap(code, query), [code, queryKey]);
  const version = heat.data?.version;
  const xml = useResource(async () => (version ? (await api.getVersion(code, version)).standard.process : null), [code, version]);
  const [metric, setMetric] = useState<HeatMetric>('lateShare');
  const duration = useCallback(
    (ms: number | null) => {
      if (ms === null) return '—';
      const d = durationParts(ms);
      return t(`supervision.units.${d.unit}`, { amount: d.amount });
    },
    [t],
  );
  const legendLabel = (from: number, to: number | null) => {
    const show = (v: number) => (metric === 'lateShare' ? `${v}%` : duration(v));
    if (to === null) return t('supervision.heatmap.above', { from: show(from) });
    return from === 0 ? t('supervision.heatmap.below', { to: show(to) }) : t('supervision.heatmap.range', { from: show(from), to: show(to) });
  };

  return (
    <section className="card heatmap" data-testid="heatmap">
      <div className="page-header">
        <h3>{t('supervision.heatmap.title', { version: version ?? '' })}</h3>
        <label className="inline">
          {t('supervision.heatmap.metric')}
          <select value={metric} onChange={(e) => setMetric(e.target.value as HeatMetric)} data-testid="heatmap-metric">
            {HEAT_METRICS.map((m) => (
              <option key={m} value={m}>
                {t(`supervision.heatmap.metrics.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul className="legend heat-legend" aria-label={t('supervision.heatmap.legend')} data-testid="heatmap-legend">
        {heatLegend(metric).map((s) => (
          <li key={s.step} className={`heat-step-${s.step}`}>
            {legendLabel(s.from, s.to)}
          </li>
        ))}
        <li className="heat-step-none">{t('supervision.heatmap.noColour')}</li>
      </ul>
      {heat.error ? (
        <ErrorBanner error={heat.error} onRetry={heat.reload} />
      ) : xml.error ? (
        <ErrorBanner error={xml.error} onRetry={xml.reload} />
      ) : !heat.data || !xml.data ? (
        <Loading />
      ) : (
        <>
          <HeatDiagram xml={xml.data} elements={heat.data.elements} metric={metric} lang={lang} duration={duration} />
          <HeatTable elements={heat.data.elements} lang={lang} duration={duration} />
        </>
      )}
    </section>
  );
}

function HeatDiagram({ xml, elements, metric, lang, duration }: { xml: string; elements: readonly ElementHeat[]; metric: HeatMetric; lang: Language; duration: (ms: number | null) => string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const viewer = useRef<DiagramViewer | null>(null);
  const [types, setTypes] = useState<Map<string, string> | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const v = new DiagramViewer(ref.current!, lang);
    viewer.current = v;
    let disposed = false;
    v.open(xml).then(
      () => !disposed && setTypes(new Map(v.elements().map((e) => [e.id, e.type]))),
      (e: unknown) => !disposed && setError(e),
    );
    return () => {
      disposed = true;
      v.destroy();
      viewer.current = null;
    };
  }, [xml, lang]);

  const spots = useMemo<HeatSpot[]>(() => {
    if (!types) return [];
    return elements
      .filter((e) => e.entered > 0)
      .map((e) => {
        const type = types.get(e.elementId) ?? '';
        const task = /Task$/.test(type);
        const lines = [t('supervision.heatmap.completed', { count: formatCount(e.completed, lang) })];
        if (task && e.medianMs !== null) lines.push(t('supervision.heatmap.median', { value: duration(e.medianMs) }));
        if (e.lateShare !== null) lines.push(t('supervision.heatmap.late', { value: formatPercent(e.lateShare, lang) }));
        return { id: e.elementId, step: heatStep(metric, e, type), lines, title: localized(e.name, lang) };
      });
  }, [types, elements, metric, lang, t, duration]);

  useEffect(() => {
    if (types) viewer.current?.showHeat(spots);
  }, [types, spots]);

  return (
    <>
      <ErrorBanner error={error} />
      <div className="diagram-canvas heatmap-diagram" ref={ref} data-testid="heatmap-diagram" data-ready={types ? 'true' : undefined} />
    </>
  );
}

function HeatTable({ elements, lang, duration }: { elements: readonly ElementHeat[]; lang: Language; duration: (ms: number | null) => string }) {
  const { t } = useTranslation();
  const rows = elements.filter((e) => e.entered > 0 && (e.lateShare !== null || e.medianMs));
  return (
    <details className="heat-table">
      <summary>{t('supervision.heatmap.table')}</summary>
      <div className="table-scroll">
        <table className="table compact" data-testid="heatmap-table">
          <thead>
            <tr>
              <th>{t('supervision.heatmap.element')}</th>
              <th>{t('supervision.heatmap.entered')}</th>
              <th>{t('supervision.heatmap.completedCol')}</th>
              <th>{t('supervision.heatmap.cancelled')}</th>
              <th>{t('supervision.heatmap.medianCol')}</th>
              <th>{t('supervision.heatmap.p90')}</th>
              <th>{t('supervision.heatmap.lateCol')}</th>
              <th>{t('supervision.heatmap.lateShare')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.elementId}>
                <td>{localized(e.name, lang)}</td>
                <td>{formatCount(e.entered, lang)}</td>
                <td>{formatCount(e.completed, lang)}</td>
                <td>{formatCount(e.cancelled, lang)}</td>
                <td>{duration(e.medianMs)}</td>
                <td>{duration(e.p90Ms)}</td>
                <td>{formatCount(e.late, lang)}</td>
                <td>{formatPercent(e.lateShare, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
