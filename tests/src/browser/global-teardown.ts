/** Jest's global teardown for the tests workspace: removes the run's copy of the editor's build. */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { servedEditorDir, shareEditorDir } from './support/config';

export default function globalTeardown(): void {
  const dir = servedEditorDir('');
  // Only a copy the setup made is removed, whatever the variable was set to.
  if (dir && path.dirname(dir) === tmpdir() && path.basename(dir).startsWith('jingzhun-editor-')) rmSync(dir, { recursive: true, force: true });
  shareEditorDir(undefined);
}
