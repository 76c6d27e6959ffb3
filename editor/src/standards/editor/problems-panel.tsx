import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shell/status-views';
import type { ProblemItem } from './problem-list';

export interface ProblemsPanelProps {
  problems: readonly ProblemItem[];
  validationError: unknown;
  onOpen: (problem: ProblemItem) => void;
}

/** Every problem of the standard, live, in words; a click goes to the element or field concerned. */
export function ProblemsPanel({ problems, validationError, onOpen }: ProblemsPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section className={`problems-panel ${open ? 'open' : 'closed'}`} aria-label={t('problems.title')} data-testid="problems-panel">
      <header>
        <button type="button" className="link-button" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="problems-toggle">
          {t('problems.title')}
        </button>
        <span className={`count ${errors ? 'count-error' : ''}`} data-testid="problems-error-count">
          {t('problems.errors', { count: errors })}
        </span>
        <span className="count" data-testid="problems-warning-count">
          {t('problems.warnings', { count: warnings })}
        </span>
        {validationError ? (
          <span className="muted" role="status" data-testid="validation-unavailable">
            {t('problems.validationUnavailable', { reason: errorMessage(validationError, t('errors.unexpected')) })}
          </span>
        ) : null}
      </header>
      {open &&
        (problems.length === 0 ? (
          <p className="muted problems-empty" data-testid="problems-empty">
            {t('problems.none')}
          </p>
        ) : (
          <ul className="problems-list" data-testid="problems-list">
            {problems.map((p) => (
              <li key={p.key}>
                <button
                  type="button"
                  className={`problem problem-${p.severity}`}
                  onClick={() => onOpen(p)}
                  data-testid="problem"
                  data-code={p.code}
                  data-element-id={p.elementId}
                  data-pointer={p.pointer}
                >
                  <span className="problem-severity">{t(`problems.severity.${p.severity}`)}</span>
                  <span className="problem-message">{p.message}</span>
                  <span className="problem-where muted">{p.where ?? ''}</span>
                  <span className="problem-source muted">{t(`problems.source.${p.source}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
