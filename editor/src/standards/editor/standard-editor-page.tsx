import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { canAuthor, canReview } from '../../auth/role-navigation';
import { useApi, useSession } from '../../auth/session-context';
import { pointerAncestors } from '../../forms/json-pointer';
import { currentLanguage, localized } from '../../i18n';
import type { StandardContextData } from '../../modeler/features/std-context/standard-context';
import type { LintIssue } from '../../modeler/lint-issues';
import type { DiagramElementInfo } from '../../modeler/process-modeler';
import { Link, navigate, setLeaveGuard, useLocation } from '../../routing/router';
import { ErrorBanner, Loading } from '../../shell/status-views';
import { StatusBadge } from '../status-badge';
import { saveBlob } from './downloads';
import { schemaTitle } from './element-names';
import { FormsTab } from './forms-tab';
import { ParametersTab } from './parameters-tab';
import { mergeProblems, tabForPointer, type EditorTab, type ProblemItem } from './problem-list';
import { ProblemsContext } from './problems-context';
import { ProblemsPanel } from './problems-panel';
import { inWords } from './problem-words';
import { ProcessTab, type DiagramHandle } from './process-tab';
import { useStandardEditor } from './use-standard-editor';
import { WhoTab } from './who-tab';

const TABS: EditorTab[] = ['process', 'who', 'parameters', 'forms'];

