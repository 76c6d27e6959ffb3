/**
 * A notice that outlives the part of the screen that raised it: a task's card goes once the task is
 * completed, and the notice that it was completed stays above the page the person is on, until they
 * close it or go to another page. Its text is an i18n key with values, so it follows a change of
 * language.
 *
 * @example
 *   announce('inbox.completed', { task: task.name });
 *   <FlashNotice /> // once, in the app's frame
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, localized, type Language } from '../i18n';
import { useLocation } from '../routing/router';

type Value = string | { zh: string; en: string };

interface Notice {
  key: string;
  values: Record<string, Value>;
  /** The page it was raised on: it is about that page. */
  path: string;
}

let current: Notice | null = null;
const listeners = new Set<() => void>();

function set(notice: Notice | null): void {
  current = notice;
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Shows the text of `key` with `values` (a `{zh, en}` value in the language of the screen) above the current page. */
export function announce(key: string, values: Record<string, Value> = {}): void {
  set({ key, values, path: window.location.pathname });
}

function inLanguage(values: Record<string, Value>, lang: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : localized(v, lang)]));
}

export function FlashNotice() {
  const { t } = useTranslation();
  const notice = useSyncExternalStore(subscribe, () => current);
  const { path } = useLocation();
  // Leaving the page it is about ends the notice: coming back later does not raise it again.
  useEffect(() => {
    if (current && current.path !== path) set(null);
  }, [path]);
  if (!notice || notice.path !== path) return null;
  return (
    <div className="flash-notice notice" role="status" data-testid="flash-notice">
      <span>{t(notice.key, inLanguage(notice.values, currentLanguage()))}</span>
      <button type="button" className="link-button" onClick={() => set(null)} aria-label={t('common.close')} data-testid="flash-notice-close">
        ×
      </button>
    </div>
  );
}
