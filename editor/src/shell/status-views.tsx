/** The loading, empty and error states every screen shows instead of a blank page. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="status status-loading" role="status" aria-live="polite" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="status status-empty" data-testid="empty-state">
      <p className="status-title">{title}</p>
      {children}
    </div>
  );
}

export function errorMessage(error: unknown, fallback: string): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return fallback;
}

export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const forbidden = isApiError(error) && (error.status === 403 || error.status === 404);
  return (
    <div className="status status-error" role="alert" data-testid="error-banner">
      <p>{forbidden ? t('errors.notFoundOrForbidden') : errorMessage(error, t('errors.unexpected'))}</p>
      {isApiError(error) && error.details.length > 0 && (
        <ul>
          {error.details.map((d, i) => (
            <li key={i}>
              {d.pointer || d.elementId ? <code>{d.pointer ?? d.elementId}</code> : null} {d.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** The messages of an API error that concern one field, shown right under it. */
export function FieldError({ error, pointer }: { error: unknown; pointer: string }) {
  if (!isApiError(error)) return null;
  const messages = error.details.filter((d) => d.pointer === pointer || d.pointer?.startsWith(pointer + '/')).map((d) => d.message);
  if (!messages.length) return null;
  return (
    <div className="field-error" role="alert" data-testid={`field-error-${pointer}`}>
      {messages.join('；')}
    </div>
  );
}