export function StandardEditorPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const { query } = useLocation();
  const tab = (TABS as string[]).includes(query.get('tab') ?? '') ? (query.get('tab') as EditorTab) : 'process';
  const version = Number(query.get('version')) || undefined;
  const ed = useStandardEditor(code, version);
  const { doc, dirty } = ed;
  const diagram = useRef<DiagramHandle | null>(null);
  const [lint, setLint] = useState<LintIssue[]>([]);
  const [elements, setElements] = useState<DiagramElementInfo[]>([]);
  const [busy, setBusy] = useState<null | 'save' | 'submit' | 'zip'>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const returnTab = useRef<EditorTab>('parameters');

  const setTab = useCallback((next: EditorTab) => navigate(`/standards/${encodeURIComponent(code)}?tab=${next}${version ? `&version=${version}` : ''}`, { replace: true }), [code, version]);

  // Ask before leaving with unsaved work, inside the app and when closing the page.
  useEffect(() => {
    const question = t('editor.unsavedQuestion');
    setLeaveGuard(() => (dirty ? question : null));
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, t]);

  const standard = doc?.standard;
  const context: StandardContextData = useMemo(
    () => ({
      roles: standard?.roles ?? [],
      forms: Object.keys(standard?.forms ?? {}),
      formTitles: Object.fromEntries(Object.entries(standard?.forms ?? {}).map(([id, schema]) => [id, { zh: schemaTitle(schema, 'zh-CN'), en: schemaTitle(schema, 'en') }])),
      parameters: standard?.parameters ?? [],
      contents: standard?.contents ?? [],
    }),
    [standard?.roles, standard?.forms, standard?.parameters, standard?.contents],
  );

  const problems = useMemo(
    () => inWords(mergeProblems(lint, ed.serverProblems, lang), { elements, standard, lang, t }),
    [lint, ed.serverProblems, lang, elements, standard, t],
  );
  // A place a problem leads to, for the tab that shows it (the forms tab opens the form).
  const [reveal, setReveal] = useState<{ pointer: string }>();

  const onLint = useCallback((issues: LintIssue[]) => setLint(issues), []);
  const onReady = useCallback((h: DiagramHandle | null) => {
    diagram.current = h;
  }, []);

  const pick = useCallback(async () => {
    if (!diagram.current) return null;
    returnTab.current = tab;
    setPicking(true);
    setTab('process');
    const id = await diagram.current.pick((e) => !e.type.endsWith('SequenceFlow'));
    setPicking(false);
    setTab(returnTab.current);
    return id;
  }, [setTab, tab]);

  function openProblem(p: ProblemItem) {
    if (p.elementId) {
      setTab('process');
      // The tab must be visible before the element can be scrolled to and its field focused.
      requestAnimationFrame(() => diagram.current?.select(p.elementId!, p.field));
      return;
    }
    if (p.pointer) {
      const pointer = p.pointer;
      setTab(tabForPointer(pointer));
      setReveal({ pointer });
      // The tab, and in it the form, show within a few frames; then the closest field takes the focus.
      let frames = 0;
      const focus = () => {
        for (const candidate of pointerAncestors(pointer)) {
          // In the tabs: the problem itself carries its pointer too.
          const field = document.querySelector<HTMLElement>(`.tab-panels [data-pointer="${CSS.escape(candidate)}"]`);
          if (!field || field.getClientRects().length === 0) continue;
          // A place that holds fields (a form, a field's card) gives the focus to its first one.
          const target = field.matches('input, select, textarea, button') ? field : (field.querySelector<HTMLElement>('input, select, textarea') ?? field);
          target.scrollIntoView({ block: 'center' });
          target.focus();
          return;
        }
        if (++frames <= 10) requestAnimationFrame(focus);
      };
      requestAnimationFrame(focus);
    }
  }

  async function save(): Promise<boolean> {
    setBusy('save');
    setActionError(null);
    setNotice(null);
    try {
      await ed.save(() => diagram.current?.xml() ?? Promise.resolve(doc!.standard.process));
      setNotice(t('editor.saved'));
      return true;
    } catch (e) {
      setActionError(isApiError(e) && e.status === 409 ? new Error(t('editor.conflict')) : e);
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function submit() {
    if (dirty && !(await save())) return;
    setBusy('submit');
    setActionError(null);
    setNotice(null);
    try {
      await ed.submit();
      setNotice(t('editor.submitted'));
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(null);
    }
  }

  async function downloadZip() {
    setBusy('zip');
    setActionError(null);
    try {
      saveBlob(await api.exportZip(code, doc?.version), `${code}.zip`);
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(null);
    }
  }

  if (ed.loadError) return <ErrorBanner error={ed.loadError} onRetry={ed.reload} />;
  if (!doc || !standard) return <Loading />;

  const readOnly = !doc.editable;
  // The API's validation decides whether a draft may be submitted; the diagram check is advice meanwhile.
  const errors = ed.serverProblems.filter((p) => p.severity === 'error').length;
  const role = session?.user.role;
  const reviewComment = doc.detail.draft?.reviewComment;

  return (
    <ProblemsContext.Provider value={problems}>
      <section className="editor-page">
        <div className="page-header editor-header">
          <div className="editor-title">
            <Link to="/standards" className="muted">
              {t('common.back')}
            </Link>
            <h1>
              {localized(standard.title, lang)} <code className="muted">{code}</code>
            </h1>
            <StatusBadge status={doc.status} />
            {doc.version && <span className="muted">v{doc.version}</span>}
            {dirty && (
              <span className="unsaved" data-testid="unsaved-indicator">
                {t('editor.unsaved')}
              </span>
            )}
          </div>
          <div className="editor-actions">
            {notice && (
              <span className="notice" role="status" data-testid="editor-notice">
                {notice}
              </span>
            )}
            <button type="button" onClick={downloadZip} disabled={busy !== null} data-testid="download-zip">
              {t('editor.downloadZip')}
            </button>
            {(doc.detail.versions.length > 0 || (role && canReview(role))) && (
              <Link to={`/standards/${encodeURIComponent(code)}/review`} className="button" data-testid="open-review">
                {role && canReview(role) && doc.status === 'in_review' ? t('standards.review') : t('standards.history')}
              </Link>
            )}
            {readOnly && role && canAuthor(role) && !doc.detail.draft && doc.version && (
              <button type="button" className="primary" onClick={ed.startNewDraft} data-testid="start-new-draft">
                {t('editor.startNewDraft', { version: doc.version })}
              </button>
            )}
            {!readOnly && (
              <>
                <button type="button" onClick={save} disabled={busy !== null || !dirty} data-testid="save-draft">
                  {busy === 'save' ? t('common.saving') : t('editor.save')}
                </button>
                <button type="button" className="primary" onClick={submit} disabled={busy !== null || errors > 0} title={errors > 0 ? t('editor.fixErrorsFirst') : undefined} data-testid="submit-review">
                  {busy === 'submit' ? t('common.submitting') : t('editor.submit')}
                </button>
              </>
            )}
          </div>
        </div>
        {readOnly && (
          <div className="readonly-banner" role="status" data-testid="readonly-banner">
            {doc.status === 'in_review' ? t('editor.readOnlyInReview') : doc.version ? t('editor.readOnlyPublished') : t('editor.readOnly')}
          </div>
        )}
        {reviewComment && doc.status === 'rejected' && (
          <div className="status status-error" role="status" data-testid="review-comment">
            {t('editor.rejectedWith', { comment: reviewComment })}
          </div>
        )}
        <ErrorBanner error={actionError} />
        <div className="tabs" role="tablist" aria-label={t('editor.tabs')}>
          {TABS.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'active' : ''} onClick={() => setTab(id)} data-testid={`tab-${id}`}>
              {t(`editor.tab.${id}`)}
            </button>
          ))}
        </div>
        <div className="tab-panels">
          <div role="tabpanel" hidden={tab !== 'process'} className="tab-panel">
            <ProcessTab
              key={`${lang}|${doc.status}|${doc.version ?? ''}`}
              xml={standard.process}
              editable={!readOnly}
              language={lang}
              context={context}
              visible={tab === 'process'}
              fileName={code}
              picking={picking}
              onReady={onReady}
              onChange={ed.markDirty}
              onXml={ed.setProcess}
              onElements={setElements}
              onLint={onLint}
              onCancelPick={() => diagram.current?.cancelPick()}
            />
          </div>
          <div role="tabpanel" hidden={tab !== 'who'} className="tab-panel">
            <WhoTab standard={standard} readOnly={readOnly} update={ed.update} />
          </div>
          <div role="tabpanel" hidden={tab !== 'parameters'} className="tab-panel">
            <ParametersTab standard={standard} readOnly={readOnly} update={ed.update} elements={elements} pick={pick} />
          </div>
          <div role="tabpanel" hidden={tab !== 'forms'} className="tab-panel">
            <FormsTab standard={standard} readOnly={readOnly} update={ed.update} elements={elements} reveal={reveal} />
          </div>
        </div>
        {!readOnly && <ProblemsPanel problems={problems} validationError={ed.validationError} onOpen={openProblem} />}
      </section>
    </ProblemsContext.Provider>
  );
}
