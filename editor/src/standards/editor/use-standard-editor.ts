import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem, ServiceStandard, StandardDetail, StandardStatus } from '../../api';
import { canAuthor } from '../../auth/role-navigation';
import { useApi, useSession } from '../../auth/session-context';

export interface EditorDoc {
  detail: StandardDetail;
  standard: ServiceStandard;
  revision: number;
  /** The draft's status, or `published` when showing the latest version because there is no draft. */
  status: StandardStatus;
  /** The version shown when there is no draft (read-only). */
  version?: number;
  editable: boolean;
}

const VALIDATE_DELAY_MS = 800;

/**
 * The standard being edited: loading, the working copy, unsaved changes, save, submit, and the API's
 * validation of the working copy a moment after each change.
 */
export function useStandardEditor(code: string, version?: number) {
  const api = useApi();
  const session = useSession();
  const [doc, setDoc] = useState<EditorDoc | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [dirty, setDirty] = useState(false);
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [validationError, setValidationError] = useState<unknown>(null);
  const [reloadTick, setReloadTick] = useState(0);
  const role = session?.user.role;

  useEffect(() => {
    let live = true;
    setLoadError(null);
    (async () => {
      const detail = await api.getStandard(code);
      if (detail.draft && version === undefined) {
        const editable = !!role && canAuthor(role) && (detail.draft.status === 'draft' || detail.draft.status === 'rejected');
        return { detail, standard: detail.draft.standard, revision: detail.draft.revision, status: detail.draft.status, editable, problems: detail.draft.problems ?? [] };
      }
      const latest = [...detail.versions].sort((a, b) => b.version - a.version).find((v) => version === undefined || v.version === version);
      if (!latest) throw new Error('no draft and no version');
      const v = await api.getVersion(code, latest.version);
      return { detail, standard: v.standard, revision: 0, status: latest.status as StandardStatus, version: latest.version, editable: false, problems: [] };
    })().then(
      ({ problems, ...d }) => {
        if (!live) return;
        setDoc(d);
        setServerProblems(problems);
        setDirty(false);
      },
      (e: unknown) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [api, code, version, role, reloadTick]);

  const update = useCallback((fn: (s: ServiceStandard) => ServiceStandard) => {
    setDoc((d) => (d ? { ...d, standard: fn(d.standard) } : d));
    setDirty(true);
  }, []);

  /** The diagram changed; its XML arrives later (see `setProcess`). */
  const markDirty = useCallback(() => setDirty(true), []);

  const setProcess = useCallback((xml: string) => {
    setDoc((d) => (d && d.standard.process !== xml ? { ...d, standard: { ...d.standard, process: xml } } : d));
  }, []);

  // Validate the working copy a moment after the author stops changing it.
  const standard = doc?.standard;
  const editable = doc?.editable;
  const validateSeq = useRef(0);
  useEffect(() => {
    if (!standard || !editable || !dirty) return;
    const mine = ++validateSeq.current;
    const id = setTimeout(() => {
      api.validateStandard(standard).then(
        (r) => {
          if (mine !== validateSeq.current) return;
          setServerProblems(r.problems);
          setValidationError(null);
        },
        (e: unknown) => mine === validateSeq.current && setValidationError(e),
      );
    }, VALIDATE_DELAY_MS);
    return () => clearTimeout(id);
  }, [api, standard, editable, dirty]);

  /** Saves the working copy with the diagram as it is now (`currentXml` reads it from the modeler). */
  const save = useCallback(
    async (currentXml: () => Promise<string>) => {
      if (!doc) return;
      const process = await currentXml();
      const toSave = { ...doc.standard, process };
      const r = await api.saveDraft(code, toSave, doc.revision);
      validateSeq.current++;
      setDoc((d) => (d ? { ...d, standard: toSave, revision: r.revision } : d));
      setServerProblems(r.problems);
      setDirty(false);
    },
    [api, code, doc],
  );

  const submit = useCallback(async () => {
    await api.submitDraft(code);
    setReloadTick((n) => n + 1);
  }, [api, code]);

  const reload = useCallback(() => setReloadTick((n) => n + 1), []);

  /**
   * Starts the next version from the one shown: the working copy becomes editable and its first save
   * creates the draft (revision 0 tells the API there is none yet).
   */
  const startNewDraft = useCallback(() => {
    setDoc((d) => (d ? { ...d, editable: true, revision: 0, status: 'draft', version: undefined } : d));
    setServerProblems([]);
    setDirty(true);
  }, []);

  return { doc, loadError, dirty, serverProblems, validationError, update, markDirty, setProcess, save, submit, reload, startNewDraft };
}
