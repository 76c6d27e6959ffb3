/**
 * A small router over the History API: the app has a handful of screens and needs no more than
 * the path, the query string, links and a guard against leaving unsaved work.
 *
 * @example
 *   const { path, query } = useLocation();
 *   navigate('/standards/BJ-SW-ELDER?tab=process');
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

type Listener = () => void;
const listeners = new Set<Listener>();
let guard: (() => string | null) | null = null;

function notify() {
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(l: Listener) {
  listeners.add(l);
  return () => listeners.delete(l);
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export interface Location {
  path: string;
  query: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, 'http://local');
  return { path: url.pathname, query: url.searchParams };
}

/**
 * While set, leaving the page asks the user first; the function returns the question, or null when
 * there is nothing to lose.
 */
export function setLeaveGuard(fn: (() => string | null) | null): void {
  guard = fn;
}

/** Asks the leave guard, if any; true when the user may leave the page. */
export function confirmLeave(): boolean {
  const question = guard?.();
  return !question || window.confirm(question);
}

export function navigate(to: string, options: { replace?: boolean; force?: boolean } = {}): boolean {
  const current = snapshot();
  const nextPath = new URL(to, 'http://local').pathname;
  const question = guard?.();
  // A change of tab (same path, other query) keeps the page and its unsaved work.
  if (!options.force && question && nextPath !== window.location.pathname && !window.confirm(question)) return false;
  if (to === current) return true;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
  return true;
}

export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  function handle(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  }
  return <a href={to} onClick={handle} {...rest} />;
}
