import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../api';
import { localized } from '../i18n';
import { beijingToday, firstChoice, PERIOD_KINDS, periodOptions, rangeProblem, type PeriodChoice, type PeriodKind, type PeriodOption } from './period-presets';
import { LIMITS_CHOICES, SIMULATED_CHOICES, type SupervisionFilters } from './supervision-filters';

export interface FilterBarProps {
  filters: SupervisionFilters;
  onChange: (filters: SupervisionFilters) => void;
  /** Versions to choose from (a dashboard); the newest deployed is the default. */
  versions?: readonly number[];
  latestVersion?: number;
  /** Organisations to choose from (a dashboard grouped by organisation). */
  organisations?: readonly { key: string; label: LocalizedText }[];
  /** Whether rows may be districts or organisations. */
  views?: boolean;
}

function optionLabel(t: (key: string, o?: Record<string, unknown>) => string, kind: PeriodKind, o: PeriodOption): string {
  if (kind === 'quarter') return t('supervision.period.quarterOf', { year: o.year, quarter: o.quarter });
  if (kind === 'month') return t('supervision.period.monthOf', { year: o.year, month: o.month });
  return t('supervision.period.yearOf', { year: o.year });
}

/** Period (newest first), simulated history, limits, and on a dashboard version, organisation and grouping. */
export function FilterBar({ filters, onChange, versions, latestVersion, organisations, views }: FilterBarProps) {
  const { t } = useTranslation();
  const today = beijingToday(new Date());
  const period = filters.period;
  const set = (patch: Partial<SupervisionFilters>) => onChange({ ...filters, ...patch });
  const setPeriod = (choice: PeriodChoice) => set({ period: choice });

  return (
    <div className="filters supervision-filters" data-testid="supervision-filters">
      <label>
        <span className="hint">{t('supervision.period.kind')}</span>
        <select value={period.kind} onChange={(e) => setPeriod(firstChoice(e.target.value as PeriodKind, today))} data-testid="period-kind">
          {PERIOD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`supervision.period.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {(period.kind === 'year' || period.kind === 'quarter' || period.kind === 'month') && (
        <label>
          <span className="hint">{t('supervision.period.choose')}</span>
          <select value={period.period} onChange={(e) => setPeriod({ kind: period.kind, period: e.target.value })} data-testid="period-value">
            {periodOptions(period.kind, today).map((o) => (
              <option key={o.value} value={o.value}>
                {optionLabel(t, period.kind, o)}
              </option>
            ))}
          </select>
        </label>
      )}
      {period.kind === 'custom' && <RangeInputs from={period.from ?? ''} to={period.to ?? ''} onApply={(from, to) => setPeriod({ kind: 'custom', from, to })} />}
      <label>
        <span className="hint">{t('supervision.simulated.label')}</span>
        <select value={filters.simulated} onChange={(e) => set({ simulated: e.target.value as SupervisionFilters['simulated'] })} data-testid="filter-simulated">
          {SIMULATED_CHOICES.map((s) => (
            <option key={s} value={s}>
              {t(`supervision.simulated.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="hint">{t('supervision.limits.label')}</span>
        <select value={filters.limits} onChange={(e) => set({ limits: e.target.value as SupervisionFilters['limits'] })} data-testid="filter-limits">
          {LIMITS_CHOICES.map((l) => (
            <option key={l} value={l}>
              {t(`supervision.limits.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {versions && versions.length > 0 && (
        <label>
          <span className="hint">{t('supervision.versionFilter.label')}</span>
          <select value={filters.version ?? ''} onChange={(e) => set({ version: e.target.value ? Number(e.target.value) : undefined })} data-testid="filter-version">
            <option value="">{t('supervision.versionFilter.latest', { version: latestVersion ?? versions[versions.length - 1] })}</option>
            {[...versions].reverse().map((v) => (
              <option key={v} value={v}>
                {t('supervision.versionFilter.one', { version: v })}
              </option>
            ))}
          </select>
        </label>
      )}
      {views && (
        <label>
          <span className="hint">{t('supervision.view.label')}</span>
          <select value={filters.view} onChange={(e) => set({ view: e.target.value as SupervisionFilters['view'] })} data-testid="filter-view">
            <option value="district">{t('supervision.view.district')}</option>
            <option value="organisation">{t('supervision.view.organisation')}</option>
          </select>
        </label>
      )}
      {organisations && (organisations.length > 0 || filters.organisation) && (
        <label>
          <span className="hint">{t('supervision.organisationFilter.label')}</span>
          <select value={filters.organisation ?? ''} onChange={(e) => set({ organisation: e.target.value || undefined })} data-testid="filter-organisation">
            <option value="">{t('supervision.organisationFilter.all')}</option>
            {filters.organisation && !organisations.some((o) => o.key === filters.organisation) && <option value={filters.organisation}>{filters.organisation}</option>}
            {organisations
              .filter((o) => o.key)
              .map((o) => (
                <option key={o.key} value={o.key}>
                  {localized(o.label)}
                </option>
              ))}
          </select>
        </label>
      )}
    </div>
  );
}

/** Two dates of a custom period, applied once both are there and make a period the API takes. */
function RangeInputs({ from, to, onApply }: { from: string; to: string; onApply: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ from, to });
  const problem = rangeProblem(draft.from, draft.to);
  const change = (next: { from: string; to: string }) => {
    setDraft(next);
    if (!rangeProblem(next.from, next.to)) onApply(next.from, next.to);
  };
  return (
    <>
      <label>
        <span className="hint">{t('supervision.period.from')}</span>
        <input type="date" value={draft.from} onChange={(e) => change({ ...draft, from: e.target.value })} data-testid="period-from" aria-invalid={problem ? true : undefined} />
      </label>
      <label>
        <span className="hint">{t('supervision.period.to')}</span>
        <input type="date" value={draft.to} onChange={(e) => change({ ...draft, to: e.target.value })} data-testid="period-to" aria-invalid={problem ? true : undefined} />
      </label>
      {problem && (
        <span className="field-error" role="alert" data-testid="period-problem">
          {t(`supervision.period.problem.${problem}`)}
        </span>
      )}
    </>
  );
}
