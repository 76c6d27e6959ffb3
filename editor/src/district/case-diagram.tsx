import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePosition, LocalizedText } from '../api';
import { DiagramViewer } from '../modeler/diagram-viewer';
import { ErrorBanner } from '../shell/status-views';
import { casePathMarkers, casePositionIds } from './case-path';

/** The scale a step's name reads at: the size the standard was drawn in. */
const READABLE = 1;

/**
 * The standard's diagram with the case's position and the path it took, the width of the page. It
 * opens on the whole process when that reads at its size, else on where the case is, at a size that
 * reads; buttons zoom, show the whole process and come back to the case.
 */
export function CaseDiagram({ xml, position, language, onNames }: { xml: string; position: CasePosition; language: string; onNames?: (names: Record<string, LocalizedText>) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const viewer = useRef<DiagramViewer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [ready, setReady] = useState(false);
  // Read through refs: a new callback or position from the parent must not reload the diagram.
  const namesRef = useRef(onNames);
  namesRef.current = onNames;
  const positionRef = useRef(position);
  positionRef.current = position;

  const showPosition = () => viewer.current?.show(casePositionIds(positionRef.current), READABLE);

  useEffect(() => {
    const v = new DiagramViewer(ref.current!, language);
    viewer.current = v;
    let disposed = false;
    v.open(xml).then(
      () => {
        if (disposed) return;
        if (v.scale() < READABLE) v.show(casePositionIds(positionRef.current), READABLE);
        // Marked at once: a diagram opened again (in another language) is ready before it renders anew.
        v.mark(casePathMarkers(positionRef.current));
        setReady(true);
        namesRef.current?.(Object.fromEntries(v.elements().filter((e) => e.name).map((e) => [e.id, { zh: e.name, en: e.nameEn ?? e.name }])));
      },
      (e: unknown) => !disposed && setError(e),
    );
    return () => {
      disposed = true;
      v.destroy();
    };
  }, [xml, language]);

  useEffect(() => {
    if (ready) viewer.current?.mark(casePathMarkers(position));
  }, [ready, position]);

  return (
    <>
      <ErrorBanner error={error} />
      <div className="diagram-tools" role="toolbar" aria-label={t('caseFile.diagram')}>
        <button type="button" onClick={() => viewer.current?.zoomBy(1)} disabled={!ready} data-testid="diagram-zoom-in">
          {t('caseFile.zoomIn')}
        </button>
        <button type="button" onClick={() => viewer.current?.zoomBy(-1)} disabled={!ready} data-testid="diagram-zoom-out">
          {t('caseFile.zoomOut')}
        </button>
        <button type="button" onClick={() => viewer.current?.fit()} disabled={!ready} data-testid="diagram-fit">
          {t('caseFile.fit')}
        </button>
        <button type="button" onClick={showPosition} disabled={!ready} data-testid="diagram-position">
          {t('caseFile.showPosition')}
        </button>
        <span className="muted">{t('caseFile.diagramHint')}</span>
      </div>
      <div className="diagram-canvas case-diagram" ref={ref} data-testid="case-diagram" data-ready={ready || undefined} />
    </>
  );
}
