/**
 * Jest's global setup for the tests workspace: the browser tests need the built editor, so a
 * standalone run builds it when `editor/dist` is missing or older than its sources (under `npm test`
 * turbo has built it already), and the run serves its own copy of it.
 */
import { shareEditorDir } from './support/config';
import { copyEditorBuild, ensureEditorBuilt } from './support/editor-build';

export default async function globalSetup(): Promise<void> {
  ensureEditorBuilt();
  shareEditorDir(await copyEditorBuild());
}
