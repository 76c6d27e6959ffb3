import { useEffect, useRef, useState } from 'react';
import type { CasePosition } from '../api';
import { DiagramViewer } from '../modeler/diagram-viewer';
import { ErrorBanner } from '../shell/status-views';
import { casePathMarkers } from './case-path';

/** The standard's diagram with the case's position and the path it took. */
export function CaseDiagram({ xml, position, language, onNames }: { xml: string; position: CasePosition; language: string; onNames?: (names: Record<string, string>) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const viewer = useRef<DiagramViewer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [ready, setReady] = useState(false);
  // Read through a ref: a new callback from the parent must not reload the diagram.
  const namesRef = useRef(onNames);
  namesRef.current = onNames;

  useEffect(() => {
    const v = new DiagramViewer(ref.current!, language);
    viewer.current = v;
    let disposed = false;
    v.open(xml).then(
      () => {
        if (disposed) return;
        setReady(true);
        namesRef.current?.(Object.fromEntries(v.elements().filter((e) => e.name).map((e) => [e.id, e.name])));
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
      <div className="diagram-canvas case-diagram" ref={ref} data-testid="case-diagram" />
    </>
  );
}
