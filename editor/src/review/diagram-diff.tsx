import { diff as bpmnDiff } from 'bpmn-js-differ';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiagramViewer } from '../modeler/diagram-viewer';
import { ErrorBanner, Loading } from '../shell/status-views';
import { colourDiff, type DiffColouring } from './diff-colouring';

export interface DiagramDiffProps {
  fromXml: string | null;
  toXml: string;
  fromLabel: string;
  toLabel: string;
  language: string;
}

/**
 * Two versions of a process side by side, or the newer one alone with the older overlaid as its
 * colours: added elements green, removed red, changed amber, moved outlined.
 */
export function DiagramDiff({ fromXml, toXml, fromLabel, toLabel, language }: DiagramDiffProps) {
  const { t } = useTranslation();
  const fromRef = useRef<HTMLDivElement>(null);
  const toRef = useRef<HTMLDivElement>(null);
  const viewers = useRef<{ from?: DiagramViewer; to?: DiagramViewer }>({});
  const [mode, setMode] = useState<'side' | 'overlay'>('side');
  const [colouring, setColouring] = useState<DiffColouring | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let disposed = false;
    const to = new DiagramViewer(toRef.current!, language);
    const from = fromXml ? new DiagramViewer(fromRef.current!, language) : undefined;
    viewers.current = { from, to };
    (async () => {
      await Promise.all([to.open(toXml), from?.open(fromXml!)]);
      if (disposed) return;
      const c = from
        ? colourDiff(bpmnDiff(from.definitions(), to.definitions()))
        : colourDiff({ _added: Object.fromEntries(to.elements().map((e) => [e.id, {}])), _removed: {}, _changed: {}, _layoutChanged: {} });
      setColouring(c);
    })().catch((e: unknown) => !disposed && setError(e));
    return () => {
      disposed = true;
      to.destroy();
      from?.destroy();
    };
  }, [fromXml, toXml, language]);

  // In the overlay the newer diagram also carries the removals, drawn where they were.
  useEffect(() => {
    const { from, to } = viewers.current;
    if (!colouring) return;
    from?.mark(colouring.from);
    to?.mark(mode === 'overlay' ? mergeMarkers(colouring.to, colouring.from) : colouring.to);
    if (mode === 'side') {
      from?.fit();
      to?.fit();
    }
  }, [colouring, mode]);

  const name = (id: string) => {
    const { from, to } = viewers.current;
    const n = to?.nameOf(id);
    return n && n !== id ? n : (from?.nameOf(id) ?? id);
  };

  return (
    <div className="diagram-diff" data-testid="diagram-diff">
      <div className="toolbar">
        <div role="radiogroup" aria-label={t('review.diffMode')}>
          <label>
            <input type="radio" name="diff-mode" checked={mode === 'side'} onChange={() => setMode('side')} data-testid="diff-side-by-side" /> {t('review.sideBySide')}
          </label>
          <label>
            <input type="radio" name="diff-mode" checked={mode === 'overlay'} onChange={() => setMode('overlay')} data-testid="diff-overlay" /> {t('review.overlay')}
          </label>
        </div>
        <ul className="legend" aria-label={t('review.legend')}>
          <li className="legend-added">{t('review.added')}</li>
          <li className="legend-removed">{t('review.removed')}</li>
          <li className="legend-changed">{t('review.changed')}</li>
          <li className="legend-layout">{t('review.moved')}</li>
        </ul>
      </div>
      <ErrorBanner error={error} />
      {!colouring && !error && <Loading />}
      <div className={`diff-panes ${fromXml ? mode : 'overlay'}`}>
        <figure className="diff-pane" hidden={mode === 'overlay' || !fromXml}>
          <figcaption>{fromLabel}</figcaption>
          <div className="diagram-canvas" ref={fromRef} data-testid="diff-from" />
        </figure>
        <figure className="diff-pane">
          <figcaption>{mode === 'overlay' ? `${fromLabel} → ${toLabel}` : toLabel}</figcaption>
          <div className="diagram-canvas" ref={toRef} data-testid="diff-to" />
        </figure>
      </div>
      {colouring && (
        <div className="diff-changes" data-testid="diff-changes">
          <h4>{t('review.elementChanges', { count: colouring.changes.length })}</h4>
          {colouring.changes.length === 0 ? (
            <p className="muted">{t('review.noElementChanges')}</p>
          ) : (
            <ul>
              {colouring.changes.map((c) => (
                <li key={`${c.kind}-${c.id}`} className={`change-${c.kind}`} data-testid="diff-change" data-kind={c.kind}>
                  <span className={`badge diff-badge-${c.kind}`}>{t(`review.kind.${c.kind}`)}</span> {name(c.id)} <code className="muted">{c.id}</code>
                  {c.attributes.length > 0 && <span className="muted"> — {c.attributes.join(', ')}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function mergeMarkers(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = { ...a };
  for (const [id, cls] of Object.entries(b)) out[id] = [...new Set([...(out[id] ?? []), ...cls])];
  return out;
}
