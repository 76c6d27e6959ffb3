/**
 * Writes the example standards' folders under `examples/standards/` from their sources. Run after
 * changing a source, and commit the result (a test fails while the folders are out of date):
 *
 *   npx tsx examples/src/standards/authoring/write-example-standards.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXAMPLE_STANDARDS_DIR } from '../load';
import { EXAMPLE_SOURCES } from './example-sources';
import { renderExampleFiles } from './example-files';

export function writeExampleStandards(root = EXAMPLE_STANDARDS_DIR): string[] {
  const written: string[] = [];
  for (const source of EXAMPLE_SOURCES) {
    const folder = join(root, source.folder);
    // Files of removed forms or samples must not linger.
    for (const sub of ['forms', 'samples', 'walkthroughs']) rmSync(join(folder, sub), { recursive: true, force: true });
    for (const [path, text] of renderExampleFiles(source)) {
      const file = join(folder, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      written.push(file);
    }
  }
  return written;
}

if (require.main === module) {
  const written = writeExampleStandards();
  console.log(`wrote ${written.length} files under ${EXAMPLE_STANDARDS_DIR}`);
}
