import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="status status-error" role="alert" data-testid="screen-error">
        <p>{t('errors.screenFailed')}</p>
        <p className="muted">{error instanceof Error ? error.message : String(error)}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </div>
    </div>
  );
}

/**
 * A screen that fails while drawing (say, an answer of an unexpected shape) shows what happened
 * inside the frame instead of leaving a blank page; another screen (another `resetKey`) starts afresh.
 */
export class ScreenErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    return this.state.error ? <Fallback error={this.state.error} /> : this.props.children;
  }
}
