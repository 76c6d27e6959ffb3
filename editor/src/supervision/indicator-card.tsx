import { useTranslation } from 'react-i18next';
import type { CaseOutcome, IndicatorReportItem } from '../api';
import { localized, type Language } from '../i18n';
import { Link } from '../routing/router';
import { formatAmount, formatTarget, formatValue } from './figure-format';

/** Kinds whose figure is a share of occurrences met: the rest of the denominator is breached. */
const SHARE_OF_OCCURRENCES = new Set<IndicatorReportItem['kind']>(['duration', 'recurrence', 'completion']);

/**
 * One indicator: its title, its definition in one sentence and its cohort rule, the city's figure with
 * numerator and denominator, and the counts behind it — each count opens the cases it counts.
 */
export function IndicatorCard({
  indicator,
  scopeLabel,
  selected,
  onSelect,
  casesHref,
  lang,
}: {
  indicator: IndicatorReportItem;
  /** 全市, or the organisation's own total. */
  scopeLabel: string;
  selected: boolean;
  onSelect: () => void;
  casesHref: (outcome?: CaseOutcome) => string;
  lang: Language;
}) {
  const { t } = useTranslation();
  const f = indicator.city;
  const state = !indicator.measured ? 'unmeasured' : f.met === null ? 'none' : f.met ? 'met' : 'not-met';
  const breached = f.numerator !== null && f.denominator !== null ? f.denominator - f.numerator : null;
  // `breaching` (open past the limit) is part of the breached cases: said, not opened apart.
  const counts: { outcome: CaseOutcome | null; key: string; count: number | null }[] = indicator.measured
    ? [
        ...(SHARE_OF_OCCURRENCES.has(indicator.kind)
          ? [
              { outcome: 'met' as const, key: 'met', count: f.numerator },
              { outcome: 'breached' as const, key: 'breached', count: breached },
            ]
          : []),
        { outcome: 'pending', key: 'pending', count: f.pending },
        { outcome: null, key: 'breaching', count: f.breaching },
        { outcome: 'cancelled', key: 'cancelled', count: f.cancelled },
        { outcome: 'void', key: 'void', count: f.void },
      ]
    : [];
  return (
    <article className={`card indicator-card figure-${state}${selected ? ' selected' : ''}`} data-testid={`indicator-card-${indicator.id}`} data-state={state}>
      <header className="indicator-card-head">
        <h3>{localized(indicator.title, lang)}</h3>
        <button type="button" className="link-button" onClick={onSelect} aria-pressed={selected} data-testid={`chart-select-${indicator.id}`}>
          {t('supervision.dashboard.showCharts')}
        </button>
      </header>
      <p className="indicator-definition">{localized(indicator.definition, lang)}</p>
      <details className="indicator-cohort">
        <summary>{t('supervision.dashboard.cohort')}</summary>
        <p>{localized(indicator.cohort, lang)}</p>
      </details>
      <div className="indicator-figure">
        <span className="muted">{scopeLabel}</span>
        {indicator.measured ? (
          <>
            <strong className="figure-value" data-testid="city-value">
              {formatValue(indicator, f.value, lang)}
            </strong>
            {f.numerator !== null && f.denominator !== null && (
              <span className="muted" data-testid="city-fraction">
                {t('supervision.dashboard.fraction', { numerator: formatAmount(f.numerator), denominator: formatAmount(f.denominator) })}
              </span>
            )}
          </>
        ) : (
          <strong className="figure-value" data-testid="city-value">
            {t('supervision.dashboard.notMeasured')}
          </strong>
        )}
        <span className="muted">
          {t('supervision.dashboard.target')} {formatTarget(indicator, lang)}
        </span>
        {indicator.measured && f.met !== null && <span className={`badge ${f.met ? 'badge-met' : 'badge-not-met'}`}>{t(f.met ? 'supervision.dashboard.met' : 'supervision.dashboard.notMet')}</span>}
      </div>
      {counts.length > 0 && (
        <ul className="figure-counts">
          {counts.map((c) => (
            <li key={c.key}>
              {c.count && c.outcome ? (
                <Link to={casesHref(c.outcome)} data-testid={`count-${indicator.id}-${c.key}`}>
                  {t(`supervision.dashboard.counts.${c.key}`, { count: c.count })}
                </Link>
              ) : (
                <span className="muted">{t(`supervision.dashboard.counts.${c.key}`, { count: c.count ?? 0 })}</span>
              )}
            </li>
          ))}
          {!SHARE_OF_OCCURRENCES.has(indicator.kind) && (
            <li>
              <Link to={casesHref()} data-testid={`count-${indicator.id}-all`}>
                {t('supervision.dashboard.casesBehind')}
              </Link>
            </li>
          )}
        </ul>
      )}
    </article>
  );
}
