import { useTranslation } from 'react-i18next';
import type { SupervisionPeriod } from '../api';
import type { SupervisionFilters } from './supervision-filters';

/**
 * What the figures on the page count, in words: the period's days as the server settled them, whether
 * simulated history is in (always said, so a figure is never taken for real work by mistake), and the
 * limits it is judged by.
 */
export function ScopeLine({ period, filters }: { period: SupervisionPeriod | undefined; filters: SupervisionFilters }) {
  const { t } = useTranslation();
  const simulated = period?.simulated ?? filters.simulated;
  const limits = period?.limits ?? filters.limits;
  return (
    <p className="scope-line" data-testid="scope-line">
      {period && <span data-testid="period-range">{t('supervision.period.range', { from: period.from, to: period.to })}</span>}
      <span className={`badge simulated-badge simulated-${simulated}`} data-testid="simulated-badge" data-simulated={simulated}>
        {t(`supervision.simulated.${simulated}`)}
      </span>
      <span className="badge">{t(`supervision.limits.${limits}`)}</span>
    </p>
  );
}
