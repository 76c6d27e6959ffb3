import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXAMPLE_STANDARDS_DIR } from '../load';
import { EXAMPLE_SOURCES } from './example-sources';
import { renderExampleFiles } from './example-files';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe.each(EXAMPLE_SOURCES.map((s) => [s.folder, s] as const))('the folder of %s', (folder, source) => {
  const dir = join(EXAMPLE_STANDARDS_DIR, folder);

  it('holds exactly what its source renders (run write-example-standards.ts after changing a source)', () => {
    const expected = renderExampleFiles(source);
    const onDisk = filesUnder(dir).map((f) => relative(dir, f).split('\\').join('/'));
    expect(onDisk.sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) {
      expect({ path, text: readFileSync(join(dir, path), 'utf8') }).toEqual({ path, text });
    }
  });
});
