import { useTranslation } from 'react-i18next';
import type { Figure, IndicatorReportItem } from '../api';
import { localized, type Language } from '../i18n';
import { Link } from '../routing/router';
import type { GroupRow } from './dashboard-model';
import { formatAmount, formatTarget, formatValue } from './figure-format';

export interface FiguresTableProps {
  indicators: readonly IndicatorReportItem[];
  rows: readonly GroupRow[];
  /** The figure the rows are compared with: the city's (an organisation's users: their organisation's). */
  scopeLabel: string;
  groupHeading: string;
  lang: Language;
  /** Where a figure's cases are listed, or null when it cannot be opened. */
  casesHref: (indicator: IndicatorReportItem, row: GroupRow | null) => string | null;
  /** Set where the reader may send a 督办 notice about a figure below target. */
  onNotice?: (indicator: IndicatorReportItem, row: GroupRow, figure: Figure) => void;
}

/** Every district (or organisation) with every indicator side by side, numbers for those who prefer them. */
export function FiguresTable({ indicators, rows, scopeLabel, groupHeading, lang, casesHref, onNotice }: FiguresTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table compact figures-table" data-testid="figures-table">
        <thead>
          <tr>
            <th scope="col" className="sticky-col">
              {groupHeading}
            </th>
            {indicators.map((i) => (
              <th key={i.id} scope="col" title={localized(i.definition, lang)}>
                <div>{localized(i.title, lang)}</div>
                <div className="muted">
                  {t('supervision.dashboard.target')} {formatTarget(i, lang)}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="city-row" data-testid="figures-row-city">
            <th scope="row" className="sticky-col">
              {scopeLabel}
            </th>
            {indicators.map((i) => (
              <FigureCell key={i.id} indicator={i} figure={i.city} href={casesHref(i, null)} lang={lang} testId={`cell-city-${i.id}`} />
            ))}
          </tr>
          {rows.map((row) => (
            <tr key={row.key || '-'} data-testid={`figures-row-${row.key || 'none'}`} data-key={row.key}>
              <th scope="row" className="sticky-col">
                {localized(row.label, lang)}
              </th>
              {indicators.map((i, index) => {
                const figure = row.figures[index] ?? null;
                return (
                  <FigureCell
                    key={i.id}
                    indicator={i}
                    figure={figure}
                    href={figure ? casesHref(i, row) : null}
                    lang={lang}
                    testId={`cell-${row.key || 'none'}-${i.id}`}
                    onNotice={onNotice && figure && i.measured && figure.met === false ? () => onNotice(i, row, figure) : undefined}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FigureCell({ indicator, figure, href, lang, testId, onNotice }: { indicator: IndicatorReportItem; figure: Figure | null; href: string | null; lang: Language; testId: string; onNotice?: () => void }) {
  const { t } = useTranslation();
  if (!indicator.measured) {
    return (
      <td className="figure-cell figure-unmeasured" data-testid={testId} data-state="unmeasured">
        <span className="muted">{t('supervision.dashboard.notMeasured')}</span>
      </td>
    );
  }
  if (!figure) {
    return (
      <td className="figure-cell figure-none" data-testid={testId} data-state="none">
        <span className="muted">{t('supervision.dashboard.noFigure')}</span>
      </td>
    );
  }
  const state = figure.met === null ? 'none' : figure.met ? 'met' : 'not-met';
  const value = formatValue(indicator, figure.value, lang);
  return (
    <td className={`figure-cell figure-${state}`} data-testid={testId} data-state={state}>
      {href ? (
        <Link to={href} className="figure-link" data-testid={`${testId}-open`}>
          {value}
        </Link>
      ) : (
        value
      )}
      {figure.numerator !== null && figure.denominator !== null && figure.denominator > 0 && (
        <div className="muted figure-fraction">{t('supervision.dashboard.fraction', { numerator: formatAmount(figure.numerator), denominator: formatAmount(figure.denominator) })}</div>
      )}
      {figure.pending > 0 && <div className="muted">{t('supervision.dashboard.counts.pending', { count: figure.pending })}</div>}
      {onNotice && (
        <button type="button" className="notice-button" onClick={onNotice} data-testid={`${testId}-notice`}>
          {t('supervision.dashboard.sendNotice')}
        </button>
      )}
    </td>
  );
}
