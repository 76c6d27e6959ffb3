/**
 * Export and import of a standard as a zip of the folder format (`standard.json`, `process.bpmn`,
 * `forms/<id>.schema.json`), the form the `std` CLI and the editor exchange with the server. Import
 * creates the standard, or saves the archive as the next draft of an existing one; the archive's own
 * problems (unsafe paths, a zip bomb, unreadable files) refuse it, the standard's problems are kept
 * with the draft as when it is saved in the editor.
 *
 * @example
 *   const { bytes, filename } = await archive.exportZip('BJ-SW-ELDER', 2);
 *   const { code, draft, created } = await archive.importZip(bytes, officer);
 */
import { compileSchema, fromAjvError, standardFromZip, standardToZip, type ServiceStandard } from '@jingzhun/standards';
import type { User } from '../accounts/roles';
import { StandardDocument } from '../schemas/standards';
import type { Draft } from './authoring';
import type { StandardsCatalogue } from './catalogue';
import { ArchiveInvalidError, DraftNotFoundError, StandardNotFoundError } from './errors';

export function createArchive(catalogue: StandardsCatalogue) {
  const { authoring } = catalogue;

  async function documentAt(code: string, at: number | 'draft' | undefined): Promise<{ standard: ServiceStandard; label: string }> {
    if (!(await authoring.exists(code))) throw new StandardNotFoundError(code);
    if (at === 'draft' || at === undefined) {
      const draft = await authoring.getDraft(code);
      if (draft) return { standard: draft.standard, label: 'draft' };
      if (at === 'draft') throw new DraftNotFoundError(code);
    }
    if (typeof at === 'number') return { standard: (await catalogue.version(code, at)).standard, label: `v${at}` };
    // Without a draft, the newest version (a standard always has one or the other).
    const { versions } = await catalogue.detail(code);
    const latest = versions.reduce((max, v) => Math.max(max, v.version), 0);
    return { standard: (await catalogue.version(code, latest)).standard, label: `v${latest}` };
  }

  return {
    /** The zip of a version, of the draft, or (by default) of the draft if there is one, else the newest version. */
    async exportZip(code: string, at?: number | 'draft'): Promise<{ bytes: Uint8Array; filename: string }> {
      const { standard, label } = await documentAt(code, at);
      return { bytes: standardToZip(standard), filename: `${code}-${label}.zip` };
    },

    async importZip(bytes: Uint8Array, user: User): Promise<{ code: string; draft: Draft; created: boolean }> {
      const read = standardFromZip(bytes);
      const refusals = read.problems.filter((p) => p.severity === 'error');
      if (refusals.length || read.standard === undefined) throw new ArchiveInvalidError(refusals);
      // The code and title file the standard; without them there is nothing to save a draft under.
      const validate = compileSchema(StandardDocument);
      if (!validate(read.standard)) {
        throw new ArchiveInvalidError((validate.errors ?? []).map((e) => fromAjvError(e, '/standard.json', 'ARCHIVE_INVALID')));
      }
      const standard = read.standard as ServiceStandard;
      if (!(await authoring.exists(standard.code))) {
        const { code, draft } = await authoring.create(standard, user);
        return { code, draft, created: true };
      }
      const current = await authoring.getDraft(standard.code);
      await authoring.saveDraft(standard.code, standard, current?.revision ?? 0, user);
      const draft = await authoring.getDraft(standard.code);
      return { code: standard.code, draft: draft!, created: false };
    },
  };
}

export type StandardsArchive = ReturnType<typeof createArchive>;
