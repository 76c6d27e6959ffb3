import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiagramViewer } from '../../modeler/diagram-viewer';
import type { StandardContextData } from '../../modeler/features/std-context/standard-context';
import type { LintIssue } from '../../modeler/lint-issues';
import { ProcessModeler, type DiagramElementInfo } from '../../modeler/process-modeler';
import { ErrorBanner } from '../../shell/status-views';
import { saveBlob, svgToPng } from './downloads';

/** What the editor page may ask of the diagram, editable or not. */
export interface DiagramHandle {
  xml(): Promise<string>;
  svg(): Promise<string>;
  select(id: string, field?: string): void;
  pick(accept?: (e: DiagramElementInfo) => boolean): Promise<string | null>;
  cancelPick(): void;
  elements(): DiagramElementInfo[];
}

export interface ProcessTabProps {
  xml: string;
  editable: boolean;
  language: string;
  context: StandardContextData;
  visible: boolean;
  fileName: string;
  picking: boolean;
  onReady: (handle: DiagramHandle | null) => void;
  onChange: () => void;
  onXml: (xml: string) => void;
  onElements: (elements: DiagramElementInfo[]) => void;
  onLint: (issues: LintIssue[]) => void;
  onCancelPick: () => void;
}

const SYNC_DELAY_MS = 400;

export function ProcessTab(props: ProcessTabProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<ProcessModeler | null>(null);
  const viewerRef = useRef<DiagramViewer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [history, setHistory] = useState({ undo: false, redo: false });
  const latest = useRef(props);
  latest.current = props;

  // One diagram per mount; the page remounts this tab (key) when the language or the document changes.
  useEffect(() => {
    const p = latest.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    if (p.editable) {
      const modeler = new ProcessModeler({ container: canvasRef.current!, propertiesParent: panelRef.current!, language: p.language });
      modelerRef.current = modeler;
      modeler.setContext(p.context);
      modeler.onLint((issues) => latest.current.onLint(issues));
      modeler.onChange(() => {
        setHistory({ undo: modeler.canUndo(), redo: modeler.canRedo() });
        latest.current.onChange();
        clearTimeout(timer);
        timer = setTimeout(async () => {
          if (disposed) return;
          latest.current.onXml(await modeler.xml());
          latest.current.onElements(modeler.elements());
        }, SYNC_DELAY_MS);
      });
      modeler.open(p.xml).then(
        () => {
          if (disposed) return;
          p.onElements(modeler.elements());
          p.onReady({
            xml: () => modeler.xml(),
            svg: () => modeler.svg(),
            select: (id, field) => modeler.select(id, field),
            pick: (accept) => modeler.pick(accept),
            cancelPick: () => modeler.cancelPick(),
            elements: () => modeler.elements(),
          });
        },
        (e: unknown) => !disposed && setError(e),
      );
      return () => {
        disposed = true;
        clearTimeout(timer);
        latest.current.onReady(null);
        modeler.destroy();
        modelerRef.current = null;
      };
    }
    const viewer = new DiagramViewer(canvasRef.current!, p.language);
    viewerRef.current = viewer;
    viewer.open(p.xml).then(
      () => {
        if (disposed) return;
        p.onElements(viewer.elements());
        p.onReady({
          xml: async () => p.xml,
          svg: () => viewer.svg(),
          select: (id) => viewer.focus(id),
          pick: async () => null,
          cancelPick: () => undefined,
          elements: () => viewer.elements(),
        });
      },
      (e: unknown) => !disposed && setError(e),
    );
    return () => {
      disposed = true;
      latest.current.onReady(null);
      viewer.destroy();
      viewerRef.current = null;
    };
  }, []);

  useEffect(() => {
    modelerRef.current?.setContext(props.context);
  }, [props.context]);

  // A diagram imported while its tab was hidden has no size; fit it when it is shown.
  useEffect(() => {
    if (props.visible) {
      modelerRef.current?.fit();
      viewerRef.current?.fit();
    }
  }, [props.visible]);

  async function exportSvg() {
    const svg = await (modelerRef.current ?? viewerRef.current)!.svg();
    saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `${props.fileName}.svg`);
  }

  async function exportPng() {
    const svg = await (modelerRef.current ?? viewerRef.current)!.svg();
    saveBlob(await svgToPng(svg), `${props.fileName}.png`);
  }

  return (
    <div className="process-tab">
      <div className="toolbar" role="toolbar" aria-label={t('process.toolbar')}>
        {props.editable && (
          <>
            <button type="button" onClick={() => modelerRef.current?.undo()} disabled={!history.undo} title={t('process.undoShortcut')} data-testid="undo">
              {t('process.undo')}
            </button>
            <button type="button" onClick={() => modelerRef.current?.redo()} disabled={!history.redo} title={t('process.redoShortcut')} data-testid="redo">
              {t('process.redo')}
            </button>
          </>
        )}
        <button type="button" onClick={() => (modelerRef.current ?? viewerRef.current)?.fit()} data-testid="fit-diagram">
          {t('process.fit')}
        </button>
        <button type="button" onClick={exportSvg} data-testid="export-svg">
          {t('process.exportSvg')}
        </button>
        <button type="button" onClick={exportPng} data-testid="export-png">
          {t('process.exportPng')}
        </button>
        {props.editable && <span className="muted toolbar-hint">{t('process.shortcutsHint')}</span>}
      </div>
      {props.picking && (
        <div className="pick-banner" role="status" data-testid="pick-banner">
          {t('process.pickHint')}
          <button type="button" onClick={props.onCancelPick}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <ErrorBanner error={error} />
      <div className="process-body">
        <div className="diagram-canvas" ref={canvasRef} data-testid="diagram-canvas" />
        {props.editable && <div className="properties-panel" ref={panelRef} data-testid="properties-panel" aria-label={t('process.properties')} />}
      </div>
    </div>
  );
}
