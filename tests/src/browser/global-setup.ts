/**
 * Jest's global setup for the tests workspace: the browser tests need the built editor, so a
 * standalone run builds it when `editor/dist` is missing or older than its sources (under `npm test`
 * turbo has built it already and this finds nothing to do).
 */
import { ensureEditorBuilt } from './support/editor-build';

export default function globalSetup(): void {
  ensureEditorBuilt();
}
